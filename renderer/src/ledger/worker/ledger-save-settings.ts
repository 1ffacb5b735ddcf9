// Saves the ledger workspace's settings in landlink_meta: the user's price presets (checked: a price is a number of
// yuan per mu, 0 or more) and the county's targets (positive numbers; an empty one is not tracked).
import type { Database } from 'sql.js';
import type { LedgerSettingsChange } from '../../../../shared/ipc/ledger-protocol';
import { COUNTY_TARGETS_META_KEY, COUNTY_TARGET_KEYS, targetValueProblem } from '../../../../shared/ledger/county-targets';
import { savePricePresetEdits } from '../../../../shared/ledger/save-ledger-settings';
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
}
