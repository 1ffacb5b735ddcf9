import type { TableSchema } from '../schema-types';
import { areaColumn, codeColumn, column, remarksColumn } from './column';

export const constructionPlots: TableSchema = {
  name: 'construction_plots',
  kind: 'features',
  geometryType: 'MULTIPOLYGON',
  primaryKey: 'fid',
  codePrefix: 'JX',
  label: { zh: '建新地块', en: 'Construction plots' },
  description: 'Land built on for the resettlement within a linkage project (建新区)',
  columns: [
    codeColumn('地块编号'),
    column('project_code', 'code', '挂钩项目编号', 'Linkage project code'),
    column('township', 'text', '乡镇', 'Township'),
    column('village', 'text', '村', 'Village'),
    column('site_code', 'code', '安置区编号', 'Resettlement site code'),
    column('status', 'enum', '状态', 'Status', { enum: 'construction_status', required: true }),
    column('approval_date', 'date', '批准日期', 'Approval date'),
    areaColumn,
    remarksColumn,
  ],
};
