// The quota ledger: from accepted parcels to quota sold and available, with the rules that guard it.
//   projectQuotas(rows)                 pure recount of every project's quota
//   new QuotaLedger(rows)               live state for the app, updated by delta
//   applyLedgerEdit(ledger, edit, opt)  check an edit and make it only if the rules allow
//   checkLedgerEdit(ledger, edit)       the same check, without changing anything (for previews)
//   checkLedger(ledger, turnover, date) every problem as the ledger stands
//   readLedgerRows(db)                  the rows from a project database
export type { ConstructionPlotRow, LedgerRows, LinkageProjectRow, LoanRow, ParcelRow, QuotaPaymentRow, QuotaQuality, QuotaSaleRow, SaleScope, TurnoverQuotaRow } from './ledger-rows';
export { EMPTY_LEDGER_ROWS } from './ledger-rows';
export { projectQuotas, type ProjectQuota } from './project-quota';
export { QuotaLedger } from './quota-ledger';
export type { LedgerEdit } from './ledger-edit';
export type { LedgerIssue, LedgerRule, LedgerSeverity } from './ledger-issue';
export { applyLedgerEdit, type ApplyLedgerEditOptions, type ApplyLedgerEditResult } from './apply-ledger-edit';
export { checkLedgerEdit } from './check-ledger-edit';
export { checkLedger } from './check-ledger';
export { checkSaleWithinAvailable } from './rules/sale-within-available';
export { checkSurplusShrink } from './rules/surplus-shrink-breaks-sales';
export { checkPaymentsWithinContract } from './rules/payments-within-contract';
export { checkTurnoverReturn } from './rules/turnover-return';
export { salesBeyondSurplus } from './rules/sales-beyond-surplus';
export { turnoverStatus, TURNOVER_RETURN_YEARS, type TurnoverState, type TurnoverStatus } from './turnover-quota';
export { DEFAULT_PRICE_PRESETS, editedPricePresets, presetPrice, type PricePreset } from './price-presets';
export { contractTotalFen } from './contract-total';
export { loanTermsOfRow } from './loan-terms-of-row';
export { LEDGER_META_KEYS, parseLedgerSettings, type LedgerSettings, type StoredPlanAssumptions } from './ledger-settings';
export { readLedgerRows, type ReadLedger } from './read-ledger-rows';
export { savePlanAssumptions, savePricePresetEdits } from './save-ledger-settings';
export { createRepaymentModel, schedulableLoans, type RepaymentModel } from './repayment-model';
