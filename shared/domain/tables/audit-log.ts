import type { TableSchema } from '../schema-types';
import { column } from './column';

// Who changed what, when. Geometry changes are logged as their area before and after, not as coordinates.
export const auditLog: TableSchema = {
  name: 'audit_log',
  kind: 'attributes',
  primaryKey: 'fid',
  label: { zh: '修改日志', en: 'Audit log' },
  description: 'Who changed what, when, with old and new values',
  columns: [
    column('at', 'datetime', '时间', 'Time', { required: true }),
    column('user', 'text', '操作人', 'User'),
    column('action', 'enum', '操作', 'Action', { enum: 'audit_action', required: true }),
    column('table_name', 'text', '图层', 'Layer', { required: true }),
    column('row_code', 'code', '对象编号', 'Row code'),
    column('old_values', 'json', '原值', 'Old values'),
    column('new_values', 'json', '新值', 'New values'),
  ],
};
