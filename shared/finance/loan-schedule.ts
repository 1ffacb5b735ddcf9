// A loan's repayment schedule, computed to the fen: interest each period on the balance owed (annual rate / periods
// per year, rounded half away from zero to the fen), interest only during the grace years, then level instalments
// (等额本息, the PMT of the balance over the remaining periods, rounded to the fen) or level principal (等额本金, the
// balance over the remaining periods, rounded to the fen). The last payment takes whatever rounding left, so the
// principal paid adds up to the loan exactly and the balance never goes below zero. The subsidy is the subsidised
// share of each period's interest, rounded to the fen; the borrower pays the rest.
import { addMonths } from './add-months';
import { loanTermsProblems, type LoanTerms } from './loan-terms';
import { fenToYuan, roundHalfAwayFromZero, yuanToFen } from './money';
import { monthsPerPeriod, periodsPerYear } from './payment-frequency';
import { pmt } from './spreadsheet/pmt';

/** One period of a schedule, amounts in whole fen. */
export interface FenScheduleRow {
  readonly period: number;
  readonly date: string;
  readonly payment: number;
  readonly interest: number;
  readonly principal: number;
  /** Owed after this payment. */
  readonly balance: number;
  readonly subsidy: number;
  readonly borrowerInterest: number;
}

export interface FenScheduleTotals {
  readonly payment: number;
  readonly interest: number;
  readonly principal: number;
  readonly subsidy: number;
  readonly borrowerInterest: number;
}

export interface FenSchedule {
  readonly rows: FenScheduleRow[];
  readonly totals: FenScheduleTotals;
}

/** The schedule in fen. Throws a RangeError naming the first problem when the terms cannot be scheduled. */
export function loanScheduleInFen(terms: LoanTerms): FenSchedule {
  const problems = loanTermsProblems(terms);
  if (problems.length > 0) throw new RangeError(problems[0]);

  const perYear = periodsPerYear(terms.frequency);
  const rate = terms.annualRate / perYear;
  const graceCount = terms.graceYears * perYear;
  const repaymentCount = (terms.termYears - terms.graceYears) * perYear;
  const step = monthsPerPeriod(terms.frequency);
  const principalFen = yuanToFen(terms.principalYuan);
  // The level instalment is fixed once, on the balance at the end of the grace years (which is the whole loan).
  const levelPayment = roundHalfAwayFromZero(-pmt(rate, repaymentCount, principalFen));
  const levelPrincipal = roundHalfAwayFromZero(principalFen / repaymentCount);

  const rows: FenScheduleRow[] = [];
  let balance = principalFen;
  for (let period = 1; period <= graceCount + repaymentCount; period++) {
    const interest = roundHalfAwayFromZero(balance * rate);
    let principal = 0;
    if (period === graceCount + repaymentCount) principal = balance;
    else if (period > graceCount) {
      const wanted = terms.method === 'annuity' ? levelPayment - interest : levelPrincipal;
      principal = Math.min(balance, Math.max(0, wanted));
    }
    balance -= principal;
    const subsidy = roundHalfAwayFromZero(interest * terms.subsidyShare);
    rows.push({
      period,
      date: addMonths(terms.startDate, period * step),
      payment: principal + interest,
      interest,
      principal,
      balance,
      subsidy,
      borrowerInterest: interest - subsidy,
    });
  }
  return { rows, totals: sumRows(rows) };
}

function sumRows(rows: readonly FenScheduleRow[]): FenScheduleTotals {
  let payment = 0, interest = 0, principal = 0, subsidy = 0, borrowerInterest = 0;
  for (const row of rows) {
    payment += row.payment;
    interest += row.interest;
    principal += row.principal;
    subsidy += row.subsidy;
    borrowerInterest += row.borrowerInterest;
  }
  return { payment, interest, principal, subsidy, borrowerInterest };
}

/** One period in yuan: the shape of `landlink schedule --json`. */
export interface ScheduleRow {
  period: number;
  date: string;
  payment: number;
  interest: number;
  principal: number;
  balance: number;
  subsidy: number;
  borrower_interest: number;
}

export interface ScheduleTotals {
  payment: number;
  interest: number;
  principal: number;
  subsidy: number;
  borrower_interest: number;
}

/** `{payments, totals}` in yuan with two decimals, as DESIGN.md gives `landlink schedule --json`. */
export interface LoanSchedule {
  payments: ScheduleRow[];
  totals: ScheduleTotals;
}

export function loanSchedule(terms: LoanTerms): LoanSchedule {
  return scheduleInYuan(loanScheduleInFen(terms));
}

export function scheduleInYuan(schedule: FenSchedule): LoanSchedule {
  return {
    payments: schedule.rows.map((row) => ({
      period: row.period,
      date: row.date,
      payment: fenToYuan(row.payment),
      interest: fenToYuan(row.interest),
      principal: fenToYuan(row.principal),
      balance: fenToYuan(row.balance),
      subsidy: fenToYuan(row.subsidy),
      borrower_interest: fenToYuan(row.borrowerInterest),
    })),
    totals: {
      payment: fenToYuan(schedule.totals.payment),
      interest: fenToYuan(schedule.totals.interest),
      principal: fenToYuan(schedule.totals.principal),
      subsidy: fenToYuan(schedule.totals.subsidy),
      borrower_interest: fenToYuan(schedule.totals.borrowerInterest),
    },
  };
}
