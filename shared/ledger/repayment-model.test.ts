// The repayment plan on a ledger small enough to add up by hand, its scenarios, and its incremental recomputation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumValues } from '../domain/enums';
import { muToSquareMetres } from '../domain/units';
import { applyLedgerEdit } from './apply-ledger-edit';
import type { LedgerRows } from './ledger-rows';
import { createRepaymentModel } from './repayment-model';

// Loan: 1,000,000 at 5 %, 2 years, equal principal, 90 % subsidy, from 2024-01-01:
//   2025: 500,000 principal + 50,000 interest − 45,000 subsidy = 505,000
//   2026: 500,000 principal + 25,000 interest − 22,500 subsidy = 502,500
// Quota: 40 mu accepted − 10 mu construction = 30 mu surplus; 10 mu sold at 30,000 = 300,000 (3 annual tranches from
// 2024-03-01): 100,000 paid in 2024; 100,000 due 2023-12-31 unpaid, so overdue and expected in the as-of year 2025;
// the last 100,000 has no payment row and follows the third tranche, 2026. Unsold: 20 mu at 50,000 = 1,000,000 in 2026.
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
const assumptions = { asOfDate: '2025-06-30', unsoldPricePerMu: 50_000 };
const pick = (plan: ReturnType<ReturnType<typeof createRepaymentModel>['planner']['plan']>) => plan.years.map((y) => [y.year, y.debt_service, y.quota_income, y.net, y.cumulative]);

describe('repayment plan', () => {
  it('adds up by hand: debt service after subsidy against received, contracted and unsold income', () => {
    const plan = createRepaymentModel(rows(), assumptions).planner.plan();
    expect(pick(plan)).toEqual([
      [2024, 0, 100_000, 100_000, 100_000],
      [2025, 505_000, 100_000, -405_000, -305_000],
      [2026, 502_500, 1_100_000, 597_500, 292_500],
    ]);
    expect(plan.years[2]).toMatchObject({ received: 0, expected_contracted: 100_000, expected_unsold: 1_000_000 });
    expect(plan.coverage).toBeCloseTo(1_300_000 / 1_007_500, 12);
    expect(plan.first_shortfall_year).toBe(2025);
  });
  it('a lower price lowers only the income from unsold quota', () => {
    const plan = createRepaymentModel(rows(), assumptions).planner.plan({ priceChange: -0.2 });
    expect(plan.years[2]).toMatchObject({ quota_income: 900_000, expected_unsold: 800_000, expected_contracted: 100_000 });
  });
  it('an acceptance delay moves all income not yet received', () => {
    const plan = createRepaymentModel(rows(), assumptions).planner.plan({ delayYears: 1 });
    expect(pick(plan)).toEqual([
      [2024, 0, 100_000, 100_000, 100_000],
      [2025, 505_000, 0, -505_000, -405_000],
      [2026, 502_500, 100_000, -402_500, -807_500],
      [2027, 0, 1_100_000, 1_100_000, 292_500],
    ]);
  });
  it('reserves only a share of income for the loans', () => {
    const plan = createRepaymentModel(rows(), assumptions).planner.plan({ reserveShare: 0.5 });
    expect(plan.years.map((y) => y.quota_income)).toEqual([50_000, 50_000, 550_000]);
    expect(plan.coverage).toBeCloseTo(650_000 / 1_007_500, 12);
  });
  it('prices unsold quota at the average contracted price when no price is assumed', () => {
    const plan = createRepaymentModel(rows(), { asOfDate: '2025-06-30' }).planner.plan();
    expect(plan.years.at(-1)!.expected_unsold).toBe(20 * 30_000);
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
    // ZF-2 is still unpaid (expected in 2025); the new payment covers the amount no row covered, due in 2026.
    expect(plan.years[1]).toMatchObject({ received: 100_000, expected_contracted: 100_000 });
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
