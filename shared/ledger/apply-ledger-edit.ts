// Checks an edit and makes it only when the rules allow: errors always refuse it; warnings (a status change that
// breaks sales) refuse it unless the user has acknowledged them. A refused edit changes nothing.
import { checkLedgerEdit } from './check-ledger-edit';
import type { LedgerEdit } from './ledger-edit';
import type { LedgerIssue } from './ledger-issue';
import type { QuotaLedger } from './quota-ledger';

export interface ApplyLedgerEditOptions {
  /** Make the edit despite warnings (the user saw them and confirmed). Errors still refuse it. */
  readonly acknowledgeWarnings?: boolean;
}

export interface ApplyLedgerEditResult {
  readonly applied: boolean;
  readonly issues: LedgerIssue[];
}

export function applyLedgerEdit(ledger: QuotaLedger, edit: LedgerEdit, options: ApplyLedgerEditOptions = {}): ApplyLedgerEditResult {
  const issues = checkLedgerEdit(ledger, edit);
  const refused = issues.some((i) => i.severity === 'error' || (i.severity === 'warning' && !options.acknowledgeWarnings));
  if (refused) return { applied: false, issues };
  makeEdit(ledger, edit);
  return { applied: true, issues };
}

function makeEdit(ledger: QuotaLedger, edit: LedgerEdit): void {
  switch (edit.kind) {
    case 'set-parcel-status':
      ledger.putParcel({ ...ledger.parcel(edit.parcelCode)!, status: edit.status });
      return;
    case 'put-parcel':
      ledger.putParcel(edit.parcel);
      return;
    case 'remove-parcel':
      ledger.removeParcel(edit.parcelCode);
      return;
    case 'put-plot':
      ledger.putPlot(edit.plot);
      return;
    case 'remove-plot':
      ledger.removePlot(edit.plotCode);
      return;
    case 'put-sale':
      ledger.putSale(edit.sale);
      return;
    case 'remove-sale':
      ledger.removeSale(edit.saleCode);
      return;
    case 'put-payment':
      ledger.putPayment(edit.payment);
      return;
    case 'remove-payment':
      ledger.removePayment(edit.paymentCode);
      return;
  }
}
