// Ledger settings kept as JSON in landlink_meta (key/value, "settings"), where QGIS and sqlite3 can still read them:
//   ledger.price_presets     [{"id", "yuanPerMu", …}, …]   the user's edits of the price presets
//   ledger.plan_assumptions  {"unsoldPricePerMu", "unsoldSaleYear", "reserveShare", "projectPrices": {code: price}}
// Schema 1 also kept two lists here that schema 2 moved into the file's tables (project/move-ledger-settings.ts);
// they are still parsed, for that move:
//   ledger.tranche_plans     {"JY-01-1": {"kind": "equal_annual", "count": 3}, …}   → quota_transactions.tranche_plan
//   ledger.turnover          [{"project_code", "mu", "borrowed_date", "returned_date"}, …]   → turnover_quota
// Reading is forgiving: an entry that does not parse is left out and reported, never fatal.
import { tranchePlanProblems, type TranchePlan } from '../finance/quota-tranches';
import { parseIsoDate } from '../finance/calendar-date';
import type { TurnoverQuotaRow } from './ledger-rows';
import type { PricePreset } from './price-presets';

export const LEDGER_META_KEYS = {
  tranchePlans: 'ledger.tranche_plans',
  turnover: 'ledger.turnover',
  pricePresets: 'ledger.price_presets',
  planAssumptions: 'ledger.plan_assumptions',
} as const;

export interface StoredPlanAssumptions {
  readonly unsoldPricePerMu?: number;
  readonly unsoldSaleYear?: number;
  readonly reserveShare?: number;
  readonly projectPrices?: Readonly<Record<string, number>>;
}

export interface LedgerSettings {
  readonly tranchePlans: Record<string, TranchePlan>;
  readonly turnover: TurnoverQuotaRow[];
  readonly pricePresetEdits: Partial<PricePreset>[];
  readonly planAssumptions: StoredPlanAssumptions;
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
        ...(isRecord(stored.projectPrices) ? { projectPrices: Object.fromEntries(Object.entries(stored.projectPrices).filter((e): e is [string, number] => typeof e[1] === 'number')) } : {}),
      }
    : {};
  return { tranchePlans, turnover, pricePresetEdits, planAssumptions, problems };
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
