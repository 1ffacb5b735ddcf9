// Deletes rows by fid, logging each deleted row's values (without geometry) so a deletion can be traced.
// Extents are recomputed on save (exportProject), where shrinking them is cheap to do once.
import type { Database, SqlValue } from 'sql.js';
import { touchContents } from '../gpkg/contents';
import { quoteIdentifier } from '../gpkg/sql-identifier';
import { DEFAULT_AUDIT_USER, writeAuditEntries, type AuditEntry } from './audit-log';
import { auditValues, type WriteOptions } from './insert-features';
import { inSavepoint, queryRows } from './sql-rows';
import { writableTableSchema } from './writable-table';

/** Deletes the rows with these fids; returns how many existed and were deleted. */
export function deleteFeatures(db: Database, table: string, fids: readonly number[], options: WriteOptions = {}): number {
  const schema = writableTableSchema(table);
  if (fids.length === 0) return 0;
  const columns = schema.columns.filter((c) => c.kind !== 'blob').map((c) => c.name);
  const key = quoteIdentifier(schema.primaryKey);
  return inSavepoint(db, 'landlink_delete', () => {
    const audit: AuditEntry[] = [];
    let deleted = 0;
    for (const fid of fids) {
      const before = queryRows(db, `SELECT ${columns.map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(table)} WHERE ${key} = ?`, [fid])[0];
      if (!before) continue;
      db.run(`DELETE FROM ${quoteIdentifier(table)} WHERE ${key} = ?`, [fid]);
      deleted++;
      audit.push({
        action: 'delete',
        table,
        rowCode: typeof before.code === 'string' ? before.code : null,
        oldValues: auditValues(new Map(Object.entries(before) as [string, SqlValue][])),
      });
    }
    if (deleted > 0) touchContents(db, table);
    writeAuditEntries(db, options.user ?? DEFAULT_AUDIT_USER, audit);
    return deleted;
  });
}
