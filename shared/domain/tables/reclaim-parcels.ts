import type { TableSchema } from '../schema-types';
import { areaColumn, codeColumn, column, remarksColumn } from './column';

export const reclaimParcels: TableSchema = {
  name: 'reclaim_parcels',
  kind: 'features',
  geometryType: 'MULTIPOLYGON',
  primaryKey: 'fid',
  codePrefix: 'FK',
  label: { zh: '复垦地块', en: 'Reclaimed parcels' },
  description: 'Old homestead land turned back into farmland, forest or grass (demolition plots of a linkage project)',
  columns: [
    codeColumn('地块编号'),
    column('project_code', 'code', '挂钩项目编号', 'Linkage project code'),
    column('township', 'text', '乡镇', 'Township'),
    column('village', 'text', '村', 'Village'),
    column('original_class', 'enum', '原地类', 'Original land class', { enum: 'land_class' }),
    column('target_class', 'enum', '复垦方向', 'Target land class', { enum: 'land_class' }),
    column('status', 'enum', '状态', 'Status', { enum: 'parcel_status', required: true }),
    column('contractor', 'text', '施工单位', 'Contractor'),
    column('start_date', 'date', '开工日期', 'Start date'),
    column('completion_date', 'date', '竣工日期', 'Completion date'),
    column('acceptance_doc', 'text', '验收文号', 'Acceptance document'),
    areaColumn,
    remarksColumn,
  ],
};
