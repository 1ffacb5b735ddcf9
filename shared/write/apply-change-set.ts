// Applies a change set to a database as it stands, row by row, all or nothing: undo and redo (the inverse or the
// change set itself), a copy brought to another state, and later the province sync. Strict by default: each row
// must be as the change set says it was (absent before an insert; holding the `before` values before an update or a
// delete), so a change set is never applied over a state it was not made from.
import type { Database, SqlValue } from 'sql.js';
import { quoteIdentifier } from '../gpkg/sql-identifier';
import { inSavepoint, queryRows } from '../project/sql-rows';
import { sameStoredValue, type ChangeSet, type RowChange, type RowValues } from './change-set';

export class ChangeSetConflictError extends Error {
  override readonly name = 'ChangeSetConflictError';
  readonly code = 'change-conflict';
  readonly messageZh: string;
  constructor(
    readonly change: RowChange,
    what: { en: string; zh: string },
  ) {
    const row = `${change.table} ${change.code ?? `#${change.rowid}`}`;
    super(`The change to ${row} no longer fits the project: ${what.en}; reopen the project and try again.`);
    this.messageZh = `对 ${row} 的修改与当前项目不符：${what.zh}；请重新打开项目后再试。`;
  }
}

export interface ApplyOptions {
  /** Check each row against the change set's `before` (default true). */
  readonly strict?: boolean;
}

export function applyChangeSet(db: Database, changeSet: ChangeSet, options: ApplyOptions = {}): void {
  if (changeSet.changes.length === 0) return;
  const strict = options.strict !== false;
  const keys = new Map<string, string | null>();
  const keyOf = (table: string): string | null => {
    if (!keys.has(table)) keys.set(table, rowidAlias(db, table));
    return keys.get(table)!;
  };
  inSavepoint(db, 'landlink_apply_changes', () => {
    for (const change of changeSet.changes) applyOne(db, change, keyOf(change.table), strict);
  });
}

/** The column that is the table's rowid (an INTEGER PRIMARY KEY), or null when the rowid is hidden. */
function rowidAlias(db: Database, table: string): string | null {
  const pk = queryRows(db, 'SELECT name, type FROM pragma_table_info(?) WHERE pk > 0', [table]);
  return pk.length === 1 && String(pk[0]!.type).toUpperCase() === 'INTEGER' ? String(pk[0]!.name) : null;
}

function applyOne(db: Database, change: RowChange, alias: string | null, strict: boolean): void {
  const t = quoteIdentifier(change.table);
  const current = queryRows(db, `SELECT * FROM main.${t} WHERE rowid = ?`, [change.rowid])[0];
  if (change.op === 'insert') {
    if (current && strict) throw new ChangeSetConflictError(change, { en: 'a row with its id exists already', zh: '已存在相同编号的记录' });
    if (current) db.run(`DELETE FROM main.${t} WHERE rowid = ?`, [change.rowid]);
    const values = { ...(change.after ?? {}) } as Record<string, SqlValue>;
    if (!alias) values.rowid = change.rowid;
    else values[alias] = change.rowid;
    const names = Object.keys(values);
    db.run(`INSERT INTO main.${t} (${names.map(quoteIdentifier).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, names.map((n) => values[n] ?? null));
    return;
  }
  if (!current) {
    if (!strict) return;
    throw new ChangeSetConflictError(change, { en: 'the row is gone', zh: '该记录已不存在' });
  }
  if (strict) checkBefore(change, current, change.before);
  if (change.op === 'delete') {
    db.run(`DELETE FROM main.${t} WHERE rowid = ?`, [change.rowid]);
    return;
  }
  const after = change.after ?? {};
  const names = Object.keys(after);
  if (names.length === 0) return;
  db.run(`UPDATE main.${t} SET ${names.map((n) => `${quoteIdentifier(n)} = ?`).join(', ')} WHERE rowid = ?`, [...names.map((n) => after[n] ?? null), change.rowid]);
}

function checkBefore(change: RowChange, current: Record<string, SqlValue>, before: RowValues | null): void {
  for (const [name, value] of Object.entries(before ?? {})) {
    if (!sameStoredValue(current[name] ?? null, value)) {
      throw new ChangeSetConflictError(change, { en: `its ${name} has changed since`, zh: `其“${name}”已被修改` });
    }
  }
}
