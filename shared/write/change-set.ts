// A change set: what one transaction did to a project, row by row. It is the one currency of change in Landlink:
// undo and redo apply it (inverted or as it is), the audit log is written from it, the map and the views update from
// it, and the field merge and province sync carry it. Each row change names its table, its row id (the table's
// integer primary key, fid or id) and its business code, the operation, and the columns it changed with their values
// before and after, as SQLite stores them (geometry as the GeoPackage blob: WKB behind a small header).
import type { StoredValue } from '../domain/validate-value';

export type ChangeOp = 'insert' | 'update' | 'delete';

export type RowValues = Readonly<Record<string, StoredValue>>;

export interface RowChange {
  readonly table: string;
  /** The row's id (SQLite rowid; the table's fid or id column). */
  readonly rowid: number;
  /** The row's business code (after the change, or before it for a deletion), when the table has one. */
  readonly code: string | null;
  readonly op: ChangeOp;
  /** insert: null; update: the changed columns as they were; delete: the whole row. */
  readonly before: RowValues | null;
  /** insert: the whole row; update: the changed columns as they are now; delete: null. */
  readonly after: RowValues | null;
}

export interface ChangeSet {
  readonly changes: readonly RowChange[];
}

/** The change set that undoes `changeSet`: each change reversed, in reverse order. */
export function invertChangeSet(changeSet: ChangeSet): ChangeSet {
  const changes: RowChange[] = [];
  for (let i = changeSet.changes.length - 1; i >= 0; i--) {
    const change = changeSet.changes[i]!;
    const op: ChangeOp = change.op === 'insert' ? 'delete' : change.op === 'delete' ? 'insert' : 'update';
    changes.push({ ...change, op, before: change.after, after: change.before });
  }
  return { changes };
}

/** The rows a change set touches in one table, by operation. */
export function changesOfTable(changeSet: ChangeSet, table: string): { upserted: number[]; deleted: number[] } {
  const upserted: number[] = [];
  const deleted: number[] = [];
  for (const change of changeSet.changes) {
    if (change.table !== table) continue;
    if (change.op === 'delete') deleted.push(change.rowid);
    else upserted.push(change.rowid);
  }
  return { upserted, deleted };
}

/** Bytes a change set holds in memory (values only, roughly): what an undo step costs. */
export function changeSetSize(changeSet: ChangeSet): number {
  let size = 0;
  for (const change of changeSet.changes) {
    size += 48 + change.table.length * 2 + (change.code?.length ?? 0) * 2;
    for (const values of [change.before, change.after]) {
      if (!values) continue;
      for (const [name, value] of Object.entries(values)) size += 16 + name.length * 2 + valueSize(value);
    }
  }
  return size;
}

function valueSize(value: StoredValue): number {
  if (value === null) return 0;
  if (typeof value === 'number') return 8;
  if (typeof value === 'string') return value.length * 2;
  return value.byteLength;
}

/** Whether two stored values are the same (blobs byte by byte). */
export function sameStoredValue(a: StoredValue | undefined, b: StoredValue | undefined): boolean {
  if (a === b) return true;
  if (a instanceof Uint8Array && b instanceof Uint8Array) {
    if (a.byteLength !== b.byteLength) return false;
    for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
    return true;
  }
  // SQLite gives 2 for a REAL column holding 2.0; both are the same stored number.
  return typeof a === 'number' && typeof b === 'number' && Object.is(a, b);
}
