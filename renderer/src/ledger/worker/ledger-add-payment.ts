// Recording a payment received for a quota sale: either a due payment row (a tranche) is settled — its paid date and
// amount set — or a new row is added. The ledger's rules decide first (payments may not add up to more than the
// sale's contract total); only an allowed payment is written, through the update or insert write path, as one
// undoable step (the caller wraps `write` in the session's change()).
import type { Database } from 'sql.js';
import type { AddPaymentResult, NewPayment } from '../../../../shared/ipc/ledger-protocol';
import { applyLedgerEdit } from '../../../../shared/ledger/apply-ledger-edit';
import type { QuotaPaymentRow } from '../../../../shared/ledger/ledger-rows';
import { QuotaLedger } from '../../../../shared/ledger/quota-ledger';
import { readLedgerRows } from '../../../../shared/ledger/read-ledger-rows';
import { insertFeatures } from '../../../../shared/project/insert-features';
import { updateFeature } from '../../../../shared/project/update-feature';

export interface CheckedPayment {
  readonly result: AddPaymentResult;
  readonly write?: (db: Database) => void;
}

export function checkNewPayment(db: Database, payment: NewPayment): CheckedPayment {
  const { rows } = readLedgerRows(db);
  const existing = payment.code ? rows.payments.find((p) => p.code === payment.code) : undefined;
  const row: QuotaPaymentRow = {
    code: existing?.code ?? nextPaymentCode(rows.payments, payment.transaction_code),
    transaction_code: payment.transaction_code,
    due_date: existing?.due_date ?? payment.due_date,
    paid_date: payment.paid_date,
    amount_yuan: payment.amount_yuan,
  };
  const outcome = applyLedgerEdit(new QuotaLedger(rows), { kind: 'put-payment', payment: row });
  if (!outcome.applied) return { result: { applied: false, issues: outcome.issues, code: null } };
  return {
    result: { applied: true, issues: outcome.issues, code: row.code },
    write: (target) => {
      if (!existing) {
        insertFeatures(target, 'quota_payments', [{ properties: { ...row } }]);
        return;
      }
      const fid = Number(target.exec('SELECT fid FROM quota_payments WHERE code = ?', [row.code])[0]?.values[0]?.[0]);
      updateFeature(target, 'quota_payments', fid, { properties: { paid_date: row.paid_date, amount_yuan: row.amount_yuan } });
    },
  };
}

/** ZF-<sale without its JY- prefix>-<n> (as the sample's ZF-2017-01-1-1), the first number not yet used. */
export function nextPaymentCode(payments: readonly QuotaPaymentRow[], saleCode: string): string {
  const used = new Set(payments.map((p) => p.code));
  for (let n = payments.filter((p) => p.transaction_code === saleCode).length + 1; ; n++) {
    const code = `ZF-${saleCode.replace(/^JY-/, '')}-${n}`;
    if (!used.has(code)) return code;
  }
}
