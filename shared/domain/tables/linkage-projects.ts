import type { TableSchema } from '../schema-types';
import { codeColumn, column, remarksColumn } from './column';

// The surplus of a project is computed from its parcels and plots (project/summary.ts), never stored here.
export const linkageProjects: TableSchema = {
  name: 'linkage_projects',
  kind: 'attributes',
  primaryKey: 'fid',
  codePrefix: 'GG',
  label: { zh: '增减挂钩项目', en: 'Linkage projects' },
  description: 'Urban-rural construction land linkage projects (城乡建设用地增减挂钩)',
  columns: [
    codeColumn('项目编号'),
    column('name', 'text', '项目名称', 'Name', { required: true }),
    column('approval_no', 'text', '批复文号', 'Approval no.'),
    column('approval_date', 'date', '批复日期', 'Approval date'),
    column('start_date', 'date', '开始日期', 'Start date'),
    column('end_date', 'date', '结束日期', 'End date'),
    remarksColumn,
  ],
};
