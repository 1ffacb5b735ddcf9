import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LoanRow } from '../../../shared/ledger/ledger-rows';
import { draftOfLoan, loanDraftProblems, loanValuesOfDraft, NEW_LOAN_DRAFT } from './loan-form-values';

describe('loan form values', () => {
  it('names each field that is wrong', () => {
    expect(loanDraftProblems(NEW_LOAN_DRAFT)).toEqual({ lender: 'lenderRequired', principal_yuan: 'principalPositive', start_date: 'startRequired' });
    expect(loanDraftProblems({ ...NEW_LOAN_DRAFT, lender: '国开行', principalWan: '100', startDate: '2020-01-01', termYears: '5', graceYears: '5' })).toEqual({ grace_years: 'graceShorter' });
    expect(loanDraftProblems({ ...NEW_LOAN_DRAFT, lender: 'x', principalWan: '1', startDate: '2020-01-01', ratePercent: '120', subsidyPercent: '-1', termYears: '2.5' })).toEqual({ annual_rate: 'rateRange', interest_subsidy: 'subsidyRange', term_years: 'termRange' });
  });

  it('a loan row goes through the form and back unchanged (万元 and % conversions)', () => {
    const loan = fc.record({
      principal_yuan: fc.integer({ min: 1, max: 10_000_000_000 }).map((f) => f / 100),
      annual_rate: fc.integer({ min: 0, max: 99_999 }).map((r) => r / 1_000_000),
      term_years: fc.integer({ min: 1, max: 50 }),
      interest_subsidy: fc.integer({ min: 0, max: 100 }).map((s) => s / 100),
    });
    fc.assert(
      fc.property(loan, (l) => {
        const row: LoanRow = { code: 'DK-1', lender: '某银行', kind: 'policy_loan', start_date: '2016-06-20', grace_years: 0, method: 'annuity', frequency: 'annual', ...l };
        const draft = draftOfLoan(row);
        expect(loanDraftProblems(draft)).toEqual({});
        const values = loanValuesOfDraft(draft);
        expect(values.principal_yuan).toBeCloseTo(row.principal_yuan, 2);
        expect(values.annual_rate).toBeCloseTo(row.annual_rate, 10);
        expect(values.interest_subsidy).toBeCloseTo(row.interest_subsidy!, 10);
        expect(values.term_years).toBe(row.term_years);
      }),
    );
  });
});
