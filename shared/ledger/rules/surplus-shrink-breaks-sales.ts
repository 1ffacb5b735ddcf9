// A parcel can't leave accepted/filed status (nor lose area, nor can construction land grow) while its project's
// quota is sold, without a warning that names the sales the smaller surplus would no longer cover.
import type { LedgerIssue } from '../ledger-issue';
import { mu } from '../ledger-format';
import type { QuotaSaleRow } from '../ledger-rows';
import { salesBeyondSurplus } from './sales-beyond-surplus';
import { MU_TOLERANCE } from './sale-within-available';

export interface SurplusChange {
  readonly projectCode: string;
  readonly surplusBeforeMu: number;
  readonly surplusAfterMu: number;
  readonly soldMu: number;
  /** What changes, for the message, e.g. `Parcel FK-0001 leaving accepted status` / `地块 FK-0001 退出已验收状态`. */
  readonly cause: { readonly en: string; readonly zh: string };
  readonly parcelCode?: string;
}

export function checkSurplusShrink(change: SurplusChange, projectSales: readonly QuotaSaleRow[]): LedgerIssue[] {
  if (change.surplusAfterMu >= change.surplusBeforeMu - MU_TOLERANCE) return [];
  if (change.soldMu <= change.surplusAfterMu + MU_TOLERANCE) return [];
  const broken = salesBeyondSurplus(projectSales, change.surplusAfterMu);
  const listEn = broken.map((s) => `${s.code} (${mu(s.mu)} mu${s.buyer ? `, ${s.buyer}` : ''}${s.contract_date ? `, ${s.contract_date}` : ''})`).join('; ');
  const listZh = broken.map((s) => `${s.code}（${mu(s.mu)} 亩${s.buyer ? `，${s.buyer}` : ''}${s.contract_date ? `，${s.contract_date}` : ''}）`).join('；');
  return [{
    rule: change.parcelCode ? 'status-change-breaks-sales' : 'surplus-change-breaks-sales',
    severity: 'warning',
    projectCode: change.projectCode,
    ...(change.parcelCode ? { parcelCode: change.parcelCode } : {}),
    transactionCodes: broken.map((s) => s.code),
    message: `${change.cause.en} would cut the surplus of linkage project ${change.projectCode} from ${mu(change.surplusBeforeMu)} to ${mu(change.surplusAfterMu)} mu, below the ${mu(change.soldMu)} mu already sold; it breaks ${broken.length === 1 ? 'sale' : 'sales'} ${listEn}. Confirm only if this is really so, then reduce or cancel ${broken.length === 1 ? 'that sale' : 'those sales'}.`,
    messageZh: `${change.cause.zh}将使挂钩项目 ${change.projectCode} 的节余指标由 ${mu(change.surplusBeforeMu)} 亩降至 ${mu(change.surplusAfterMu)} 亩，低于已交易的 ${mu(change.soldMu)} 亩，影响交易：${listZh}。请确认情况属实后再保存，并相应核减或撤销上述交易。`,
  }];
}
