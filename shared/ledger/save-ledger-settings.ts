// Writes the ledger settings that live in landlink_meta (see ledger-settings.ts) as JSON, one key each, so the
// forms for price presets, plan assumptions and county targets can save what they edit.
import type { Database } from 'sql.js';
import { setMeta } from '../project/project-meta';
import { LEDGER_META_KEYS, type StoredPlanAssumptions } from './ledger-settings';
import type { PricePreset } from './price-presets';

export function savePricePresetEdits(db: Database, edits: readonly Partial<PricePreset>[]): void {
  setMeta(db, LEDGER_META_KEYS.pricePresets, JSON.stringify(edits));
}

export function savePlanAssumptions(db: Database, assumptions: StoredPlanAssumptions): void {
  setMeta(db, LEDGER_META_KEYS.planAssumptions, JSON.stringify(assumptions));
}
