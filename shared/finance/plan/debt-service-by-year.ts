// Debt service per calendar year, after the interest subsidy: what the county itself must pay (principal plus the
// borrower's share of interest), from each loan's schedule computed to the fen.
import { yearOf } from '../calendar-date';
import { loanScheduleInFen } from '../loan-schedule';
import type { LoanTerms } from '../loan-terms';
import { addToYear, type YearAmounts } from './year-amounts';

export function debtServiceByYear(loans: readonly LoanTerms[]): YearAmounts {
  const amounts: YearAmounts = new Map();
  for (const loan of loans) {
    for (const row of loanScheduleInFen(loan).rows) addToYear(amounts, yearOf(row.date)!, row.payment - row.subsidy);
  }
  return amounts;
}
