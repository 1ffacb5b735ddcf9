import type { TableSchema } from '../schema-types';
import { codeColumn, column } from './column';

export const contextLines: TableSchema = {
  name: 'context_lines',
  kind: 'features',
  geometryType: 'LINESTRING',
  primaryKey: 'fid',
  codePrefix: 'XS',
  label: { zh: '道路与河流', en: 'Roads and rivers' },
  description: 'Context lines drawn under the project layers: roads and rivers',
  columns: [
    codeColumn(),
    column('kind', 'enum', '类别', 'Kind', { enum: 'context_line_kind', required: true }),
    column('name', 'text', '名称', 'Name'),
  ],
};
