import type { TableSchema } from '../schema-types';
import { codeColumn, column, remarksColumn } from './column';

// Turnover quota (周转指标) a linkage project borrowed in advance. It must be returned within 3 years of borrowing
// (DOMAIN.md); the return-by date is computed from borrowed_date (shared/ledger/turnover-quota.ts), never typed.
export const turnoverQuota: TableSchema = {
  name: 'turnover_quota',
  kind: 'attributes',
  primaryKey: 'fid',
  codePrefix: 'ZZ',
  label: { zh: '周转指标', en: 'Turnover quota' },
  description: 'Construction land quota borrowed in advance by a linkage project, to be returned within 3 years',
  columns: [
    codeColumn('周转编号'),
    column('project_code', 'code', '挂钩项目编号', 'Linkage project code', { required: true }),
    column('mu', 'real', '周转面积', 'Quota borrowed', { required: true, min: 0, unit: '亩' }),
    column('borrowed_date', 'date', '借用日期', 'Borrowed on', { required: true }),
    column('returned_date', 'date', '归还日期', 'Returned on'),
    remarksColumn,
  ],
};
