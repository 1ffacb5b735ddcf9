// Turnover quota must be returned within 3 years: overdue is an error, due within 6 months a warning.
import type { LedgerIssue } from '../ledger-issue';
import { mu } from '../ledger-format';
import type { TurnoverQuotaRow } from '../ledger-rows';
import { TURNOVER_DUE_SOON_MONTHS, turnoverStatus } from '../turnover-quota';

export function checkTurnoverReturn(row: TurnoverQuotaRow, asOfDate: string): LedgerIssue[] {
  const status = turnoverStatus(row, asOfDate);
  if (status.state === 'overdue') {
    return [{ rule: 'turnover-overdue', severity: 'error', projectCode: row.project_code,
      message: `Linkage project ${row.project_code} borrowed ${mu(row.mu)} mu of turnover quota on ${row.borrowed_date} and had to return it by ${status.return_by}; it is overdue: record its return, or accept enough reclaimed parcels to repay it.`,
      messageZh: `挂钩项目 ${row.project_code} 于 ${row.borrowed_date} 借用周转指标 ${mu(row.mu)} 亩，应于 ${status.return_by} 前归还，现已逾期；请登记归还，或尽快完成足够地块验收以归还指标。` }];
  }
  if (status.state === 'due_soon') {
    return [{ rule: 'turnover-due-soon', severity: 'warning', projectCode: row.project_code,
      message: `Linkage project ${row.project_code} must return ${mu(row.mu)} mu of turnover quota by ${status.return_by} (within ${TURNOVER_DUE_SOON_MONTHS} months); plan the acceptance of enough parcels before then.`,
      messageZh: `挂钩项目 ${row.project_code} 借用的周转指标 ${mu(row.mu)} 亩须于 ${status.return_by} 前归还（不足 ${TURNOVER_DUE_SOON_MONTHS} 个月）；请提前安排足够地块验收。` }];
  }
  return [];
}
