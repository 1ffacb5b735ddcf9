// The rules an edit must pass, checked against the ledger as it is, without changing it.
import { isEnumValue } from '../domain/enums';
import { enumLabel } from '../domain/labels';
import { areaUnits, unitsToMu } from './area-units';
import type { LedgerEdit } from './ledger-edit';
import type { LedgerIssue } from './ledger-issue';
import { mu } from './ledger-format';
import type { ConstructionPlotRow, ParcelRow, QuotaSaleRow } from './ledger-rows';
import type { ProjectQuota } from './project-quota';
import type { QuotaLedger } from './quota-ledger';
import { producesQuota } from './quota-statuses';
import { checkPaymentsWithinContract } from './rules/payments-within-contract';
import { checkSaleWithinAvailable } from './rules/sale-within-available';
import { checkSurplusShrink } from './rules/surplus-shrink-breaks-sales';

type Cause = { en: string; zh: string };

export function checkLedgerEdit(ledger: QuotaLedger, edit: LedgerEdit): LedgerIssue[] {
  switch (edit.kind) {
    case 'set-parcel-status': {
      const parcel = ledger.parcel(edit.parcelCode);
      if (!parcel) return [unknownRow('parcel', '地块', edit.parcelCode)];
      if (!isEnumValue('parcel_status', edit.status)) return [invalidStatus(edit.parcelCode, edit.status)];
      return checkParcelChange(ledger, parcel, { ...parcel, status: edit.status });
    }
    case 'put-parcel':
      if (!isEnumValue('parcel_status', edit.parcel.status)) return [invalidStatus(edit.parcel.code, edit.parcel.status)];
      return checkParcelChange(ledger, ledger.parcel(edit.parcel.code), edit.parcel);
    case 'remove-parcel': {
      const parcel = ledger.parcel(edit.parcelCode);
      return parcel ? checkParcelChange(ledger, parcel, undefined) : [];
    }
    case 'put-plot':
      return checkPlotChange(ledger, ledger.plot(edit.plot.code), edit.plot);
    case 'remove-plot': {
      const plot = ledger.plot(edit.plotCode);
      return plot ? checkPlotChange(ledger, plot, undefined) : [];
    }
    case 'put-sale':
      return checkSale(ledger, edit.sale);
    case 'remove-sale':
      return [];
    case 'put-payment': {
      const sale = ledger.sale(edit.payment.transaction_code);
      if (!sale) return [unknownRow('sale', '交易', edit.payment.transaction_code)];
      const others = ledger.paymentsOfSale(sale.code).filter((p) => p.code !== edit.payment.code);
      return checkPaymentsWithinContract(sale, [...others, edit.payment]);
    }
    case 'remove-payment':
      return [];
  }
}

function checkSale(ledger: QuotaLedger, sale: QuotaSaleRow): LedgerIssue[] {
  const old = ledger.sale(sale.code);
  const quota = ledger.quota(sale.project_code);
  // The quota left for this sale: the project's, with the sale's previous version given back.
  const left: ProjectQuota | undefined =
    quota && old && old.project_code === sale.project_code ? { ...quota, sold_mu: quota.sold_mu - old.mu, available_mu: quota.available_mu + old.mu } : quota;
  const issues = checkSaleWithinAvailable(sale, ledger.hasProject(sale.project_code) || quota ? left : undefined);
  if (issues.length > 0 || !old) return issues;
  return checkPaymentsWithinContract(sale, ledger.paymentsOfSale(sale.code));
}

/** Checks every project whose accepted area would fall. */
function checkParcelChange(ledger: QuotaLedger, before: ParcelRow | undefined, after: ParcelRow | undefined): LedgerIssue[] {
  const deltas = new Map<string, number>();
  const add = (parcel: ParcelRow | undefined, sign: 1 | -1) => {
    if (parcel?.project_code && producesQuota(parcel.status)) deltas.set(parcel.project_code, (deltas.get(parcel.project_code) ?? 0) + sign * areaUnits(parcel.area_m2));
  };
  add(before, -1);
  add(after, 1);
  const issues: LedgerIssue[] = [];
  for (const [projectCode, delta] of deltas) {
    if (delta >= 0) continue;
    issues.push(...shrinkIssues(ledger, projectCode, delta, 0, parcelCause(before!, after), before!.code));
  }
  return issues;
}

function checkPlotChange(ledger: QuotaLedger, before: ConstructionPlotRow | undefined, after: ConstructionPlotRow | undefined): LedgerIssue[] {
  const deltas = new Map<string, number>();
  if (before?.project_code) deltas.set(before.project_code, -areaUnits(before.area_m2));
  if (after?.project_code) deltas.set(after.project_code, (deltas.get(after.project_code) ?? 0) + areaUnits(after.area_m2));
  const code = (after ?? before)!.code;
  const issues: LedgerIssue[] = [];
  for (const [projectCode, delta] of deltas) {
    if (delta <= 0) continue;
    const cause = before
      ? { en: `Construction plot ${code} growing by ${mu(unitsToMu(delta))} mu`, zh: `建新地块 ${code} 面积增加 ${mu(unitsToMu(delta))} 亩` }
      : { en: `Adding construction plot ${code} (${mu(unitsToMu(delta))} mu)`, zh: `新增建新地块 ${code}（${mu(unitsToMu(delta))} 亩）` };
    issues.push(...shrinkIssues(ledger, projectCode, 0, delta, cause));
  }
  return issues;
}

function shrinkIssues(ledger: QuotaLedger, projectCode: string, acceptedDelta: number, constructionDelta: number, cause: Cause, parcelCode?: string): LedgerIssue[] {
  const tally = ledger.tally(projectCode);
  if (!tally || tally.soldMu <= 0) return [];
  const surplusAfter = Math.max(0, unitsToMu(tally.acceptedUnits + acceptedDelta - tally.constructionUnits - constructionDelta));
  return checkSurplusShrink(
    { projectCode, surplusBeforeMu: ledger.quota(projectCode)!.surplus_mu, surplusAfterMu: surplusAfter, soldMu: tally.soldMu, cause, ...(parcelCode ? { parcelCode } : {}) },
    ledger.salesOfProject(projectCode),
  );
}

function parcelCause(before: ParcelRow, after: ParcelRow | undefined): Cause {
  const statusEn = (s: string) => enumLabel('parcel_status', s, 'en').toLowerCase();
  const statusZh = (s: string) => enumLabel('parcel_status', s, 'zh');
  if (!after) return { en: `Removing parcel ${before.code}`, zh: `删除地块 ${before.code}` };
  if (after.status !== before.status && !producesQuota(after.status)) {
    return {
      en: `Parcel ${before.code} going from ${statusEn(before.status)} back to ${statusEn(after.status)}`,
      zh: `地块 ${before.code} 由“${statusZh(before.status)}”改为“${statusZh(after.status)}”`,
    };
  }
  if (after.project_code !== before.project_code) {
    return { en: `Parcel ${before.code} moving to linkage project ${after.project_code ?? '(none)'}`, zh: `地块 ${before.code} 改属挂钩项目 ${after.project_code ?? '（无）'}` };
  }
  return {
    en: `Parcel ${before.code} shrinking from ${mu(unitsToMu(areaUnits(before.area_m2)))} to ${mu(unitsToMu(areaUnits(after.area_m2)))} mu`,
    zh: `地块 ${before.code} 面积由 ${mu(unitsToMu(areaUnits(before.area_m2)))} 亩减至 ${mu(unitsToMu(areaUnits(after.area_m2)))} 亩`,
  };
}

function unknownRow(en: string, zh: string, code: string): LedgerIssue {
  return { rule: 'unknown-row', severity: 'error', message: `There is no ${en} ${code} in this project; check the code.`, messageZh: `本项目中没有编号为 ${code} 的${zh}；请核对编号。` };
}

function invalidStatus(parcelCode: string, status: string): LedgerIssue {
  return {
    rule: 'invalid-parcel-status', severity: 'error', parcelCode,
    message: `Parcel ${parcelCode} cannot take status “${status}”; use one of planned, in_progress, completed, accepted, filed.`,
    messageZh: `地块 ${parcelCode} 的状态“${status}”无效；应为 规划、施工中、已完工（初验）、已验收、已备案 之一。`,
  };
}
