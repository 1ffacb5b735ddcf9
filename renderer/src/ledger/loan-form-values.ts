// The loan form's text fields ⇄ a loans row: principal typed in 万元, rate and subsidy in %, the rest as stored.
// Each field is checked on its own with a message key (the form shows it at the field); the worker checks again.
import type { LoanRow } from '../../../shared/ledger/ledger-rows';

export interface LoanDraft {
  lender: string;
  kind: string;
  principalWan: string;
  ratePercent: string;
  startDate: string;
  termYears: string;
  graceYears: string;
  method: string;
  frequency: string;
  subsidyPercent: string;
}

export const NEW_LOAN_DRAFT: LoanDraft = { lender: '', kind: 'policy_loan', principalWan: '', ratePercent: '4.41', startDate: '', termYears: '20', graceYears: '5', method: 'equal_principal', frequency: 'annual', subsidyPercent: '90' };

const trimNumber = (n: number): string => String(Math.round(n * 1e8) / 1e8);

export function draftOfLoan(loan: LoanRow): LoanDraft {
  return {
    lender: loan.lender,
    kind: loan.kind ?? '',
    principalWan: trimNumber(loan.principal_yuan / 10_000),
    ratePercent: trimNumber(loan.annual_rate * 100),
    startDate: loan.start_date,
    termYears: String(loan.term_years),
    graceYears: String(loan.grace_years ?? 0),
    method: loan.method,
    frequency: loan.frequency,
    subsidyPercent: trimNumber((loan.interest_subsidy ?? 0) * 100),
  };
}

export type LoanField = 'lender' | 'principal_yuan' | 'annual_rate' | 'start_date' | 'term_years' | 'grace_years' | 'interest_subsidy';

/** i18n keys under ledger.loanForm.errors, per field; empty when the draft can be saved. */
export function loanDraftProblems(draft: LoanDraft): Partial<Record<LoanField, string>> {
  const problems: Partial<Record<LoanField, string>> = {};
  const number = (text: string): number => (text.trim() === '' ? NaN : Number(text));
  if (!draft.lender.trim()) problems.lender = 'lenderRequired';
  const principal = number(draft.principalWan);
  if (!(principal > 0)) problems.principal_yuan = 'principalPositive';
  const rate = number(draft.ratePercent);
  if (!(rate >= 0 && rate < 100)) problems.annual_rate = 'rateRange';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.startDate)) problems.start_date = 'startRequired';
  const term = number(draft.termYears);
  if (!(Number.isInteger(term) && term >= 1 && term <= 50)) problems.term_years = 'termRange';
  const grace = draft.graceYears.trim() === '' ? 0 : number(draft.graceYears);
  if (!(Number.isInteger(grace) && grace >= 0)) problems.grace_years = 'graceWhole';
  else if (Number.isInteger(term) && grace >= term) problems.grace_years = 'graceShorter';
  const subsidy = draft.subsidyPercent.trim() === '' ? 0 : number(draft.subsidyPercent);
  if (!(subsidy >= 0 && subsidy <= 100)) problems.interest_subsidy = 'subsidyRange';
  return problems;
}

/** The row values to save (call only when loanDraftProblems is empty). */
export function loanValuesOfDraft(draft: LoanDraft): Record<string, unknown> {
  return {
    lender: draft.lender.trim(),
    kind: draft.kind || null,
    principal_yuan: Math.round(Number(draft.principalWan) * 10_000 * 100) / 100,
    annual_rate: Math.round(Number(draft.ratePercent) * 1e6) / 1e8,
    start_date: draft.startDate,
    term_years: Number(draft.termYears),
    grace_years: draft.graceYears.trim() === '' ? 0 : Number(draft.graceYears),
    method: draft.method,
    frequency: draft.frequency,
    interest_subsidy: draft.subsidyPercent.trim() === '' ? 0 : Math.round(Number(draft.subsidyPercent) * 1e6) / 1e8,
  };
}
