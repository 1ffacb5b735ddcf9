import { describe, expect, it } from 'vitest';
import { cumipmt, fv, ipmt, pmt, ppmt } from './index';

const toCents = (value: number) => Math.round(value * 100) / 100;

describe('spreadsheet finance functions (published Excel/LibreOffice results)', () => {
  it('PMT(0.08/12, 10, 10000) = −1,037.03', () => expect(toCents(pmt(0.08 / 12, 10, 10000))).toBe(-1037.03));
  it('IPMT(0.1/12, 1, 36, 8000) = −66.67', () => expect(toCents(ipmt(0.1 / 12, 1, 36, 8000))).toBe(-66.67));
  it('PPMT(0.1/12, 1, 24, 2000) = −75.62', () => expect(toCents(ppmt(0.1 / 12, 1, 24, 2000))).toBe(-75.62));
  it('PMT with payments in advance: PMT(0.08/12, 10, 10000, 0, 1) = −1,030.16', () => expect(toCents(pmt(0.08 / 12, 10, 10000, 0, 1))).toBe(-1030.16));
  it('PMT of a savings target: PMT(0.06/12, 18*12, 0, 50000) = −129.08', () => expect(toCents(pmt(0.06 / 12, 18 * 12, 0, 50000))).toBe(-129.08));
  it('IPMT of year 3 of a yearly loan: IPMT(0.1, 3, 3, 8000) = −292.45', () => expect(toCents(ipmt(0.1, 3, 3, 8000))).toBe(-292.45));
  it('CUMIPMT(0.09/12, 30*12, 125000, 13, 24, 0) = −11,135.23', () => expect(toCents(cumipmt(0.09 / 12, 360, 125000, 13, 24, 0))).toBe(-11135.23));
  it('CUMIPMT(0.09/12, 30*12, 125000, 1, 1, 0) = −937.50', () => expect(toCents(cumipmt(0.09 / 12, 360, 125000, 1, 1, 0))).toBe(-937.5));
  it('zero rate: the payment is the loan over the periods and there is no interest', () => {
    expect(pmt(0, 10, 1000)).toBe(-100);
    expect(ipmt(0, 4, 10, 1000)).toBeCloseTo(0, 12);
    expect(ppmt(0, 4, 10, 1000)).toBeCloseTo(-100, 12);
  });
  it('IPMT + PPMT = PMT, and the principal parts repay the loan', () => {
    const rate = 0.0441 / 4;
    let principal = 0;
    for (let per = 1; per <= 40; per++) {
      expect(ipmt(rate, per, 40, 1e6) + ppmt(rate, per, 40, 1e6)).toBeCloseTo(pmt(rate, 40, 1e6), 8);
      principal += ppmt(rate, per, 40, 1e6);
    }
    expect(principal).toBeCloseTo(-1e6, 6);
    expect(fv(rate, 40, pmt(rate, 40, 1e6), 1e6)).toBeCloseTo(0, 6);
  });
  it('refuses what the spreadsheets refuse', () => {
    expect(() => cumipmt(0, 10, 1000, 1, 2, 0)).toThrow(RangeError);
    expect(() => cumipmt(0.01, 10, 1000, 3, 2, 0)).toThrow(RangeError);
    expect(() => ipmt(0.01, 11, 10, 1000)).toThrow(RangeError);
  });
});
