// The repayment plan on a ledger small enough to add up by hand, its scenarios, and its incremental recomputation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumValues } from '../domain/enums';
import { muToSquareMetres } from '../domain/units';
import { applyLedgerEdit } from './apply-ledger-edit';
import type { LedgerRows } from './ledger-rows';
import { breakEvenPrice, scenarioResults, sensitivityTable } from '../finance/plan/plan-scenarios';
import { createRepaymentModel } from './repayment-model';

// Loan: 1,000,000 at 5 %, 2 years, equal principal, 90 % subsidy, from 2024-01-01:
//   2025: 500,000 principal + 50,000 interest − 45,000 subsidy = 505,000
//   2026: 500,000 principal + 25,000 interest − 22,500 subsidy = 502,500
// Quota: 40 mu accepted − 10 mu construction = 30 mu surplus; 10 mu sold at 30,000 = 300,000 (3 annual tranches from
// 2024-03-01): 100,000 paid in 2024; 100,000 due 2023-12-31 unpaid, so overdue on the as-of date 2025-06-30 (547 days)
// and kept, flagged, in the as-of year 2025; the last 100,000 has no payment row and follows the third tranche,
// 2026-03-01. Unsold: 20 mu at 50,000 = 1,000,000, all sold in 2026 (the year after the as-of date).
const rows = (): LedgerRows => ({
  projects: [{ code: 'GG-01', name: '一号' }],
  parcels: [
    { code: 'FK-1', project_code: 'GG-01', status: 'accepted', area_m2: muToSquareMetres(30) },
    { code: 'FK-2', project_code: 'GG-01', status: 'filed', area_m2: muToSquareMetres(10) },
    { code: 'FK-3', project_code: 'GG-01', status: 'completed', area_m2: muToSquareMetres(25) },
  ],
  plots: [{ code: 'JX-1', project_code: 'GG-01', area_m2: muToSquareMetres(10) }],
  sales: [{ code: 'JY-1', project_code: 'GG-01', scope: 'intra_province', buyer: null, quality: null, mu: 10, unit_price_yuan: 30_000, contract_date: '2024-03-01' }],
  payments: [
    { code: 'ZF-1', transaction_code: 'JY-1', due_date: '2024-12-31', paid_date: '2024-12-20', amount_yuan: 100_000 },
    { code: 'ZF-2', transaction_code: 'JY-1', due_date: '2023-12-31', paid_date: null, amount_yuan: 100_000 },
  ],
  loans: [{ code: 'DK-1', lender: '银行', kind: 'policy_loan', principal_yuan: 1_000_000, annual_rate: 0.05, start_date: '2024-01-01', term_years: 2, grace_years: 0, method: 'equal_principal', frequency: 'annual', interest_subsidy: 0.9 }],
  turnover: [],
  tranchePlans: {},
});
const assumptions = { asOfDate: '2025-06-30', unsoldPricePerMu: 50_000, salesPace: { kind: 'on_acceptance' } } as const;
const pick = (plan: ReturnType<ReturnType<typeof createRepaymentModel>['planner']['plan']>) => plan.years.map((y) => [y.year, y.debt_service, y.quota_income, y.net, y.cumulative]);

describe('repayment plan', () => {
  it('adds up by hand: debt service after subsidy against received, overdue, contracted and unsold income', () => {
    const model = createRepaymentModel(rows(), assumptions);
    const plan = model.planner.plan();
    expect(pick(plan)).toEqual([
      [2024, 0, 100_000, 100_000, 100_000],
      [2025, 505_000, 100_000, -405_000, -305_000],
      [2026, 502_500, 1_100_000, 597_500, 292_500],
    ]);
    expect(plan.years.map((y) => y.phase)).toEqual(['history', 'current', 'forecast']);
    expect(plan.years.map((y) => y.future_cumulative)).toEqual([null, -405_000, 192_500]);
    expect(plan.years[1]).toMatchObject({ overdue: 100_000, expected_contracted: 0, received: 0 });
    expect(plan.years[2]).toMatchObject({ received: 0, expected_contracted: 100_000, expected_unsold: 1_000_000, unsold_mu: 20, unsold_price: 50_000 });
    // Coverage and the shortfall look from the as-of year on: 1,200,000 against 1,007,500.
    expect(plan.coverage).toBeCloseTo(1_200_000 / 1_007_500, 12);
    expect(plan.first_shortfall_year).toBe(2025);
    expect(plan.opening_balance).toBe(100_000);
    expect(model.planner.overdue()).toEqual([{ sale_code: 'JY-1', project_code: 'GG-01', buyer: null, payment_code: 'ZF-2', due_date: '2023-12-31', amount: 100_000, days_overdue: 547 }]);
    expect(model.planner.receivables()).toEqual([{ sale_code: 'JY-1', due_to_date: 200_000, received_to_date: 100_000, overdue: 100_000, standing: 'partial' }]);
  });
  it('drops overdue receivables from the forecast when the user says so, and lists them still', () => {
    const model = createRepaymentModel(rows(), { ...assumptions, overdue: 'drop' });
    expect(model.planner.plan().years[1]).toMatchObject({ overdue: 0, quota_income: 0 });
    expect(model.planner.overdue()).toHaveLength(1);
  });
  it('shows a shortfall in the past as history, not as the first shortfall', () => {
    // As of 2026-06-30 the 2025 shortfall is history: the first shortfall is 2026's own (502,500 due against
    // 200,000 overdue, the unsold quota selling only in 2027); as of 2027-01-15 no debt service is left to cover.
    const mid = createRepaymentModel(rows(), { ...assumptions, asOfDate: '2026-06-30' }).planner.plan();
    expect(mid.years.find((y) => y.year === 2025)).toMatchObject({ phase: 'history', future_cumulative: null });
    expect(mid.years.find((y) => y.year === 2025)!.cumulative).toBeLessThan(0);
    expect(mid.first_shortfall_year).toBe(2026);
    expect(mid.years.find((y) => y.year === 2026)).toMatchObject({ overdue: 200_000, future_cumulative: -302_500 });
    const late = createRepaymentModel(rows(), { ...assumptions, asOfDate: '2027-01-15' }).planner.plan();
    expect(late.first_shortfall_year).toBeNull();
    expect(late.coverage).toBeNull();
  });
  it('a lower price lowers only the income from unsold quota', () => {
    const plan = createRepaymentModel(rows(), assumptions).planner.plan({ priceChange: -0.2 });
    expect(plan.years[2]).toMatchObject({ quota_income: 900_000, expected_unsold: 800_000, expected_contracted: 100_000 });
  });
  it('an acceptance delay moves the sales of unsold quota, never a signed contract\'s instalments', () => {
    const plan = createRepaymentModel(rows(), assumptions).planner.plan({ delayYears: 1 });
    expect(pick(plan)).toEqual([
      [2024, 0, 100_000, 100_000, 100_000],
      [2025, 505_000, 100_000, -405_000, -305_000],
      [2026, 502_500, 100_000, -402_500, -707_500],
      [2027, 0, 1_000_000, 1_000_000, 292_500],
    ]);
  });
  it('sells at the county\'s past pace by default: 10 mu signed over 2024–2025 = 5 mu a year', () => {
    const model = createRepaymentModel(rows(), { asOfDate: '2025-06-30', unsoldPricePerMu: 50_000 });
    const plan = model.planner.plan();
    expect(plan.years.filter((y) => y.unsold_mu > 0).map((y) => [y.year, y.unsold_mu, y.expected_unsold])).toEqual([
      [2026, 5, 250_000], [2027, 5, 250_000], [2028, 5, 250_000], [2029, 5, 250_000],
    ]);
    expect(model.planner.assumptionsInEffect()).toMatchObject({ sales_pace: { kind: 'mu_per_year', muPerYear: 5 }, sales_pace_source: 'past_sales', unsold_mu: 20, first_sale_year: 2026 });
    // Half the pace: 2.5 mu a year for eight years.
    expect(model.planner.plan({ paceFactor: 0.5 }).years.filter((y) => y.unsold_mu > 0)).toHaveLength(8);
  });
  it('follows the price path of the unsold scope, the last year carried forward', () => {
    const plan = createRepaymentModel(rows(), { asOfDate: '2025-06-30', salesPace: { kind: 'mu_per_year', muPerYear: 5 }, scopePrices: { intra_province: 40_000, cross_province: 90_000 }, pricePath: { intra_province: { '2028': 20_000 } } }).planner.plan();
    expect(plan.years.filter((y) => y.unsold_mu > 0).map((y) => y.unsold_price)).toEqual([40_000, 40_000, 20_000, 20_000]);
  });
  it('finds the break-even price of unsold quota by hand: 35,375 yuan/mu keeps 2024–2026 covered', () => {
    // As of 2024-06-30: 2024 has 100,000 contracted and 100,000 overdue; 2025 owes 505,000 against 20 mu × P;
    // 2026 owes 502,500 against 100,000: 200,000 + 20 P − 505,000 + 100,000 − 502,500 ≥ 0 ⇔ P ≥ 35,375.
    const { planner } = createRepaymentModel(rows(), { ...assumptions, asOfDate: '2024-06-30' });
    expect(breakEvenPrice(planner, {})).toBe(35_375);
    expect(planner.plan({ flatUnsoldPrice: 35_375 }).first_shortfall_year).toBeNull();
    expect(planner.plan({ flatUnsoldPrice: 35_374 }).first_shortfall_year).toBe(2026);
    // As of 2025-06-30 the as-of year itself falls short before any unsold quota is paid: no price is enough.
    expect(breakEvenPrice(createRepaymentModel(rows(), assumptions).planner, {})).toBeNull();
  });
  it('sets the named scenarios side by side: each lower price, delay or slower pace covers no more than the base', () => {
    const { planner } = createRepaymentModel(rows(), { asOfDate: '2024-06-30', unsoldPricePerMu: 50_000 });
    const results = scenarioResults(planner, {});
    const base = results[0]!;
    for (const r of results.slice(1, 7)) expect(r.min_future_cumulative!).toBeLessThanOrEqual(base.min_future_cumulative!);
    expect(sensitivityTable(planner, {}).coverage.every((row) => row.every((c, i) => i === 0 || c! >= row[i - 1]!))).toBe(true);
  });
  it('reserves only a share of income for the loans', () => {
    const plan = createRepaymentModel(rows(), assumptions).planner.plan({ reserveShare: 0.5 });
    expect(plan.years.map((y) => y.quota_income)).toEqual([50_000, 50_000, 550_000]);
    expect(plan.coverage).toBeCloseTo(600_000 / 1_007_500, 12);
  });
  it('prices unsold quota at the preset price of its scope when no price is assumed', () => {
    const plan = createRepaymentModel(rows(), { asOfDate: '2025-06-30', salesPace: { kind: 'on_acceptance' } }).planner.plan();
    expect(plan.years.at(-1)!.expected_unsold).toBe(20 * 250_000);
  });
  it('refuses scenarios that make no sense', () => {
    const { planner } = createRepaymentModel(rows(), assumptions);
    expect(() => planner.plan({ delayYears: -1 })).toThrow(/delay/);
    expect(() => planner.plan({ reserveShare: 2 })).toThrow(/reserved/);
  });
  it('changes at once when a parcel is accepted on the map', () => {
    const model = createRepaymentModel(rows(), assumptions);
    const before = model.planner.plan();
    expect(applyLedgerEdit(model.ledger, { kind: 'set-parcel-status', parcelCode: 'FK-3', status: 'accepted' }).applied).toBe(true);
    const after = model.planner.plan();
    // 25 more mu at 50,000 = 1,250,000 more in 2026.
    expect(after.years[2]!.expected_unsold - before.years[2]!.expected_unsold).toBe(1_250_000);
    expect(after.coverage!).toBeGreaterThan(before.coverage!);
  });
  it('sees new sales and payments', () => {
    const model = createRepaymentModel(rows(), assumptions);
    applyLedgerEdit(model.ledger, { kind: 'put-payment', payment: { code: 'ZF-3', transaction_code: 'JY-1', due_date: null, paid_date: '2025-03-01', amount_yuan: 100_000 } });
    const plan = model.planner.plan();
    // ZF-2 is still unpaid (overdue, kept in 2025); the new payment covers the amount no row covered, due in 2026.
    expect(plan.years[1]).toMatchObject({ received: 100_000, overdue: 100_000 });
    expect(plan.years[2]).toMatchObject({ received: 0, expected_contracted: 0 });
  });
  it('reports loans it cannot schedule and plans without them', () => {
    const bad = { ...rows(), loans: [{ ...rows().loans[0]!, code: 'DK-9', grace_years: 3 }] };
    const model = createRepaymentModel(bad, assumptions);
    expect(model.loanProblems).toEqual(['loan DK-9 is left out of the plan: the grace period (3 years) must be shorter than the term (2 years); correct it in the loans table']);
  });
  it('recomputed after any status changes, equals a plan computed from scratch', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ parcel: fc.constantFrom('FK-1', 'FK-2', 'FK-3'), status: fc.constantFrom(...enumValues('parcel_status')) }), { maxLength: 12 }), (changes) => {
        const model = createRepaymentModel(rows(), assumptions);
        let current = rows();
        for (const change of changes) {
          const result = applyLedgerEdit(model.ledger, { kind: 'set-parcel-status', parcelCode: change.parcel, status: change.status }, { acknowledgeWarnings: true });
          expect(result.applied).toBe(true);
          current = { ...current, parcels: current.parcels.map((p) => (p.code === change.parcel ? { ...p, status: change.status } : p)) };
        }
        expect(model.planner.plan({ priceChange: -0.1 })).toEqual(createRepaymentModel(current, assumptions).planner.plan({ priceChange: -0.1 }));
      }),
      { numRuns: 100 },
    );
  });
});
