// Schema versions of the project file. Each migration brings a file from version n-1 to n; openProject runs the ones
// a file needs, and refuses a file whose version is newer than this build knows.
import type { Database } from 'sql.js';
import { ensureProjectSchema } from './project-schema';
import { moveLedgerSettingsIntoTables } from './move-ledger-settings';
import { META_KEYS, setMeta } from './project-meta';

export const SCHEMA_VERSION = 2;

interface Migration {
  readonly to: number;
  readonly summary: string;
  run(db: Database): void;
}

const MIGRATIONS: readonly Migration[] = [
  // Version 1: Landlink's first schema. From version 0 (a GeoPackage Landlink never wrote) it adds every table.
  { to: 1, summary: 'create the Landlink project tables', run: ensureProjectSchema },
  // Version 2: the turnover_quota table and quota_transactions.tranche_plan, filled from landlink_meta's JSON.
  { to: 2, summary: 'move turnover quota and tranche plans from landlink_meta into their table and column', run: moveLedgerSettingsIntoTables },
];

/** Runs the migrations from `from` to SCHEMA_VERSION; returns their summaries. */
export function runMigrations(db: Database, from: number): string[] {
  const applied: string[] = [];
  for (const migration of MIGRATIONS) {
    if (migration.to <= from) continue;
    migration.run(db);
    applied.push(migration.summary);
  }
  // Every version also makes sure nothing is missing (e.g. a table someone deleted in QGIS).
  ensureProjectSchema(db);
  setMeta(db, META_KEYS.schemaVersion, String(SCHEMA_VERSION));
  return applied;
}
