import { describe, expect, it } from 'vitest';
import { draftOfExtra, extraTermsOfDraft, loanExtraProblems, NEW_LOAN_EXTRA_DRAFT } from './loan-form-values-extra';

describe('loan form: bank terms beyond the table', () => {
  it('reads LPR + 91 bp reset on 1 January, a prepayment in 万元 and a subsidy by year, and writes them back', () => {
    const draft = { rateKind: 'lpr' as const, spreadBp: '91', resetMonthDay: '01-01', prepayments: '2028-03-01 1000\n', subsidyByYear: '2030 80' };
    expect(loanExtraProblems(draft)).toEqual({});
    const terms = extraTermsOfDraft(draft)!;
    expect(terms).toEqual({ rate: { kind: 'lpr', spread: 0.0091, resetMonthDay: '01-01' }, prepayments: [{ date: '2028-03-01', amountYuan: 10_000_000 }], subsidyByYear: { '2030': 0.8 } });
    expect(draftOfExtra(terms)).toEqual({ ...draft, prepayments: '2028-03-01 1000' });
  });
  it('stores nothing for a plain fixed-rate loan, and names each bad field', () => {
    expect(extraTermsOfDraft(NEW_LOAN_EXTRA_DRAFT)).toBeNull();
    expect(loanExtraProblems({ rateKind: 'lpr', spreadBp: '', resetMonthDay: '13-01', prepayments: '2028-03-01', subsidyByYear: '2030 120' })).toEqual({ spread: 'spreadRange', reset: 'resetDay', prepayments: 'prepaymentLine', subsidyByYear: 'subsidyYearLine' });
  });
});
