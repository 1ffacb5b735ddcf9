// A `loans` row as the terms a schedule is computed from. Method and frequency codes are those of the project file.
import type { LoanTerms, RepaymentMethod } from '../finance/loan-terms';
import type { PaymentFrequency } from '../finance/payment-frequency';
import type { LoanRow } from './ledger-rows';

export function loanTermsOfRow(row: LoanRow): LoanTerms {
  return {
    principalYuan: row.principal_yuan,
    annualRate: row.annual_rate,
    startDate: row.start_date,
    termYears: row.term_years,
    graceYears: row.grace_years ?? 0,
    method: row.method as RepaymentMethod,
    frequency: row.frequency as PaymentFrequency,
    subsidyShare: row.interest_subsidy ?? 0,
  };
}
