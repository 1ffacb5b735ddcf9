// Rows of audit_log: who changed what, when, with old and new values (JSON, geometry summarised as its area).
import type { Database } from 'sql.js';

export type AuditAction = 'insert' | 'update' | 'delete' | 'import' | 'migrate' | 'merge';

export interface AuditEntry {
  readonly action: AuditAction;
  readonly table: string;
  readonly rowCode: string | null;
  readonly oldValues?: Record<string, unknown> | null;
  readonly newValues?: Record<string, unknown> | null;
}

export const DEFAULT_AUDIT_USER = 'landlink';

export function writeAuditEntries(db: Database, user: string, entries: readonly AuditEntry[]): void {
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
