// The write path: transactions, change sets and applying them (see transaction.ts).
export * from './change-set';
export { applyChangeSet, ChangeSetConflictError, type ApplyOptions } from './apply-change-set';
export { runTransaction, runTransactionAsync, type TransactionOptions, type TransactionResult } from './transaction';
export { LedgerWarningsError, brokenSales } from './ledger-warnings-error';
export { RowAreaCache, areaUnitsOfBlob } from './row-areas';
export { encodeChangeSet, decodeChangeSet, ChangeSetFormatError, CHANGE_SET_FORMAT } from './change-set-wire';
