import type { TableSchema } from '../schema-types';
import { areaColumn, codeColumn, column } from './column';

export const adminAreas: TableSchema = {
  name: 'admin_areas',
  kind: 'features',
  geometryType: 'MULTIPOLYGON',
  primaryKey: 'fid',
  codePrefix: 'XZ',
  label: { zh: '行政区划', en: 'Administrative areas' },
  description: 'County, township and village boundaries',
  columns: [
    codeColumn('区划代码'),
    column('level', 'enum', '级别', 'Level', { enum: 'admin_level', required: true }),
    column('name', 'text', '名称', 'Name', { required: true }),
    column('parent_code', 'code', '上级代码', 'Parent code'),
    areaColumn,
  ],
};
