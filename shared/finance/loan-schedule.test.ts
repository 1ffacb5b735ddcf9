import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loanSchedule, loanScheduleInFen } from './loan-schedule';
import type { LoanTerms } from './loan-terms';
import { PAYMENT_FREQUENCIES } from './payment-frequency';

const base: LoanTerms = {
  principalYuan: 1_200_000,
  annualRate: 0.0441,
  startDate: '2016-06-20',
  termYears: 5,
  graceYears: 2,
  method: 'equal_principal',
  frequency: 'annual',
  subsidyShare: 0.9,
};

describe('loan schedule: equal principal with grace, checked by hand sums', () => {
  // 1,200,000 × 4.41 % = 52,920.00 a year on the whole loan; 400,000 principal in each of the 3 repayment years.
  const schedule = loanSchedule(base);
  it('charges interest only during the grace years', () => {
    expect(schedule.payments.slice(0, 2)).toEqual([
      { period: 1, date: '2017-06-20', payment: 52920, interest: 52920, principal: 0, balance: 1_200_000, subsidy: 47628, borrower_interest: 5292 },
      { period: 2, date: '2018-06-20', payment: 52920, interest: 52920, principal: 0, balance: 1_200_000, subsidy: 47628, borrower_interest: 5292 },
    ]);
  });
  it('then repays equal principal with interest on the falling balance', () => {
    expect(schedule.payments.slice(2).map((p) => [p.date, p.payment, p.interest, p.principal, p.balance])).toEqual([
      ['2019-06-20', 452_920, 52_920, 400_000, 800_000],
      ['2020-06-20', 435_280, 35_280, 400_000, 400_000],
      ['2021-06-20', 417_640, 17_640, 400_000, 0],
    ]);
  });
  it('adds up: 3 × 52,920 + 35,280 + 17,640 = 211,680 interest, 90 % of it subsidised', () => {
    expect(schedule.totals).toEqual({ payment: 1_411_680, interest: 211_680, principal: 1_200_000, subsidy: 190_512, borrower_interest: 21_168 });
  });
  it('lets the last payment absorb the rounding of an uneven split', () => {
    const rows = loanSchedule({ ...base, principalYuan: 1000, annualRate: 0, termYears: 3, graceYears: 0 }).payments;
    expect(rows.map((r) => r.principal)).toEqual([333.33, 333.33, 333.34]);
  });
  it('dates monthly instalments from the start, clamped to month end', () => {
    const rows = loanSchedule({ ...base, startDate: '2024-01-31', frequency: 'monthly', termYears: 1, graceYears: 0 }).payments;
    expect(rows.slice(0, 4).map((r) => r.date)).toEqual(['2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
  });
});

describe('loan schedule: annuity', () => {
  it('pays the PMT of the loan each period: 10,000 at 8 %/12 over 10 months = 1,037.03', () => {
    const rows = loanSchedule({ ...base, principalYuan: 10_000, annualRate: 0.08, frequency: 'monthly', termYears: 1, graceYears: 0, method: 'annuity', subsidyShare: 0 }).payments;
    // 12 months, not 10: check the level instalment against PMT(0.08/12, 12, 10000) = −869.88.
    expect(rows.slice(0, -1).every((r) => r.payment === 869.88)).toBe(true);
    expect(rows[0]!.interest).toBe(66.67);
  });
  it('refuses terms it cannot schedule, naming the problem', () => {
    expect(() => loanScheduleInFen({ ...base, graceYears: 5 })).toThrow(/grace period \(5 years\) must be shorter than the term \(5 years\)/);
    expect(() => loanScheduleInFen({ ...base, principalYuan: -1 })).toThrow(/principal/);
    expect(() => loanScheduleInFen({ ...base, startDate: '2016-13-01' })).toThrow(/start date/);
  });
});

describe('loan schedule properties', () => {
  const terms = fc.record({
    principalYuan: fc.integer({ min: 1, max: 50_000_000_000 }).map((fen) => fen / 100),
    annualRate: fc.integer({ min: 0, max: 2500 }).map((bp) => bp / 10_000),
    startDate: fc.record({ y: fc.integer({ min: 2000, max: 2040 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) }).map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    termYears: fc.integer({ min: 1, max: 30 }),
    graceFraction: fc.double({ min: 0, max: 0.99, noNaN: true }),
    method: fc.constantFrom('annuity' as const, 'equal_principal' as const),
    frequency: fc.constantFrom(...PAYMENT_FREQUENCIES),
    subsidyShare: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
  }).map(({ graceFraction, ...t }): LoanTerms => ({ ...t, graceYears: Math.floor(graceFraction * t.termYears) }));

  it('principal adds up to the loan to the fen, for every method and frequency', () => {
    fc.assert(
      fc.property(terms, (t) => {
        const { rows, totals } = loanScheduleInFen(t);
        expect(totals.principal).toBe(Math.round(t.principalYuan * 100));
        expect(rows.at(-1)!.balance).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
  it('the balance never goes below zero nor up, and each row adds up', () => {
    fc.assert(
      fc.property(terms, (t) => {
        let previous = Math.round(t.principalYuan * 100);
        for (const row of loanScheduleInFen(t).rows) {
          expect(row.balance).toBeGreaterThanOrEqual(0);
          expect(row.balance).toBeLessThanOrEqual(previous);
          expect(row.payment).toBe(row.principal + row.interest);
          expect(row.subsidy + row.borrowerInterest).toBe(row.interest);
          expect(Number.isInteger(row.payment) && Number.isInteger(row.subsidy)).toBe(true);
          previous = row.balance;
        }
      }),
      { numRuns: 300 },
    );
  });
  it('has one row per period, dated in order', () => {
    fc.assert(
      fc.property(terms, (t) => {
        const { rows } = loanScheduleInFen(t);
        const perYear = { annual: 1, semiannual: 2, quarterly: 4, monthly: 12 }[t.frequency];
        expect(rows.length).toBe(t.termYears * perYear);
        for (let i = 1; i < rows.length; i++) expect(rows[i]!.date > rows[i - 1]!.date).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
