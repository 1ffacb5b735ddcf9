// Changes one row: the properties given and/or its geometry. The cached area follows the geometry, the extent grows
// to cover it, and audit_log keeps the old and new values of what changed.
import type { Database, SqlValue } from 'sql.js';
import { geometryEnvelope, unionEnvelopes } from '../gpkg/envelope';
import { readContentsExtent, touchContents, writeContentsExtent } from '../gpkg/contents';
import { quoteIdentifier } from '../gpkg/sql-identifier';
import { DEFAULT_AUDIT_USER, writeAuditEntries } from './audit-log';
import { FeatureWriteError } from './feature-write-error';
import { auditValues, type WriteOptions } from './insert-features';
import { prepareRow, type FeatureInput } from './prepare-row';
import { inSavepoint, queryRows } from './sql-rows';
import { writableTableSchema } from './writable-table';

export function updateFeature(db: Database, table: string, fid: number, change: FeatureInput, options: WriteOptions = {}): void {
  const schema = writableTableSchema(table);
  const row = prepareRow(schema, change, 'update');
  if (row.values.size === 0) return;
  const names = [...row.values.keys()];
  inSavepoint(db, 'landlink_update', () => {
    const key = quoteIdentifier(schema.primaryKey);
    const before = queryRows(db, `SELECT ${['code', ...names.filter((n) => n !== 'code')].map(quoteIdentifier).join(', ')} FROM ${quoteIdentifier(table)} WHERE ${key} = ?`, [fid])[0];
    if (!before) throw new FeatureWriteError('not-found', `${table} has no row with fid ${fid}; it may have been deleted`, `${schema.label.zh}中没有要素号为 ${fid} 的记录，可能已被删除`);
    try {
      db.run(`UPDATE ${quoteIdentifier(table)} SET ${names.map((n) => `${quoteIdentifier(n)} = ?`).join(', ')} WHERE ${key} = ?`, [...names.map((n) => row.values.get(n) ?? null), fid]);
    } catch (error) {
      if (error instanceof Error && /UNIQUE constraint failed: .*\.code/.test(error.message)) {
        throw new FeatureWriteError('duplicate-code', `code “${String(row.values.get('code'))}” is already used in ${table}; give each row its own code`, `编号“${String(row.values.get('code'))}”在${schema.label.zh}中已存在；编号须唯一`, undefined, 'code');
      }
      throw error;
    }
    if (row.geometry) {
      const extent = geometryEnvelope(row.geometry);
      if (extent) writeContentsExtent(db, table, unionEnvelopes(readContentsExtent(db, table), extent));
    }
    touchContents(db, table);
    const oldValues = new Map<string, SqlValue>(names.map((n) => [n, before[n] ?? null]));
    writeAuditEntries(db, options.user ?? DEFAULT_AUDIT_USER, [
      {
        action: 'update',
        table,
        rowCode: typeof before.code === 'string' ? before.code : null,
        oldValues: auditValues(oldValues),
        newValues: auditValues(row.values),
      },
    ]);
  });
}
