import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTY_TARGET_KEYS, parseCountyTargets, targetProgress, targetValueProblem } from './county-targets';

describe('county targets', () => {
  it('keeps known, positive numbers and drops the rest', () => {
    expect(parseCountyTargets(JSON.stringify({ households: 4200, persons: -1, reclaimedMu: '3000', quotaSoldMu: 2500, other: 3 }))).toEqual({ households: 4200, quotaSoldMu: 2500 });
    expect(parseCountyTargets('{not json')).toEqual({});
    expect(parseCountyTargets(undefined)).toEqual({});
    expect(targetValueProblem(0)).toBe('not-positive');
    expect(targetValueProblem(NaN)).toBe('not-a-number');
    expect(targetValueProblem(null)).toBeNull();
  });

  it('reports progress only for targets set, as actual ÷ target', () => {
    const actual = { households: 2100, persons: 9000, housesDemolished: 3000, reclaimedMu: 2500, quotaSoldMu: 1300, loansRepaidYuan: 5e7 };
    expect(targetProgress({ households: 4200, loansRepaidYuan: 2.1e8 }, actual)).toEqual([
      { key: 'households', target: 4200, actual: 2100, share: 0.5 },
      { key: 'loansRepaidYuan', target: 2.1e8, actual: 5e7, share: 5e7 / 2.1e8 },
    ]);
  });

  it('round-trips any set of targets through its JSON', () => {
    const targets = fc.dictionary(fc.constantFrom(...COUNTY_TARGET_KEYS), fc.double({ min: 0.01, max: 1e12, noNaN: true }));
    fc.assert(fc.property(targets, (t) => {
        expect(parseCountyTargets(JSON.stringify(t))).toEqual({ ...t });
      }));
  });
});
