// Results computed from a project database, kept while the database is unchanged: opening a county computes its
// quota areas once for the side panel, the ledger, print and validate together instead of once each.
//
// "Unchanged" is what SQLite itself counts: total_changes() (every row inserted, updated or deleted through this
// connection, by triggers too, and never decremented, so even a rolled-back change counts) and the schema version
// (a table dropped or recreated). A database is opened by one sql.js connection only, so nothing else can write it.
import type { Database } from 'sql.js';

interface Entry {
  readonly state: string;
  readonly value: unknown;
}

const memos = new WeakMap<Database, Map<string, Entry>>();

function databaseState(db: Database): string {
  const result = db.exec('SELECT total_changes(), schema_version FROM pragma_schema_version');
  const row = result[0]?.values[0] ?? [];
  return `${String(row[0])}:${String(row[1])}`;
}

/** `compute(db)`, or its last result for this database when nothing was written since. Results must not be mutated. */
export function memoForDatabaseState<T>(db: Database, slot: string, compute: (db: Database) => T): T {
  const state = databaseState(db);
  let slots = memos.get(db);
  if (!slots) memos.set(db, (slots = new Map()));
  const entry = slots.get(slot);
  if (entry && entry.state === state) return entry.value as T;
  const value = compute(db);
  // Computing may not write, but check: a state taken after the work is the one the value belongs to.
  slots.set(slot, { state: databaseState(db), value });
  return value;
}
