import type { TableSchema } from '../schema-types';
import { codeColumn, column, remarksColumn } from './column';

export const loans: TableSchema = {
  name: 'loans',
  kind: 'attributes',
  primaryKey: 'fid',
  codePrefix: 'DK',
  label: { zh: '贷款', en: 'Loans' },
  description: 'Relocation financing serviced from quota income: policy-bank loans, bonds, special funds',
  columns: [
    codeColumn('贷款编号'),
    column('lender', 'text', '贷款机构', 'Lender', { required: true }),
    column('kind', 'enum', '资金类型', 'Kind', { enum: 'loan_kind' }),
    column('principal_yuan', 'real', '本金', 'Principal', { required: true, min: 0, unit: '元' }),
    column('annual_rate', 'real', '年利率', 'Annual rate', { required: true, min: 0, max: 1 }),
    column('start_date', 'date', '起始日期', 'Start date', { required: true }),
    column('term_years', 'integer', '期限', 'Term', { required: true, min: 1, max: 50, unit: '年' }),
    column('grace_years', 'integer', '宽限期', 'Grace period', { min: 0, max: 50, unit: '年' }),
    column('method', 'enum', '还款方式', 'Repayment method', { enum: 'repayment_method', required: true }),
    column('frequency', 'enum', '还款频率', 'Payment frequency', { enum: 'payment_frequency', required: true }),
    column('interest_subsidy', 'real', '贴息比例', 'Interest subsidy', { min: 0, max: 1 }),
    remarksColumn,
  ],
};
