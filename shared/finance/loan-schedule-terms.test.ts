// The terms banks add to policy loans: prepayments (the schedule recomputed over the periods left), a rate that follows
// the LPR and is reset yearly, a subsidy that changes by year. Checked against schedules recomputed by hand.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loanScheduleInFen } from './loan-schedule';
import type { LoanTerms } from './loan-terms';
import { roundHalfAwayFromZero } from './money';
import { pmt } from './spreadsheet/pmt';

const base: LoanTerms = { principalYuan: 1_000_000, annualRate: 0.05, startDate: '2024-01-01', termYears: 4, graceYears: 0, method: 'equal_principal', frequency: 'annual', subsidyShare: 0 };

describe('prepayment', () => {
  it('equal principal, by hand: 300,000 prepaid with the second instalment, then 200,000 over two years', () => {
    const { rows, totals } = loanScheduleInFen({ ...base, prepayments: [{ date: '2025-06-01', amountYuan: 300_000 }] });
    expect(rows.map((r) => [r.date, r.interest / 100, r.principal / 100, r.prepayment / 100, r.balance / 100])).toEqual([
      ['2025-01-01', 50_000, 250_000, 0, 750_000],
      ['2026-01-01', 37_500, 550_000, 300_000, 200_000],
      ['2027-01-01', 10_000, 100_000, 0, 100_000],
      ['2028-01-01', 5_000, 100_000, 0, 0],
    ]);
    // Without it: 50,000 + 37,500 + 25,000 + 12,500 = 125,000 of interest.
    expect(totals.interest / 100).toBe(102_500);
    expect(loanScheduleInFen(base).totals.interest / 100).toBe(125_000);
  });
  it('a prepayment that clears the loan closes it', () => {
    const { rows } = loanScheduleInFen({ ...base, prepayments: [{ date: '2025-01-01', amountYuan: 2_000_000 }] });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ principal: 100_000_000, prepayment: 75_000_000, balance: 0 });
  });
  const terms = fc.record({
    principalYuan: fc.integer({ min: 10_000, max: 200_000_000 }),
    annualRate: fc.integer({ min: 1, max: 900 }).map((bp) => bp / 10_000),
    termYears: fc.integer({ min: 3, max: 25 }),
    method: fc.constantFrom('annuity' as const, 'equal_principal' as const),
    frequency: fc.constantFrom('annual' as const, 'semiannual' as const, 'quarterly' as const),
  });
  it('always lowers the total interest, and after it the schedule is a new loan on the balance over the periods left', () => {
    fc.assert(
      fc.property(terms, fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 60 }), (t, atYear, percent) => {
        const loan: LoanTerms = { ...base, ...t, graceYears: 0 };
        const plain = loanScheduleInFen(loan);
        const years = Math.min(atYear, t.termYears - 1);
        const k = years * { annual: 1, semiannual: 2, quarterly: 4 }[t.frequency];
        const at = plain.rows[k - 1]!;
        const amountYuan = Math.max(1, Math.floor((at.balance / 100) * (percent / 100)));
        const prepaid = loanScheduleInFen({ ...loan, prepayments: [{ date: at.date, amountYuan }] });
        // Lower by at least the interest the prepaid amount would have earned in the next period, less a fen per
        // period for rounding: at 0.01 % a year on 10,000 yuan that is nothing, and the totals are then equal.
        expect(prepaid.totals.interest).toBeLessThanOrEqual(plain.totals.interest);
        const saved = Math.floor(amountYuan * 100 * t.annualRate / { annual: 1, semiannual: 2, quarterly: 4 }[t.frequency]) - plain.rows.length;
        if (saved > 0) expect(prepaid.totals.interest).toBeLessThan(plain.totals.interest);
        expect(prepaid.totals.principal).toBe(plain.totals.principal);
        // By hand: the rows before are unchanged; the rest is the schedule of a loan of the balance left, from that date.
        expect(prepaid.rows.slice(0, k - 1)).toEqual(plain.rows.slice(0, k - 1));
        const after = prepaid.rows[k - 1]!;
        expect(after.prepayment).toBe(amountYuan * 100);
        if (after.balance === 0) return;
        const rest = loanScheduleInFen({ ...loan, principalYuan: after.balance / 100, startDate: after.date, termYears: t.termYears - years });
        expect(prepaid.rows.slice(k).map((r) => [r.interest, r.principal, r.balance])).toEqual(rest.rows.map((r) => [r.interest, r.principal, r.balance]));
      }),
      { numRuns: 200 },
    );
  });
});

describe('LPR-linked rate and subsidy by year', () => {
  it('resets each year on the reset day to LPR + spread, and recomputes the level instalment on the balance left', () => {
    const loan: LoanTerms = {
      ...base,
      method: 'annuity',
      startDate: '2024-06-30',
      rate: { kind: 'lpr', spread: 0.005, resetMonthDay: '01-01' },
      lprPath: { base: 0.035, byYear: { '2026': 0.03 } },
      subsidyShare: 0.9,
      subsidyByYear: { '2028': 0.5 },
    };
    const { rows } = loanScheduleInFen(loan);
    expect(rows.map((r) => Math.round(r.annualRate * 1e6) / 1e6)).toEqual([0.04, 0.04, 0.035, 0.035]);
    // By hand: PMT(4 %, 4, 1,000,000), then from the third period PMT(3.5 %, 2, balance after two).
    const first = roundHalfAwayFromZero(-pmt(rows[0]!.annualRate, 4, 100_000_000));
    expect(rows[0]!.payment).toBe(first);
    expect(rows[1]!.payment).toBe(first);
    const third = roundHalfAwayFromZero(-pmt(rows[2]!.annualRate, 2, rows[1]!.balance));
    expect(rows[2]!.payment).toBe(third);
    expect(rows[3]!.balance).toBe(0);
    // The 2025–2027 instalments are 90 % subsidised, 2028's only half.
    expect(rows.map((r) => r.subsidy / r.interest).map((x) => Math.round(x * 100) / 100)).toEqual([0.9, 0.9, 0.9, 0.5]);
  });
  it('a fixed loan ignores the LPR path', () => {
    expect(loanScheduleInFen({ ...base, lprPath: { base: 0.09, byYear: {} } })).toEqual(loanScheduleInFen(base));
  });
});
