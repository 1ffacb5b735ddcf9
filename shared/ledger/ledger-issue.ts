// A problem the ledger rules found, said in English (what, where, how to fix) and in Chinese for the UI.
export type LedgerRule =
  | 'invalid-sale'
  | 'unknown-project'
  | 'sale-exceeds-available'
  | 'status-change-breaks-sales'
  | 'surplus-change-breaks-sales'
  | 'oversold-project'
  | 'invalid-payment'
  | 'payments-exceed-contract'
  | 'turnover-due-soon'
  | 'turnover-overdue'
  | 'invalid-parcel-status'
  | 'unknown-row';

/** Errors are refused; warnings are refused too unless the user acknowledges them. */
export type LedgerSeverity = 'error' | 'warning';

export interface LedgerIssue {
  readonly rule: LedgerRule;
  readonly severity: LedgerSeverity;
  readonly message: string;
  readonly messageZh: string;
  readonly projectCode?: string;
  readonly parcelCode?: string;
  /** The quota sales the issue is about (for a status change: the sales it would break). */
  readonly transactionCodes?: readonly string[];
}
