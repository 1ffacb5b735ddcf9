// Debt service per calendar year, after the interest subsidy: what the county itself must pay (principal plus the
// borrower's share of interest), from each loan's schedule computed to the fen. Loans whose rate follows the LPR are
// scheduled on the plan's LPR path.
import { yearOf } from '../calendar-date';
import { loanScheduleInFen } from '../loan-schedule';
import type { LoanTerms } from '../loan-terms';
import type { LprPath } from '../rate-schedule';
import { addToYear, type YearAmounts } from './year-amounts';

export function debtServiceByYear(loans: readonly LoanTerms[], lprPath?: LprPath): YearAmounts {
  const amounts: YearAmounts = new Map();
  for (const loan of loans) {
    const terms = lprPath && loan.rate?.kind === 'lpr' ? { ...loan, lprPath } : loan;
    for (const row of loanScheduleInFen(terms).rows) addToYear(amounts, yearOf(row.date)!, row.payment - row.subsidy);
  }
  return amounts;
}

/** The path moved up (or down) by `shift` in every year. */
export function shiftedLprPath(path: LprPath, shift: number): LprPath {
  if (shift === 0) return path;
  return { base: path.base + shift, byYear: Object.fromEntries(Object.entries(path.byYear).map(([y, r]) => [y, r + shift])) };
}
