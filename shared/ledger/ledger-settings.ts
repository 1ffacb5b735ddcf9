// Ledger settings kept as JSON in landlink_meta (key/value, "settings"), where QGIS and sqlite3 can still read them:
//   ledger.price_presets     [{"id", "yuanPerMu", …}, …]   the user's edits of the price presets
//   ledger.plan_assumptions  {"unsoldPricePerMu", "unsoldSaleYear", "reserveShare", "projectPrices": {code: price},
//                             "salesPace": {"kind": "mu_per_year", "muPerYear"} | {"kind": "on_acceptance"},
//                             "unsoldScope", "pricePath": {scope: {year: price}}, "overdue": "keep" | "drop",
//                             "lprPath": {"base", "byYear": {year: rate}}}
//   ledger.loan_terms        {loan code: {"rate": {"kind": "lpr", "spread", "resetMonthDay"}, "prepayments":
//                             [{"date", "amountYuan"}], "subsidyByYear": {year: share}}}   terms the loans table has no
//                             column for (the table stays as QGIS and older Landlink versions know it)
// Schema 1 also kept two lists here that schema 2 moved into the file's tables (project/move-ledger-settings.ts);
// they are still parsed, for that move:
//   ledger.tranche_plans     {"JY-01-1": {"kind": "equal_annual", "count": 3}, …}   → quota_transactions.tranche_plan
//   ledger.turnover          [{"project_code", "mu", "borrowed_date", "returned_date"}, …]   → turnover_quota
// Reading is forgiving: an entry that does not parse is left out and reported, never fatal.
import { tranchePlanProblems, type TranchePlan } from '../finance/quota-tranches';
import type { Prepayment } from '../finance/loan-terms';
import type { OverdueHandling, SalesPace, UnsoldScope } from '../finance/plan/plan-inputs';
import type { LprPath, RateSchedule } from '../finance/rate-schedule';
import { parseIsoDate } from '../finance/calendar-date';
import type { TurnoverQuotaRow } from './ledger-rows';
import type { PricePreset } from './price-presets';

export const LEDGER_META_KEYS = {
  tranchePlans: 'ledger.tranche_plans',
  turnover: 'ledger.turnover',
  pricePresets: 'ledger.price_presets',
  planAssumptions: 'ledger.plan_assumptions',
  loanTerms: 'ledger.loan_terms',
} as const;

/** A loan's terms beyond the loans table's columns. */
export interface LoanExtraTerms {
  readonly rate?: RateSchedule;
  readonly prepayments?: readonly Prepayment[];
  readonly subsidyByYear?: Readonly<Record<string, number>>;
}

export interface StoredPlanAssumptions {
  readonly unsoldPricePerMu?: number;
  readonly unsoldSaleYear?: number;
  readonly reserveShare?: number;
  readonly projectPrices?: Readonly<Record<string, number>>;
  readonly salesPace?: SalesPace;
  readonly unsoldScope?: UnsoldScope;
  readonly pricePath?: Readonly<Partial<Record<UnsoldScope, Readonly<Record<string, number>>>>>;
  readonly overdue?: OverdueHandling;
  readonly lprPath?: LprPath;
}

export interface LedgerSettings {
  readonly tranchePlans: Record<string, TranchePlan>;
  readonly turnover: TurnoverQuotaRow[];
  readonly pricePresetEdits: Partial<PricePreset>[];
  readonly planAssumptions: StoredPlanAssumptions;
  readonly loanTerms: Readonly<Record<string, LoanExtraTerms>>;
  /** What could not be read, one sentence each. */
  readonly problems: string[];
}

export function parseLedgerSettings(meta: Readonly<Record<string, string>>): LedgerSettings {
  const problems: string[] = [];
  const json = (key: string): unknown => {
    const text = meta[key];
    if (text === undefined || text === '') return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      problems.push(`landlink_meta “${key}” is not valid JSON and was ignored`);
      return undefined;
    }
  };

  const tranchePlans: Record<string, TranchePlan> = {};
  const plans = json(LEDGER_META_KEYS.tranchePlans);
  if (isRecord(plans)) {
    for (const [code, plan] of Object.entries(plans)) {
      if (isTranchePlan(plan) && tranchePlanProblems(plan).length === 0) tranchePlans[code] = plan;
      else problems.push(`the tranche plan of sale ${code} in landlink_meta “${LEDGER_META_KEYS.tranchePlans}” is not valid and was ignored`);
    }
  }

  const turnover: TurnoverQuotaRow[] = [];
  const rows = json(LEDGER_META_KEYS.turnover);
  if (Array.isArray(rows)) {
    rows.forEach((row: unknown, i) => {
      if (isRecord(row) && typeof row.project_code === 'string' && typeof row.mu === 'number' && typeof row.borrowed_date === 'string' && parseIsoDate(row.borrowed_date) &&
        (row.returned_date === undefined || row.returned_date === null || (typeof row.returned_date === 'string' && parseIsoDate(row.returned_date)))) {
        turnover.push({ project_code: row.project_code, mu: row.mu, borrowed_date: row.borrowed_date, returned_date: (row.returned_date as string | null | undefined) ?? null });
      } else problems.push(`turnover entry ${i + 1} in landlink_meta “${LEDGER_META_KEYS.turnover}” needs project_code, mu and borrowed_date (YYYY-MM-DD); it was ignored`);
    });
  }

  const presets = json(LEDGER_META_KEYS.pricePresets);
  const pricePresetEdits = Array.isArray(presets) ? (presets.filter(isRecord) as Partial<PricePreset>[]) : [];

  const stored = json(LEDGER_META_KEYS.planAssumptions);
  const planAssumptions: StoredPlanAssumptions = isRecord(stored)
    ? {
        ...(typeof stored.unsoldPricePerMu === 'number' ? { unsoldPricePerMu: stored.unsoldPricePerMu } : {}),
        ...(typeof stored.unsoldSaleYear === 'number' ? { unsoldSaleYear: stored.unsoldSaleYear } : {}),
        ...(typeof stored.reserveShare === 'number' ? { reserveShare: stored.reserveShare } : {}),
        ...(isRecord(stored.projectPrices) ? { projectPrices: numberRecord(stored.projectPrices) } : {}),
        ...salesPaceOf(stored.salesPace, problems),
        ...(stored.unsoldScope === 'intra_province' || stored.unsoldScope === 'cross_province' ? { unsoldScope: stored.unsoldScope } : {}),
        ...(isRecord(stored.pricePath) ? { pricePath: Object.fromEntries(Object.entries(stored.pricePath).filter(([k, v]) => (k === 'intra_province' || k === 'cross_province') && isRecord(v)).map(([k, v]) => [k, yearRecord(v as Record<string, unknown>)])) } : {}),
        ...(stored.overdue === 'keep' || stored.overdue === 'drop' ? { overdue: stored.overdue } : {}),
        ...(isRecord(stored.lprPath) && typeof stored.lprPath.base === 'number' && stored.lprPath.base >= 0 && stored.lprPath.base < 1
          ? { lprPath: { base: stored.lprPath.base, byYear: isRecord(stored.lprPath.byYear) ? yearRecord(stored.lprPath.byYear) : {} } }
          : {}),
      }
    : {};

  const loanTerms: Record<string, LoanExtraTerms> = {};
  const extras = json(LEDGER_META_KEYS.loanTerms);
  if (isRecord(extras)) {
    for (const [code, value] of Object.entries(extras)) {
      const terms = loanExtraTermsOf(value);
      if (terms) loanTerms[code] = terms;
      else problems.push(`the terms of loan ${code} in landlink_meta “${LEDGER_META_KEYS.loanTerms}” are not valid and were ignored; the loan is scheduled at its fixed rate`);
    }
  }
  return { tranchePlans, turnover, pricePresetEdits, planAssumptions, loanTerms, problems };
}

function numberRecord(value: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1])));
}

/** {year: number} with four-digit years only. */
function yearRecord(value: Record<string, unknown>): Record<string, number> {
  return Object.fromEntries(Object.entries(numberRecord(value)).filter(([k]) => /^\d{4}$/.test(k)));
}

function salesPaceOf(value: unknown, problems: string[]): { salesPace?: SalesPace } {
  if (value === undefined) return {};
  if (isRecord(value) && value.kind === 'on_acceptance') return { salesPace: { kind: 'on_acceptance' } };
  if (isRecord(value) && value.kind === 'mu_per_year' && typeof value.muPerYear === 'number' && value.muPerYear > 0) return { salesPace: { kind: 'mu_per_year', muPerYear: value.muPerYear } };
  problems.push(`the sales pace in landlink_meta “${LEDGER_META_KEYS.planAssumptions}” is not valid and was ignored; the county's past pace is used`);
  return {};
}

/** A loan's extra terms from JSON, or null when they do not parse (their numbers are checked with the schedule). */
export function loanExtraTermsOf(value: unknown): LoanExtraTerms | null {
  if (!isRecord(value)) return null;
  let rate: RateSchedule | undefined;
  if (value.rate !== undefined) {
    if (isRecord(value.rate) && value.rate.kind === 'fixed') rate = { kind: 'fixed' };
    else if (isRecord(value.rate) && value.rate.kind === 'lpr' && typeof value.rate.spread === 'number' && typeof value.rate.resetMonthDay === 'string') rate = { kind: 'lpr', spread: value.rate.spread, resetMonthDay: value.rate.resetMonthDay };
    else return null;
  }
  let prepayments: Prepayment[] | undefined;
  if (value.prepayments !== undefined) {
    if (!Array.isArray(value.prepayments)) return null;
    prepayments = [];
    for (const p of value.prepayments as unknown[]) {
      if (!isRecord(p) || typeof p.date !== 'string' || typeof p.amountYuan !== 'number') return null;
      prepayments.push({ date: p.date, amountYuan: p.amountYuan });
    }
  }
  let subsidyByYear: Record<string, number> | undefined;
  if (value.subsidyByYear !== undefined) {
    if (!isRecord(value.subsidyByYear)) return null;
    subsidyByYear = numberRecord(value.subsidyByYear);
  }
  return { ...(rate ? { rate } : {}), ...(prepayments ? { prepayments } : {}), ...(subsidyByYear ? { subsidyByYear } : {}) };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A tranche plan from its JSON text, or null when it does not parse or its numbers are out of range. */
export function parseTranchePlan(text: string): TranchePlan | null {
  try {
    const value: unknown = JSON.parse(text);
    return isTranchePlan(value) && tranchePlanProblems(value).length === 0 ? value : null;
  } catch {
    return null;
  }
}

function isTranchePlan(value: unknown): value is TranchePlan {
  if (!isRecord(value)) return false;
  if (value.kind === 'equal_annual') return typeof value.count === 'number';
  if (value.kind === 'advance_settlement') return typeof value.advanceShare === 'number' && typeof value.settlementAfterYears === 'number';
  return false;
}
