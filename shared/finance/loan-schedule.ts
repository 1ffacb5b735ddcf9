// A loan's repayment schedule, computed to the fen: interest each period on the balance owed (the annual rate in
// force at the period's start / periods per year, rounded half away from zero to the fen), interest only during the
// grace years, then level instalments (等额本息, the PMT of the balance over the remaining periods, rounded to the fen)
// or level principal (等额本金, the balance over the remaining periods, rounded to the fen). As banks do, the level
// instalment is recomputed whenever the rate is reset (LPR loans) or a prepayment lowered the balance, and the level
// principal after a prepayment, both over the periods left (the term never changes). A prepayment is paid with the
// first instalment on or after its date. The last payment takes whatever rounding left, so the principal paid adds
// up to the loan exactly and the balance never goes below zero. The subsidy is the subsidised share of each period's
// interest (by the instalment's year when the terms say so), rounded to the fen; the borrower pays the rest.
import { addMonths } from './add-months';
import { yearOf } from './calendar-date';
import { loanTermsProblems, type LoanTerms } from './loan-terms';
import { fenToYuan, roundHalfAwayFromZero, yuanToFen } from './money';
import { monthsPerPeriod, periodsPerYear } from './payment-frequency';
import { DEFAULT_LPR_PATH, rateInForce } from './rate-schedule';
import { pmt } from './spreadsheet/pmt';

/** One period of a schedule, amounts in whole fen. */
export interface FenScheduleRow {
  readonly period: number;
  readonly date: string;
  /** Principal + interest (the prepayment included). */
  readonly payment: number;
  readonly interest: number;
  /** Principal repaid this period, the prepayment included. */
  readonly principal: number;
  /** Owed after this payment. */
  readonly balance: number;
  readonly subsidy: number;
  readonly borrowerInterest: number;
  /** The annual rate in force for this period (fraction). */
  readonly annualRate: number;
  /** Principal repaid ahead of the schedule this period (part of `principal`). */
  readonly prepayment: number;
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
  const graceCount = terms.graceYears * perYear;
  const count = terms.termYears * perYear;
  const step = monthsPerPeriod(terms.frequency);
  const path = terms.lprPath ?? DEFAULT_LPR_PATH;
  const prepayments = [...(terms.prepayments ?? [])].sort((a, b) => a.date.localeCompare(b.date));

  const rows: FenScheduleRow[] = [];
  let balance = yuanToFen(terms.principalYuan);
  let levelPayment = 0;
  let levelPrincipal = 0;
  let lastRate = NaN;
  let recompute = true;
  let previousDate = terms.startDate;
  let paidOff = false;
  for (let period = 1; period <= count && !paidOff; period++) {
    const date = addMonths(terms.startDate, period * step);
    const annualRate = rateInForce(terms.rate, terms.annualRate, path, addMonths(terms.startDate, (period - 1) * step));
    const rate = annualRate / perYear;
    const interest = roundHalfAwayFromZero(balance * rate);
    const remaining = count - period + 1;
    if (period > graceCount) {
      // The instalment follows every rate reset; the level principal only a lowered balance.
      if (recompute || annualRate !== lastRate) levelPayment = roundHalfAwayFromZero(-pmt(rate, remaining, balance));
      if (recompute) levelPrincipal = roundHalfAwayFromZero(balance / remaining);
      recompute = false;
    }
    lastRate = annualRate;
    let principal = 0;
    if (period === count) principal = balance;
    else if (period > graceCount) {
      const wanted = terms.method === 'annuity' ? levelPayment - interest : levelPrincipal;
      principal = Math.min(balance, Math.max(0, wanted));
    }
    let prepayment = 0;
    for (const p of prepayments) if (p.date > previousDate && p.date <= date) prepayment += yuanToFen(p.amountYuan);
    prepayment = Math.min(prepayment, balance - principal);
    if (prepayment > 0) recompute = true;
    principal += prepayment;
    balance -= principal;
    // A prepayment that clears the loan closes it: no rows of zeros after.
    paidOff = prepayment > 0 && balance === 0;
    const share = terms.subsidyByYear?.[String(yearOf(date))] ?? terms.subsidyShare;
    const subsidy = roundHalfAwayFromZero(interest * share);
    rows.push({ period, date, payment: principal + interest, interest, principal, balance, subsidy, borrowerInterest: interest - subsidy, annualRate, prepayment });
    previousDate = date;
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
