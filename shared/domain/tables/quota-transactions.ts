import type { TableSchema } from '../schema-types';
import { codeColumn, column, remarksColumn } from './column';

export const quotaTransactions: TableSchema = {
  name: 'quota_transactions',
  kind: 'attributes',
  primaryKey: 'fid',
  codePrefix: 'JY',
  label: { zh: '指标交易', en: 'Quota transactions' },
  description: 'Sales of surplus land quota, inside the province or across provinces',
  columns: [
    codeColumn('交易编号'),
    column('project_code', 'code', '挂钩项目编号', 'Linkage project code', { required: true }),
    column('scope', 'enum', '交易范围', 'Scope', { enum: 'transaction_scope', required: true }),
    column('buyer', 'text', '购买方', 'Buyer'),
    column('quality', 'enum', '指标类型', 'Quota quality', { enum: 'quota_quality' }),
    column('mu', 'real', '交易面积', 'Quota sold', { required: true, min: 0, unit: '亩' }),
    column('unit_price_yuan', 'real', '单价', 'Unit price', { min: 0, unit: '元/亩' }),
    column('contract_date', 'date', '合同日期', 'Contract date'),
    // {"kind":"equal_annual","count":3} or {"kind":"advance_settlement","advanceShare":0.3,"settlementAfterYears":1};
    // empty means three equal annual tranches (shared/finance/quota-tranches.ts).
    column('tranche_plan', 'json', '付款计划', 'Tranche plan'),
    remarksColumn,
  ],
};
