// Every ledger problem of a project as it stands (for `landlink validate` and the ledger panel): projects that
// sold more than their surplus, payments beyond a contract, turnover quota due or overdue.
import type { LedgerIssue } from './ledger-issue';
import { mu } from './ledger-format';
import type { TurnoverQuotaRow } from './ledger-rows';
import type { QuotaLedger } from './quota-ledger';
import { checkPaymentsWithinContract } from './rules/payments-within-contract';
import { MU_TOLERANCE } from './rules/sale-within-available';
import { salesBeyondSurplus } from './rules/sales-beyond-surplus';
import { checkTurnoverReturn } from './rules/turnover-return';

export function checkLedger(ledger: QuotaLedger, turnover: readonly TurnoverQuotaRow[], asOfDate: string): LedgerIssue[] {
  const issues: LedgerIssue[] = [];
  for (const quota of ledger.quotas()) {
    if (quota.sold_mu <= quota.surplus_mu + MU_TOLERANCE) continue;
    const broken = salesBeyondSurplus(ledger.salesOfProject(quota.code), quota.surplus_mu);
    const codes = broken.map((s) => s.code);
    issues.push({
      rule: 'oversold-project', severity: 'error', projectCode: quota.code, transactionCodes: codes,
      message: `Linkage project ${quota.code} has sold ${mu(quota.sold_mu)} mu but its surplus is only ${mu(quota.surplus_mu)} mu (accepted ${mu(quota.accepted_mu)} − construction ${mu(quota.construction_mu)}); sales ${codes.join(', ')} are not covered: get more parcels accepted, or reduce those sales.`,
      messageZh: `挂钩项目 ${quota.code} 已交易 ${mu(quota.sold_mu)} 亩，但节余指标仅 ${mu(quota.surplus_mu)} 亩（验收 ${mu(quota.accepted_mu)} − 建新 ${mu(quota.construction_mu)}）；交易 ${codes.join('、')} 没有指标支撑：请完成更多地块验收，或核减上述交易。`,
    });
  }
  for (const sale of ledger.allSales()) issues.push(...checkPaymentsWithinContract(sale, ledger.paymentsOfSale(sale.code)));
  for (const row of turnover) issues.push(...checkTurnoverReturn(row, asOfDate));
  return issues;
}
