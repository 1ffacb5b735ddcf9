// The ledger's guard around every change to parcels and construction plots in the worker (cell, form, status of many
// parcels, deletion, boundary edit, split, merge): the change is made inside a savepoint while temporary triggers
// log the rows it touches (touched-ledger-rows.ts), and the difference is checked by the ledger's rules
// (applyLedgerEdit through checkLedgerEdits). A change that would leave a project's
// sold quota above its surplus is rolled back and refused with a `ledger-confirm` failure that names the sales it
// breaks, unless the user has already seen them and confirmed. Other tables pass straight through.
import type { Database } from 'sql.js';
import { checkLedgerEdits } from '../../../../shared/ledger/check-ledger-edits';
import type { LedgerIssue } from '../../../../shared/ledger/ledger-issue';
import { ledgerRowsDiff } from '../../../../shared/ledger/ledger-rows-diff';
import { QuotaLedger } from '../../../../shared/ledger/quota-ledger';
import { startTouchLog, stopTouchLog, touchedLedgerRows } from './touched-ledger-rows';

/** Tables whose rows move a project's surplus. */
export const LEDGER_GUARDED_TABLES: ReadonlySet<string> = new Set(['reclaim_parcels', 'construction_plots']);

/** The failure a refused change raises: the worker passes `ledgerIssues` to the UI, which asks the user. */
export interface LedgerConfirmFailure {
  readonly code: 'ledger-confirm';
  readonly message: string;
  readonly messageZh: string;
  readonly ledgerIssues: readonly LedgerIssue[];
}

export function guardLedger<T>(db: Database, table: string, acknowledged: boolean, work: (db: Database) => T): T {
  if (acknowledged || !LEDGER_GUARDED_TABLES.has(table)) return work(db);
  beginGuard(db);
  let result: T;
  try {
    result = work(db);
  } catch (error) {
    rollback(db);
    throw error;
  }
  finishGuard(db);
  return result;
}

/**
 * The same guard around work that awaits (an import written in chunks). Imports only add rows: new parcels can only
 * add surplus, so only imports of construction plots are checked (they take surplus away).
 */
export async function guardLedgerImport<T>(db: Database, table: string, acknowledged: boolean, work: () => Promise<T>): Promise<T> {
  if (acknowledged || table !== 'construction_plots') return work();
  beginGuard(db);
  let result: T;
  try {
    result = await work();
  } catch (error) {
    rollback(db);
    throw error;
  }
  finishGuard(db);
  return result;
}

function beginGuard(db: Database): void {
  db.exec('SAVEPOINT landlink_ledger_guard');
  try {
    startTouchLog(db);
  } catch (error) {
    rollback(db);
    throw error;
  }
}

/** Checks what the guarded work did: keeps it when no sale breaks, else rolls it back and asks (ledger-confirm). */
function finishGuard(db: Database): void {
  let issues: LedgerIssue[] = [];
  try {
    const rows = touchedLedgerRows(db);
    // Errors (e.g. a status the ledger does not know) are the write path's to refuse; the guard asks about warnings.
    if (rows) issues = checkLedgerEdits(new QuotaLedger(rows.before), ledgerRowsDiff(rows.before, rows.after)).filter((i) => i.severity === 'warning');
  } catch (error) {
    rollback(db);
    throw error;
  }
  if (issues.length > 0) {
    rollback(db);
    throw ledgerConfirmFailure(issues);
  }
  stopTouchLog(db);
  db.exec('RELEASE landlink_ledger_guard');
}

function rollback(db: Database): void {
  db.exec('ROLLBACK TO landlink_ledger_guard');
  db.exec('RELEASE landlink_ledger_guard');
  stopTouchLog(db);
}

export function ledgerConfirmFailure(issues: readonly LedgerIssue[]): LedgerConfirmFailure {
  const sales = [...new Set(issues.flatMap((i) => i.transactionCodes ?? []))];
  return {
    code: 'ledger-confirm',
    message: `This change would leave quota sold beyond the surplus (${sales.join(', ')}); nothing was changed. Confirm it to make it anyway. ${issues.map((i) => i.message).join(' ')}`,
    messageZh: `此修改将使已交易指标超过节余指标（${sales.join('、')}），尚未保存；确认后方可保存。${issues.map((i) => i.messageZh).join('')}`,
    ledgerIssues: issues,
  };
}
