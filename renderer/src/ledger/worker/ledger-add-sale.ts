// Adding a quota sale: the ledger's rules decide first (a sale beyond the project's available quota is refused with
// the rule's bilingual message); only an allowed sale is written, through the insert write path, as one undoable
// step (the caller wraps `write` in the session's change()).
import type { Database } from 'sql.js';
import type { AddSaleResult, NewSale } from '../../../../shared/ipc/ledger-protocol';
import { applyLedgerEdit } from '../../../../shared/ledger/apply-ledger-edit';
import type { QuotaSaleRow } from '../../../../shared/ledger/ledger-rows';
import { QuotaLedger } from '../../../../shared/ledger/quota-ledger';
import { readLedgerRows } from '../../../../shared/ledger/read-ledger-rows';
import { insertFeatures } from '../../../../shared/project/insert-features';

export interface CheckedSale {
  readonly result: AddSaleResult;
  /** Writes the sale; present only when the rules allowed it. */
  readonly write?: (db: Database) => void;
}

export function checkNewSale(db: Database, sale: NewSale): CheckedSale {
  const { rows } = readLedgerRows(db);
  const code = nextSaleCode(rows.sales, sale.project_code);
  const row: QuotaSaleRow = { code, ...sale };
  const outcome = applyLedgerEdit(new QuotaLedger(rows), { kind: 'put-sale', sale: row });
  if (!outcome.applied) return { result: { applied: false, issues: outcome.issues, code: null } };
  return {
    result: { applied: true, issues: outcome.issues, code },
    write: (target) => {
      insertFeatures(target, 'quota_transactions', [{ properties: { ...row } }]);
    },
  };
}

/** JY-<project without its GG- prefix>-<n> (as the sample's JY-2017-01-1), the first number not yet used. */
export function nextSaleCode(sales: readonly QuotaSaleRow[], projectCode: string): string {
  const used = new Set(sales.map((s) => s.code));
  for (let n = sales.filter((s) => s.project_code === projectCode).length + 1; ; n++) {
    const code = `JY-${projectCode.replace(/^GG-/, '')}-${n}`;
    if (!used.has(code)) return code;
  }
}
