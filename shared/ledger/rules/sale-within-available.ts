// A sale can't exceed the quota its linkage project has left: available = surplus − sold by the other sales.
import type { LedgerIssue } from '../ledger-issue';
import { mu } from '../ledger-format';
import type { QuotaSaleRow } from '../ledger-rows';
import type { ProjectQuota } from '../project-quota';

/** Quota rounding slack: sales are recorded to 0.01 mu, areas are sums of doubles. */
export const MU_TOLERANCE = 1e-6;

/**
 * @param quota the project's quota without this sale (for an edited sale: with its old version taken out), or
 *              undefined when the project does not exist.
 */
export function checkSaleWithinAvailable(sale: QuotaSaleRow, quota: ProjectQuota | undefined): LedgerIssue[] {
  if (!(Number.isFinite(sale.mu) && sale.mu > 0)) {
    return [{ rule: 'invalid-sale', severity: 'error', projectCode: sale.project_code, transactionCodes: [sale.code],
      message: `Sale ${sale.code} has ${sale.mu} mu; enter the quota sold as a positive number of mu.`,
      messageZh: `交易 ${sale.code} 的交易面积为 ${sale.mu} 亩；请填写大于 0 的亩数。` }];
  }
  if (sale.unit_price_yuan !== null && !(Number.isFinite(sale.unit_price_yuan) && sale.unit_price_yuan >= 0)) {
    return [{ rule: 'invalid-sale', severity: 'error', projectCode: sale.project_code, transactionCodes: [sale.code],
      message: `Sale ${sale.code} has a unit price of ${sale.unit_price_yuan} yuan/mu; enter a price of 0 or more.`,
      messageZh: `交易 ${sale.code} 的单价为 ${sale.unit_price_yuan} 元/亩；请填写不小于 0 的单价。` }];
  }
  if (!quota) {
    return [{ rule: 'unknown-project', severity: 'error', projectCode: sale.project_code, transactionCodes: [sale.code],
      message: `Sale ${sale.code} names linkage project ${sale.project_code}, which is not in this project file; choose an existing linkage project or add it first.`,
      messageZh: `交易 ${sale.code} 所属的挂钩项目 ${sale.project_code} 不存在；请选择已有的挂钩项目，或先新增该项目。` }];
  }
  const available = Math.max(0, quota.available_mu);
  if (sale.mu <= available + MU_TOLERANCE) return [];
  return [{
    rule: 'sale-exceeds-available', severity: 'error', projectCode: quota.code, transactionCodes: [sale.code],
    message: `Sale ${sale.code} asks for ${mu(sale.mu)} mu, but linkage project ${quota.code} has only ${mu(available)} mu of quota available (surplus ${mu(quota.surplus_mu)} mu, already sold ${mu(quota.sold_mu)} mu); reduce the sale to at most ${mu(available)} mu, or get more parcels accepted first.`,
    messageZh: `交易 ${sale.code} 申请 ${mu(sale.mu)} 亩，但挂钩项目 ${quota.code} 可交易指标仅剩 ${mu(available)} 亩（节余 ${mu(quota.surplus_mu)} 亩，已交易 ${mu(quota.sold_mu)} 亩）；请将交易面积减至 ${mu(available)} 亩以内，或先完成更多地块验收。`,
  }];
}
