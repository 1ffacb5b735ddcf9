import type { TableSchema } from '../schema-types';
import { column } from './column';

// Key/value settings of the project: schema_version, project_name, county, synthetic, and app settings (JSON).
export const landlinkMeta: TableSchema = {
  name: 'landlink_meta',
  kind: 'attributes',
  primaryKey: 'fid',
  label: { zh: '项目信息', en: 'Project metadata' },
  description: 'Landlink project metadata: schema version, project name, county, settings',
  columns: [
    column('key', 'text', '键', 'Key', { required: true, unique: true }),
    column('value', 'text', '值', 'Value'),
  ],
};
