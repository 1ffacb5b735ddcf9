// Writes the ledger settings that live in landlink_meta (see ledger-settings.ts) as JSON, one key each, so the
// forms for tranche plans, turnover quota, price presets and plan assumptions can save what they edit.
import type { Database } from 'sql.js';
import type { TranchePlan } from '../finance/quota-tranches';
import { setMeta } from '../project/project-meta';
import type { TurnoverQuotaRow } from './ledger-rows';
import { LEDGER_META_KEYS, type StoredPlanAssumptions } from './ledger-settings';
import type { PricePreset } from './price-presets';

export function saveTranchePlans(db: Database, plans: Readonly<Record<string, TranchePlan>>): void {
  setMeta(db, LEDGER_META_KEYS.tranchePlans, JSON.stringify(plans));
}

export function saveTurnoverQuota(db: Database, rows: readonly TurnoverQuotaRow[]): void {
  setMeta(db, LEDGER_META_KEYS.turnover, JSON.stringify(rows));
}

export function savePricePresetEdits(db: Database, edits: readonly Partial<PricePreset>[]): void {
  setMeta(db, LEDGER_META_KEYS.pricePresets, JSON.stringify(edits));
}

export function savePlanAssumptions(db: Database, assumptions: StoredPlanAssumptions): void {
  setMeta(db, LEDGER_META_KEYS.planAssumptions, JSON.stringify(assumptions));
}
