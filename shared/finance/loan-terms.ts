// The terms of one loan, as the `loans` table holds them, and the checks that make a schedule computable. The terms
// banks add to a policy loan's contract (an LPR-linked rate reset yearly, prepayments, a subsidy that changes by year)
// are optional; without them the loan is the fixed-rate loan of the table's columns.
import { parseIsoDate } from './calendar-date';
import { PAYMENT_FREQUENCIES, type PaymentFrequency } from './payment-frequency';
import { rateScheduleProblems, type LprPath, type RateSchedule } from './rate-schedule';

/** 等额本息 (level instalments) or 等额本金 (level principal); the project file's `repayment_method` codes. */
export type RepaymentMethod = 'annuity' | 'equal_principal';

export const REPAYMENT_METHODS: readonly RepaymentMethod[] = ['annuity', 'equal_principal'];

/** Principal repaid ahead of the schedule (提前还款): on the first instalment date on or after `date`. */
export interface Prepayment {
  readonly date: string;
  readonly amountYuan: number;
}

export interface LoanTerms {
  readonly principalYuan: number;
  /** Nominal annual rate as a fraction (0.0441 for 4.41 %); each period charges annualRate / periods per year. */
  readonly annualRate: number;
  /** YYYY-MM-DD; the first payment falls one period later. */
  readonly startDate: string;
  readonly termYears: number;
  /** Years of interest-only payments at the start (宽限期). */
  readonly graceYears: number;
  readonly method: RepaymentMethod;
  readonly frequency: PaymentFrequency;
  /** Share of the interest the central budget pays (0.9 = 90 % 贴息); the borrower pays the rest. */
  readonly subsidyShare: number;
  /** Fixed at annualRate (the default) or LPR + spread reset yearly; the LPR comes from `lprPath`. */
  readonly rate?: RateSchedule;
  readonly lprPath?: LprPath;
  readonly prepayments?: readonly Prepayment[];
  /** Subsidy share by calendar year of the instalment, overriding subsidyShare for the years listed. */
  readonly subsidyByYear?: Readonly<Record<string, number>>;
}

/** What is wrong with the terms, one sentence each (empty when a schedule can be computed). */
export function loanTermsProblems(terms: LoanTerms): string[] {
  const problems: string[] = [];
  if (!Number.isFinite(terms.principalYuan) || terms.principalYuan <= 0) problems.push(`the principal must be a positive amount of yuan, not ${terms.principalYuan}`);
  if (!Number.isFinite(terms.annualRate) || terms.annualRate < 0 || terms.annualRate >= 1) problems.push(`the annual rate must be at least 0 and below 100 %, not ${terms.annualRate}`);
  if (!parseIsoDate(terms.startDate)) problems.push(`the start date must be a date in the form YYYY-MM-DD, not “${terms.startDate}”`);
  if (!Number.isInteger(terms.termYears) || terms.termYears < 1 || terms.termYears > 100) problems.push(`the term must be a whole number of years from 1 to 100, not ${terms.termYears}`);
  if (!Number.isInteger(terms.graceYears) || terms.graceYears < 0) problems.push(`the grace period must be a whole number of years, 0 or more, not ${terms.graceYears}`);
  else if (Number.isInteger(terms.termYears) && terms.graceYears >= terms.termYears) problems.push(`the grace period (${terms.graceYears} years) must be shorter than the term (${terms.termYears} years)`);
  if (!REPAYMENT_METHODS.includes(terms.method)) problems.push(`the method must be annuity or equal_principal, not “${terms.method}”`);
  if (!PAYMENT_FREQUENCIES.includes(terms.frequency)) problems.push(`the frequency must be one of ${PAYMENT_FREQUENCIES.join(', ')}, not “${terms.frequency}”`);
  if (!Number.isFinite(terms.subsidyShare) || terms.subsidyShare < 0 || terms.subsidyShare > 1) problems.push(`the interest subsidy must be a share from 0 to 1, not ${terms.subsidyShare}`);
  problems.push(...rateScheduleProblems(terms.rate));
  for (const p of terms.prepayments ?? []) {
    if (!parseIsoDate(p.date)) problems.push(`a prepayment's date must be a date in the form YYYY-MM-DD, not “${p.date}”`);
    if (!(Number.isFinite(p.amountYuan) && p.amountYuan > 0)) problems.push(`a prepayment must be a positive amount of yuan, not ${p.amountYuan}`);
  }
  for (const [year, share] of Object.entries(terms.subsidyByYear ?? {})) {
    if (!/^\d{4}$/.test(year) || !(share >= 0 && share <= 1)) problems.push(`the interest subsidy of ${year} must be a share from 0 to 1 for a four-digit year, not ${share}`);
  }
  return problems;
}
