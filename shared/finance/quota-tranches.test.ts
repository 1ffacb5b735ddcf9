import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quotaTrancheSchedule, type TranchePlan } from './quota-tranches';

describe('quota tranche schedules', () => {
  it('splits a sale into equal annual tranches, the last one absorbing rounding', () => {
    // 300 mu × 300,000 yuan = 90,000,000 yuan; three tranches of 30,000,000.
    expect(quotaTrancheSchedule(9_000_000_000, '2022-05-31', { kind: 'equal_annual', count: 3 })).toEqual([
      { index: 1, kind: 'tranche', dueDate: '2022-05-31', amountFen: 3_000_000_000 },
      { index: 2, kind: 'tranche', dueDate: '2023-05-31', amountFen: 3_000_000_000 },
      { index: 3, kind: 'tranche', dueDate: '2024-05-31', amountFen: 3_000_000_000 },
    ]);
    expect(quotaTrancheSchedule(100, '2024-02-29', { kind: 'equal_annual', count: 3 }).map((t) => [t.dueDate, t.amountFen])).toEqual([
      ['2024-02-29', 33],
      ['2025-02-28', 33],
      ['2026-02-28', 34],
    ]);
  });
  it('takes an advance on signing and settles the rest later', () => {
    expect(quotaTrancheSchedule(1_000_001, '2023-03-01', { kind: 'advance_settlement', advanceShare: 0.3, settlementAfterYears: 2 })).toEqual([
      { index: 1, kind: 'advance', dueDate: '2023-03-01', amountFen: 300_000 },
      { index: 2, kind: 'settlement', dueDate: '2025-03-01', amountFen: 700_001 },
    ]);
  });
  it('refuses a plan that cannot be scheduled', () => {
    expect(() => quotaTrancheSchedule(100, '2023-03-01', { kind: 'equal_annual', count: 0 })).toThrow(/whole number from 1 to 20/);
    expect(() => quotaTrancheSchedule(100, '2023-03-01', { kind: 'advance_settlement', advanceShare: 1.5, settlementAfterYears: 1 })).toThrow(/share from 0 to 1/);
  });
  it('never asks for more or less than the contract, and no tranche is negative', () => {
    const plan: fc.Arbitrary<TranchePlan> = fc.oneof(
      fc.integer({ min: 1, max: 20 }).map((count) => ({ kind: 'equal_annual' as const, count })),
      fc.record({ advanceShare: fc.double({ min: 0, max: 1, noNaN: true }), settlementAfterYears: fc.integer({ min: 0, max: 5 }) }).map((p) => ({ kind: 'advance_settlement' as const, ...p })),
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), plan, (total, p) => {
        const tranches = quotaTrancheSchedule(total, '2020-01-31', p);
        expect(tranches.reduce((sum, t) => sum + t.amountFen, 0)).toBe(total);
        for (const t of tranches) expect(t.amountFen).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
