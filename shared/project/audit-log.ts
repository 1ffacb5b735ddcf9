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

const ROW_ACTIONS = new Set<AuditAction>(['insert', 'update', 'delete']);

/**
 * Logs entries. Inside a write-path transaction (shared/write/transaction.ts) row entries (insert, update, delete)
 * are left out: the transaction logs every row it changed itself, from its change set, so no row is logged twice.
 * Entries about the whole step (an import's source, a merged package) are kept.
 */
export function writeAuditEntries(db: Database, user: string, entries: readonly AuditEntry[]): void {
  insertAuditEntries(db, user, inTransaction(db) ? entries.filter((entry) => !ROW_ACTIONS.has(entry.action)) : entries);
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
