// Properties of the plan as of a date, on random ledgers: it knows nothing after its date (a plan as of D is the plan
// of the data cut at D), a delay never moves a signed contract's instalments, and what is overdue is exactly what was
// due before the date and not paid by then.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../finance/calendar-date';
import { muToSquareMetres } from '../domain/units';
import type { LedgerRows, QuotaPaymentRow, QuotaSaleRow } from './ledger-rows';
import { createRepaymentModel } from './repayment-model';

const date = fc.record({ year: fc.integer({ min: 2018, max: 2032 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) }).map(formatIsoDate);

/** Sales whose payment rows add up to the contract (price 1 yuan/mu, whole yuan), so no tranche plan fills a gap. */
const ledger = fc
  .array(
    fc.record({
      contract: date,
      rows: fc.array(fc.record({ amount: fc.integer({ min: 1, max: 50 }), due: fc.option(date, { nil: null }), paid: fc.option(date, { nil: null }) }), { minLength: 1, maxLength: 4 }),
    }),
    { maxLength: 6 },
  )
  .map((list): LedgerRows => {
    const sales: QuotaSaleRow[] = [];
    const payments: QuotaPaymentRow[] = [];
    list.forEach((s, i) => {
      const mu = s.rows.reduce((sum, r) => sum + r.amount, 0);
      sales.push({ code: `JY-${i}`, project_code: 'GG-01', scope: 'intra_province', buyer: null, quality: null, mu, unit_price_yuan: 1, contract_date: s.contract });
      s.rows.forEach((r, k) => payments.push({ code: `ZF-${i}-${k}`, transaction_code: `JY-${i}`, due_date: r.due, paid_date: r.paid, amount_yuan: r.amount }));
    });
    return {
      projects: [{ code: 'GG-01', name: null }],
      parcels: [{ code: 'FK-1', project_code: 'GG-01', status: 'accepted', area_m2: muToSquareMetres(2000) }],
      plots: [],
      sales,
      payments,
      loans: [{ code: 'DK-1', lender: '银行', kind: null, principal_yuan: 300, annual_rate: 0.04, start_date: '2019-01-01', term_years: 12, grace_years: 2, method: 'annuity', frequency: 'annual', interest_subsidy: 0.5 }],
      turnover: [],
      tranchePlans: {},
    };
  });

/** The data as it stood on `d`: sales signed after it do not exist yet, payments made after it are not made yet. */
function cutAt(rows: LedgerRows, d: string): LedgerRows {
  const sales = rows.sales.filter((s) => !s.contract_date || s.contract_date <= d);
  const codes = new Set(sales.map((s) => s.code));
  const payments = rows.payments.filter((p) => codes.has(p.transaction_code)).map((p) => (p.paid_date && p.paid_date > d ? { ...p, paid_date: null } : p));
  return { ...rows, sales, payments };
}

const assumptions = (asOfDate: string) => ({ asOfDate, unsoldPricePerMu: 2 });

describe('repayment plan as of a date', () => {
  it('equals the plan of the same data cut at that date', () => {
    fc.assert(
      fc.property(ledger, date, fc.integer({ min: 0, max: 2 }), (rows, d, delayYears) => {
        const full = createRepaymentModel(rows, assumptions(d)).planner;
        const cut = createRepaymentModel(cutAt(rows, d), assumptions(d)).planner;
        expect(full.plan({ delayYears })).toEqual(cut.plan({ delayYears }));
        expect(full.overdue()).toEqual(cut.overdue());
        expect(full.assumptionsInEffect()).toEqual(cut.assumptionsInEffect());
      }),
      { numRuns: 200 },
    );
  });
  it('a delay never moves a signed contract\'s instalments: received, contracted and overdue stay in their years', () => {
    fc.assert(
      fc.property(ledger, date, fc.integer({ min: 1, max: 5 }), (rows, d, delayYears) => {
        const planner = createRepaymentModel(rows, assumptions(d)).planner;
        const contracted = (plan: ReturnType<typeof planner.plan>) => plan.years.filter((y) => y.received || y.expected_contracted || y.overdue).map((y) => [y.year, y.received, y.expected_contracted, y.overdue]);
        const base = planner.plan();
        const delayed = planner.plan({ delayYears });
        expect(contracted(delayed)).toEqual(contracted(base));
        expect(delayed.years.reduce((s, y) => s + y.expected_unsold, 0)).toBeCloseTo(base.years.reduce((s, y) => s + y.expected_unsold, 0), 2);
      }),
      { numRuns: 200 },
    );
  });
  it('lists as overdue exactly the instalments due before the date and not paid by then, and keeps their sum in the as-of year', () => {
    fc.assert(
      fc.property(ledger, date, (rows, d) => {
        const planner = createRepaymentModel(rows, assumptions(d)).planner;
        const signed = new Set(rows.sales.filter((s) => s.contract_date! <= d).map((s) => s.code));
        const unpaid = rows.payments.filter((p) => signed.has(p.transaction_code) && p.due_date !== null && p.due_date < d && !(p.paid_date && p.paid_date <= d));
        const overdue = planner.overdue();
        expect(overdue.map((o) => o.payment_code).sort()).toEqual(unpaid.map((p) => p.code).sort());
        const sum = unpaid.reduce((s, p) => s + p.amount_yuan, 0);
        expect(overdue.reduce((s, o) => s + o.amount, 0)).toBe(sum);
        for (const o of overdue) expect(o.days_overdue).toBeGreaterThan(0);
        const asOfYear = planner.plan().years.find((y) => y.year === Number(d.slice(0, 4)));
        expect(asOfYear?.overdue ?? 0).toBe(sum);
        expect(createRepaymentModel(rows, { ...assumptions(d), overdue: 'drop' }).planner.plan().years.every((y) => y.overdue === 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
