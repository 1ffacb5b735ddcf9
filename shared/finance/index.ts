// Money, loans and the repayment plan: pure, to the fen.
//   loanSchedule(terms) / loanScheduleInFen(terms)   a loan's schedule (yuan for display and JSON, fen for sums)
//   quotaTrancheSchedule(totalFen, date, plan)        a quota sale's payment tranches
//   RepaymentPlanner                                   the plan, recomputed cheaply after ledger changes
//   pmt, ipmt, ppmt, cumipmt                           spreadsheet functions with Excel/LibreOffice signs
export { loanSchedule, loanScheduleInFen, scheduleInYuan, type FenSchedule, type FenScheduleRow, type FenScheduleTotals, type LoanSchedule, type ScheduleRow, type ScheduleTotals } from './loan-schedule';
export { loanTermsProblems, REPAYMENT_METHODS, type LoanTerms, type RepaymentMethod } from './loan-terms';
export { PAYMENT_FREQUENCIES, monthsPerPeriod, periodsPerYear, type PaymentFrequency } from './payment-frequency';
export { DEFAULT_TRANCHE_PLAN, quotaTrancheSchedule, tranchePlanProblems, type QuotaTranche, type TranchePlan } from './quota-tranches';
export { fenToYuan, formatYuan, roundHalfAwayFromZero, yuanToFen } from './money';
export { addMonths } from './add-months';
export { parseIsoDate, formatIsoDate, yearOf, type CalendarDate } from './calendar-date';
export { parseShare, type ParsedShare } from './parse-share';
export { cumipmt, fv, ipmt, pmt, ppmt, type PaymentTiming } from './spreadsheet/index';
export * from './plan/index';
