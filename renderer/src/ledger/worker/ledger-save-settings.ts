// Saves the ledger workspace's settings in landlink_meta: the user's price presets (checked: a price is a number of
// yuan per mu, 0 or more), the county's targets (positive numbers; an empty one is not tracked), the repayment plan's
// assumptions and a loan's extra terms (checked by the same rules the plan applies, so nothing unplannable is kept).
import type { Database } from 'sql.js';
import type { LedgerSettingsChange } from '../../../../shared/ipc/ledger-protocol';
import { COUNTY_TARGETS_META_KEY, COUNTY_TARGET_KEYS, targetValueProblem } from '../../../../shared/ledger/county-targets';
import { loanTermsProblems } from '../../../../shared/finance/loan-terms';
import { LEDGER_META_KEYS, parseLedgerSettings, type StoredPlanAssumptions } from '../../../../shared/ledger/ledger-settings';
import { readLedgerRows } from '../../../../shared/ledger/read-ledger-rows';
import { loanTermsWithExtras } from '../../../../shared/ledger/repayment-model';
import { savePlanAssumptions, savePricePresetEdits } from '../../../../shared/ledger/save-ledger-settings';
import { readMeta } from '../../../../shared/project/project-meta';
import { setMeta } from '../../../../shared/project/project-meta';

export function saveLedgerSettings(db: Database, change: LedgerSettingsChange): void {
  if (change.presetEdits) {
    for (const edit of change.presetEdits) {
      if (!edit.id || typeof edit.yuanPerMu !== 'number' || !Number.isFinite(edit.yuanPerMu) || edit.yuanPerMu < 0) {
        throw { code: 'invalid-preset', message: `The price of preset ${edit.id ?? '?'} must be a number of yuan per mu, 0 or more.`, messageZh: `价格预设 ${edit.id ?? '?'} 的单价应为不小于 0 的元/亩数。`, field: edit.id };
      }
    }
    savePricePresetEdits(db, change.presetEdits);
  }
  if (change.targets) {
    for (const key of COUNTY_TARGET_KEYS) {
      const value = change.targets[key];
      if (value !== undefined && targetValueProblem(value) !== null) {
        throw { code: 'invalid-target', message: `The target ${key} must be a positive number, or left empty.`, messageZh: `目标任务“${key}”应为正数，或留空。`, field: key };
      }
    }
    setMeta(db, COUNTY_TARGETS_META_KEY, JSON.stringify(change.targets));
  }
  if (change.planAssumptions) {
    const problem = planAssumptionsProblem(change.planAssumptions);
    if (problem) throw { code: 'invalid-assumption', message: problem.en, messageZh: problem.zh, field: problem.field };
    savePlanAssumptions(db, change.planAssumptions);
  }
  if (change.loanTerms) {
    const { code, terms } = change.loanTerms;
    const stored = { ...parseLedgerSettings(readMeta(db)).loanTerms };
    if (terms) {
      const row = readLedgerRows(db).rows.loans.find((l) => l.code === code);
      if (!row) throw { code: 'unknown-loan', message: `There is no loan ${code}.`, messageZh: `没有贷款 ${code}。`, field: 'code' };
      const wrong = loanTermsProblems(loanTermsWithExtras(row, terms));
      if (wrong.length > 0) throw { code: 'invalid-loan-terms', message: `Loan ${code}: ${wrong[0]}.`, messageZh: `贷款 ${code} 的条款无法计算还款计划：${wrong[0]}。`, field: 'terms' };
      stored[code] = terms;
    } else delete stored[code];
    setMeta(db, LEDGER_META_KEYS.loanTerms, JSON.stringify(stored));
  }
}

function planAssumptionsProblem(a: StoredPlanAssumptions): { en: string; zh: string; field: string } | null {
  if (a.salesPace?.kind === 'mu_per_year' && !(Number.isFinite(a.salesPace.muPerYear) && a.salesPace.muPerYear > 0)) return { en: 'The sales pace must be a number of mu a year above 0.', zh: '销售进度应为大于 0 的亩/年数。', field: 'salesPace' };
  if (a.reserveShare !== undefined && !(a.reserveShare >= 0 && a.reserveShare <= 1)) return { en: 'The share reserved for loans must be from 0 to 100 %.', zh: '用于还贷的比例应在 0 到 100% 之间。', field: 'reserveShare' };
  if (a.unsoldPricePerMu !== undefined && !(Number.isFinite(a.unsoldPricePerMu) && a.unsoldPricePerMu >= 0)) return { en: 'The price of unsold quota must be a number of yuan per mu, 0 or more.', zh: '未售指标单价应为不小于 0 的元/亩数。', field: 'unsoldPricePerMu' };
  for (const path of Object.values(a.pricePath ?? {})) {
    for (const [year, price] of Object.entries(path ?? {})) if (!/^\d{4}$/.test(year) || !(price >= 0)) return { en: `The price path's ${year} must be a year with a price of 0 or more yuan per mu.`, zh: `价格路径中 ${year} 应为年份，单价不小于 0。`, field: 'pricePath' };
  }
  if (a.lprPath && !(a.lprPath.base >= 0 && a.lprPath.base < 1)) return { en: 'The LPR must be a rate from 0 to 100 %.', zh: 'LPR 应为 0 到 100% 之间的利率。', field: 'lprPath' };
  return null;
}
