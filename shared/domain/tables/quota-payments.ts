import type { TableSchema } from '../schema-types';
import { codeColumn, column, remarksColumn } from './column';

export const quotaPayments: TableSchema = {
  name: 'quota_payments',
  kind: 'attributes',
  primaryKey: 'fid',
  codePrefix: 'ZF',
  label: { zh: '交易回款', en: 'Quota payments' },
  description: 'Payment tranches of quota transactions: due and paid',
  columns: [
    codeColumn('回款编号'),
    column('transaction_code', 'code', '交易编号', 'Transaction code', { required: true }),
    column('due_date', 'date', '应付日期', 'Due date'),
    column('paid_date', 'date', '到账日期', 'Paid date'),
    column('amount_yuan', 'real', '金额', 'Amount', { required: true, min: 0, unit: '元' }),
    remarksColumn,
  ],
};
