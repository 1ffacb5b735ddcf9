// Properties of the ledger under any sequence of edits: the surplus is never negative, sold never exceeds the surplus
// after accepted edits (edits with warnings are refused unless acknowledged, and these are not), refused edits change
// nothing, and the live tallies always equal a recount from the rows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enumValues } from '../domain/enums';
import { muToSquareMetres } from '../domain/units';
import { applyLedgerEdit } from './apply-ledger-edit';
import type { LedgerEdit } from './ledger-edit';
import type { LedgerRows } from './ledger-rows';
import { projectQuotas } from './project-quota';
import { QuotaLedger } from './quota-ledger';

const PROJECTS = ['GG-01', 'GG-02', 'GG-03'];
const PARCELS = Array.from({ length: 12 }, (_, i) => `FK-${i}`);
const PLOTS = ['JX-0', 'JX-1', 'JX-2', 'JX-3'];
const SALES = ['JY-0', 'JY-1', 'JY-2', 'JY-3', 'JY-4'];

const project = fc.constantFrom(...PROJECTS);
const areaM2 = fc.integer({ min: 0, max: 300_000 }).map((hundredths) => muToSquareMetres(hundredths / 100));
const edit: fc.Arbitrary<LedgerEdit> = fc.oneof(
  fc.record({ kind: fc.constant('set-parcel-status' as const), parcelCode: fc.constantFrom(...PARCELS), status: fc.constantFrom(...enumValues('parcel_status')) }),
  fc.record({ kind: fc.constant('put-parcel' as const), parcel: fc.record({ code: fc.constantFrom(...PARCELS), project_code: fc.option(project, { nil: null }), status: fc.constantFrom(...enumValues('parcel_status')), area_m2: areaM2 }) }),
  fc.record({ kind: fc.constant('remove-parcel' as const), parcelCode: fc.constantFrom(...PARCELS) }),
  fc.record({ kind: fc.constant('put-plot' as const), plot: fc.record({ code: fc.constantFrom(...PLOTS), project_code: project, area_m2: areaM2 }) }),
  fc.record({ kind: fc.constant('remove-plot' as const), plotCode: fc.constantFrom(...PLOTS) }),
  fc.record({
    kind: fc.constant('put-sale' as const),
    sale: fc.record({
      code: fc.constantFrom(...SALES),
      project_code: project,
      scope: fc.constantFrom('intra_province' as const, 'cross_province' as const),
      buyer: fc.constant(null),
      quality: fc.constant(null),
      mu: fc.integer({ min: 1, max: 100_000 }).map((h) => h / 100),
      unit_price_yuan: fc.constantFrom(200_000, 300_000),
      contract_date: fc.constantFrom('2021-01-01', '2022-06-30', null),
    }),
  }),
  fc.record({ kind: fc.constant('remove-sale' as const), saleCode: fc.constantFrom(...SALES) }),
);

const initialRows: LedgerRows = {
  projects: PROJECTS.map((code) => ({ code, name: code })),
  parcels: PARCELS.map((code, i) => ({ code, project_code: PROJECTS[i % 3]!, status: i % 2 ? 'accepted' : 'planned', area_m2: muToSquareMetres(50 + i * 10) })),
  plots: [{ code: 'JX-0', project_code: 'GG-01', area_m2: muToSquareMetres(40) }],
  sales: [],
  payments: [],
  loans: [],
  turnover: [],
  tranchePlans: {},
};

function snapshot(ledger: QuotaLedger) {
  return {
    quotas: ledger.quotas(),
    parcels: PARCELS.map((c) => ledger.parcel(c) ?? null),
    plots: PLOTS.map((c) => ledger.plot(c) ?? null),
    sales: SALES.map((c) => ledger.sale(c) ?? null),
  };
}

describe('ledger properties under any sequence of edits', () => {
  it('surplus ≥ 0, sold ≤ surplus, refused edits change nothing, live tallies equal a recount', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        const ledger = new QuotaLedger(initialRows);
        for (const e of edits) {
          const before = snapshot(ledger);
          const result = applyLedgerEdit(ledger, e);
          if (!result.applied) expect(snapshot(ledger)).toEqual(before);
          for (const quota of ledger.quotas()) {
            expect(quota.surplus_mu).toBeGreaterThanOrEqual(0);
            expect(quota.sold_mu).toBeLessThanOrEqual(quota.surplus_mu + 1e-6);
          }
        }
        const recount = projectQuotas({
          projects: initialRows.projects,
          parcels: PARCELS.flatMap((c) => ledger.parcel(c) ?? []),
          plots: PLOTS.flatMap((c) => ledger.plot(c) ?? []),
          sales: SALES.flatMap((c) => ledger.sale(c) ?? []),
        });
        const live = ledger.quotas().filter((q) => recount.some((r) => r.code === q.code));
        expect(live.map(({ sold_mu, available_mu, ...areas }) => ({ ...areas, sold: Math.round(sold_mu * 100), available: Math.round(available_mu * 100) }))).toEqual(
          recount.map(({ sold_mu, available_mu, ...areas }) => ({ ...areas, sold: Math.round(sold_mu * 100), available: Math.round(available_mu * 100) })),
        );
      }),
      { numRuns: 300 },
    );
  });
  it('the surplus stays non-negative even with acknowledged warnings', () => {
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 40 }), (edits) => {
        const ledger = new QuotaLedger(initialRows);
        for (const e of edits) applyLedgerEdit(ledger, e, { acknowledgeWarnings: true });
        for (const quota of ledger.quotas()) expect(quota.surplus_mu).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 100 },
    );
  });
});
