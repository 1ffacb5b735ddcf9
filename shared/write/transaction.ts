// The one write path: every change to a project, from the app's worker, the CLI, the field merge and (later) the
// province sync, runs as one transaction through runTransaction. Inside it, each row is written by the project's
// writers (shared/project: insert-features, update-feature, delete-features), which check values and geometry,
// normalise codes, recompute cached areas and fill township and village from location. Around it, the transaction
// is all or nothing (a SAVEPOINT), captures every changed row, asks the ledger's guard whether sold quota would
// exceed a project's surplus (computed from geometry), writes one audit_log line per changed row, and returns the
// change set: what undo, the map, the views and sync work from.
import type { Database } from 'sql.js';
import type { LedgerIssue } from '../ledger/ledger-issue';
import { DEFAULT_AUDIT_USER, insertAuditEntries, type AuditEntry } from '../project/audit-log';
import { sameStoredValue, type ChangeSet, type RowChange, type RowValues } from './change-set';
import { startCapture, takeCapturedRows, type CapturedRow } from './capture-changes';
import { ledgerWarningsOf } from './ledger-guard';
import { LedgerWarningsError } from './ledger-warnings-error';
import type { RowAreaCache } from './row-areas';
import { enterTransaction, inTransaction, leaveTransaction } from './transaction-state';

export interface TransactionOptions {
  /** Who makes the change, for audit_log. */
  readonly user?: string;
  /** The user has seen the sales this change breaks and goes on (the CLI's --accept-ledger-warnings). */
  readonly acceptLedgerWarnings?: boolean;
  /** Areas of stored rows, kept by a long-lived caller so the guard re-reads only what changed. */
  readonly areas?: RowAreaCache;
}

export interface TransactionResult<T> {
  readonly result: T;
  readonly changeSet: ChangeSet;
  /** Sales the change breaks, when the user accepted them (otherwise the transaction is refused). */
  readonly ledgerWarnings: readonly LedgerIssue[];
}

const SAVEPOINT = 'landlink_transaction';

export function runTransaction<T>(db: Database, work: (db: Database) => T, options: TransactionOptions = {}): TransactionResult<T> {
  if (inTransaction(db)) return { result: work(db), changeSet: { changes: [] }, ledgerWarnings: [] };
  begin(db);
  let result: T;
  try {
    result = work(db);
  } catch (error) {
    abort(db);
    throw error;
  }
  return { result, ...finish(db, options) };
}

/** The same for work that awaits (an import written in chunks, photos read with promises). */
export async function runTransactionAsync<T>(db: Database, work: (db: Database) => Promise<T>, options: TransactionOptions = {}): Promise<TransactionResult<T>> {
  if (inTransaction(db)) return { result: await work(db), changeSet: { changes: [] }, ledgerWarnings: [] };
  begin(db);
  let result: T;
  try {
    result = await work(db);
  } catch (error) {
    abort(db);
    throw error;
  }
  return { result, ...finish(db, options) };
}

function begin(db: Database): void {
  // Installing the capture creates TEMP objects: done before the savepoint, so a rollback cannot take them away.
  startCapture(db);
  db.exec(`SAVEPOINT ${SAVEPOINT}`);
  enterTransaction(db);
}

function abort(db: Database): void {
  leaveTransaction(db);
  db.exec(`ROLLBACK TO ${SAVEPOINT}`);
  db.exec(`RELEASE ${SAVEPOINT}`);
}

function finish(db: Database, options: TransactionOptions): { changeSet: ChangeSet; ledgerWarnings: LedgerIssue[] } {
  try {
    const captured = takeCapturedRows(db);
    options.areas?.forget(captured);
    const ledgerWarnings = ledgerWarningsOf(db, captured, options.areas);
    if (ledgerWarnings.length > 0 && !options.acceptLedgerWarnings) throw new LedgerWarningsError(ledgerWarnings);
    const changes = captured.map(toRowChange).filter((c): c is RowChange => c !== null);
    insertAuditEntries(db, options.user ?? DEFAULT_AUDIT_USER, [...changes.filter((c) => c.table !== 'audit_log').map(auditEntryOf), ...ledgerWarnings.map(warningEntryOf)]);
    // The audit lines are part of the change: undoing it takes them away again.
    changes.push(...takeCapturedRows(db).map(toRowChange).filter((c): c is RowChange => c !== null));
    leaveTransaction(db);
    db.exec(`RELEASE ${SAVEPOINT}`);
    return { changeSet: { changes }, ledgerWarnings };
  } catch (error) {
    abort(db);
    throw error;
  }
}

/** A captured row as a change: whole rows for inserts and deletes, only the changed columns for updates. */
export function toRowChange(row: CapturedRow): RowChange | null {
  const code = codeOf(row.after) ?? codeOf(row.before);
  if (!row.before) return { table: row.table, rowid: row.rowid, code, op: 'insert', before: null, after: row.after };
  if (!row.after) return { table: row.table, rowid: row.rowid, code, op: 'delete', before: row.before, after: null };
  const before: Record<string, RowValues[string]> = {};
  const after: Record<string, RowValues[string]> = {};
  for (const name of new Set([...Object.keys(row.before), ...Object.keys(row.after)])) {
    if (sameStoredValue(row.before[name] ?? null, row.after[name] ?? null)) continue;
    before[name] = row.before[name] ?? null;
    after[name] = row.after[name] ?? null;
  }
  if (Object.keys(after).length === 0) return null;
  return { table: row.table, rowid: row.rowid, code, op: 'update', before, after };
}

function codeOf(values: RowValues | null): string | null {
  const code = values?.code;
  return typeof code === 'string' ? code : null;
}

function auditEntryOf(change: RowChange): AuditEntry {
  return { action: change.op, table: change.table, rowCode: change.code, oldValues: auditValues(change.before), newValues: auditValues(change.after) };
}

/** Values as the audit log keeps them: geometry as "set" (its area stands for the shape), no other blobs. */
function auditValues(values: RowValues | null): Record<string, unknown> | null {
  if (!values) return null;
  const result: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (name === 'geom') result.geometry = value === null ? null : 'set';
    else if (!(value instanceof Uint8Array)) result[name] = value;
  }
  return result;
}

function warningEntryOf(issue: LedgerIssue): AuditEntry {
  return { action: 'ledger_warning', table: 'quota_transactions', rowCode: issue.transactionCodes?.[0] ?? null, newValues: { project_code: issue.projectCode ?? null, sales: issue.transactionCodes ?? [], message: issue.message, message_zh: issue.messageZh } };
}
