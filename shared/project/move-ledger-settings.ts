// Schema version 2: turnover quota and sale tranche plans, which version 1 kept as JSON in landlink_meta, move into
// their own table (`turnover_quota`) and column (`quota_transactions.tranche_plan`), where QGIS, GDAL and sqlite3
// show and edit them like any other attribute. Entries that do not parse stay in landlink_meta untouched (nothing
// is lost) and are reported by `landlink validate` as before; moved ones leave it.
import type { Database } from 'sql.js';
import { turnoverQuota } from '../domain/tables/turnover-quota';
import { LEDGER_META_KEYS, parseLedgerSettings } from '../ledger/ledger-settings';
import { codeGenerator } from './business-codes';
import { readMeta } from './project-meta';
import { ensureProjectSchema } from './project-schema';

export function moveLedgerSettingsIntoTables(db: Database): void {
  ensureProjectSchema(db);
  const meta = readMeta(db);
  const settings = parseLedgerSettings(meta);
  const problemAbout = (key: string) => settings.problems.some((p) => p.includes(`“${key}”`));

  for (const [code, plan] of Object.entries(settings.tranchePlans)) {
    db.run('UPDATE quota_transactions SET tranche_plan = ? WHERE code = ? AND tranche_plan IS NULL', [JSON.stringify(plan), code]);
  }
  if (meta[LEDGER_META_KEYS.tranchePlans] !== undefined && !problemAbout(LEDGER_META_KEYS.tranchePlans)) db.run('DELETE FROM landlink_meta WHERE key = ?', [LEDGER_META_KEYS.tranchePlans]);

  const nextCode = codeGenerator(db, turnoverQuota);
  for (const row of settings.turnover) {
    db.run('INSERT INTO turnover_quota (code, project_code, mu, borrowed_date, returned_date) VALUES (?, ?, ?, ?, ?)', [nextCode(), row.project_code, row.mu, row.borrowed_date, row.returned_date]);
  }
  if (meta[LEDGER_META_KEYS.turnover] !== undefined && !problemAbout(LEDGER_META_KEYS.turnover)) db.run('DELETE FROM landlink_meta WHERE key = ?', [LEDGER_META_KEYS.turnover]);
}
