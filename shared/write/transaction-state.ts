// Whether a write-path transaction is running on a database: writers that used to log to audit_log themselves
// leave it to the transaction, which logs every changed row from its change set (one line per row).
import type { Database } from 'sql.js';

const depth = new WeakMap<Database, number>();

export function inTransaction(db: Database): boolean {
  return (depth.get(db) ?? 0) > 0;
}

export function enterTransaction(db: Database): number {
  const next = (depth.get(db) ?? 0) + 1;
  depth.set(db, next);
  return next;
}

export function leaveTransaction(db: Database): void {
  const next = (depth.get(db) ?? 1) - 1;
  if (next <= 0) depth.delete(db);
  else depth.set(db, next);
}
