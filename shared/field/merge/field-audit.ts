// The field's own history: edits made in the package with Landlink wrote audit_log rows there (who, when, what).
// When a merge applies anything, those rows are copied into the project's audit_log, once, so the project keeps
// who did what in the field and not only who merged it.
import type { Database } from 'sql.js';
import { queryRows } from '../../project/sql-rows';

const COLUMNS = ['at', 'user', 'action', 'table_name', 'row_code', 'old_values', 'new_values'] as const;

/** Copies the package's audit rows written since it was made (not the export's own rows); returns how many. */
export function copyFieldAudit(project: Database, pkg: Database, since: string): number {
  const rows = queryRows(pkg, `SELECT ${COLUMNS.join(', ')} FROM audit_log WHERE at >= ? AND action <> 'import' ORDER BY fid`, [since]);
  if (rows.length === 0) return 0;
  const key = (r: Record<string, unknown>) => JSON.stringify(COLUMNS.map((c) => r[c] ?? null));
  const existing = new Set(queryRows(project, `SELECT ${COLUMNS.join(', ')} FROM audit_log WHERE at >= ?`, [since]).map(key));
  const insert = project.prepare(`INSERT INTO audit_log (${COLUMNS.join(', ')}) VALUES (${COLUMNS.map(() => '?').join(', ')})`);
  let copied = 0;
  try {
    for (const row of rows) {
      if (existing.has(key(row))) continue;
      insert.run(COLUMNS.map((c) => row[c] ?? null));
      existing.add(key(row));
      copied++;
    }
  } finally {
    insert.free();
  }
  return copied;
}
