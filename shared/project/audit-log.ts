// Rows of audit_log: who changed what, when, with old and new values (JSON, geometry summarised as its area).
import type { Database } from 'sql.js';
import { inTransaction } from '../write/transaction-state';

export type AuditAction = 'insert' | 'update' | 'delete' | 'import' | 'migrate' | 'merge' | 'ledger_warning';

export interface AuditEntry {
  readonly action: AuditAction;
  readonly table: string;
  readonly rowCode: string | null;
  readonly oldValues?: Record<string, unknown> | null;
  readonly newValues?: Record<string, unknown> | null;
}

export const DEFAULT_AUDIT_USER = 'landlink';

/**
 * Logs entries, except inside a write-path transaction (shared/write/transaction.ts): that logs every row it changed
 * itself, from its change set, so a writer called within it must not log the same row twice.
 */
export function writeAuditEntries(db: Database, user: string, entries: readonly AuditEntry[]): void {
  if (inTransaction(db)) return;
  insertAuditEntries(db, user, entries);
}

/** Writes the entries whatever runs: for the transaction's own log. */
export function insertAuditEntries(db: Database, user: string, entries: readonly AuditEntry[]): void {
  if (entries.length === 0) return;
  const at = new Date().toISOString();
  const statement = db.prepare('INSERT INTO audit_log (at, user, action, table_name, row_code, old_values, new_values) VALUES (?, ?, ?, ?, ?, ?, ?)');
  try {
    for (const entry of entries) {
      statement.run([
        at,
        user,
        entry.action,
        entry.table,
        entry.rowCode,
        entry.oldValues ? JSON.stringify(entry.oldValues) : null,
        entry.newValues ? JSON.stringify(entry.newValues) : null,
      ]);
    }
  } finally {
    statement.free();
  }
}
