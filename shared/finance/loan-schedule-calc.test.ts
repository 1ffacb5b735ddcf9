// Schedules against LibreOffice Calc: the fixtures were built in Calc with its own PMT, ROUND and EDATE, one formula
// row per period (tests/tools/finance-fixtures.ts), so every row must match to the fen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loanSchedule } from './loan-schedule';
import type { LoanTerms } from './loan-terms';
import { cumipmt, ipmt, pmt, ppmt } from './spreadsheet/index';

interface CalcSchedule extends Omit<LoanTerms, 'principalYuan'> {
  name: string;
  principal: number;
  cumipmt: number;
  payments: ReturnType<typeof loanSchedule>['payments'];
}
interface CalcFunctionCase {
  rate: number;
  nper: number;
  pv: number;
  per: number;
  type: 0 | 1;
  pmt: number;
  ipmt: number;
  ppmt: number;
  cumipmt: number;
}

const fixture = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../../tests/fixtures/finance/${name}`, import.meta.url), 'utf8')) as T;
const { schedules } = fixture<{ schedules: CalcSchedule[] }>('loan-schedules.json');
const { cases } = fixture<{ cases: CalcFunctionCase[] }>('spreadsheet-functions.json');

describe('loan schedules match LibreOffice Calc to the fen', () => {
  for (const calc of schedules) {
    it(calc.name, () => {
      const { name: _name, principal, cumipmt: _c, payments, ...terms } = calc;
      const ours = loanSchedule({ ...terms, principalYuan: principal });
      expect(ours.payments).toEqual(payments);
    });
  }
  it('annuity interest, rounded per period, stays within a fen a period of Calc’s CUMIPMT', () => {
    for (const calc of schedules.filter((s) => s.method === 'annuity' && s.graceYears === 0 && s.annualRate > 0)) {
      const interest = calc.payments.reduce((sum, p) => sum + p.interest, 0);
      expect(Math.abs(interest + calc.cumipmt)).toBeLessThanOrEqual(calc.payments.length * 0.01);
    }
  });
});

describe('PMT, IPMT, PPMT and CUMIPMT match LibreOffice Calc', () => {
  const close = (ours: number, calc: number) => expect(Math.abs(ours - calc)).toBeLessThanOrEqual(Math.max(1e-9, Math.abs(calc) * 1e-12));
  it(`on ${cases.length} cases of rate, term, amount and timing`, () => {
    for (const c of cases) {
      close(pmt(c.rate, c.nper, c.pv, 0, c.type), c.pmt);
      close(ipmt(c.rate, c.per, c.nper, c.pv, 0, c.type), c.ipmt);
      close(ppmt(c.rate, c.per, c.nper, c.pv, 0, c.type), c.ppmt);
      close(cumipmt(c.rate, c.nper, c.pv, 1, c.per, c.type), c.cumipmt);
    }
  });
});
