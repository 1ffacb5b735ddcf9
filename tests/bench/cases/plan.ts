// Repayment plan of 50 linkage projects × 10,000 parcels × 20 loans: computed from scratch (ledger tallies, loan
// schedules, contracted income, plan), then recomputed after one parcel's status changes (the ledger updates the
// project's tally by delta and the planner replans from cached figures). Goal: the recomputation fits in one
// frame of UI work (16 ms), i.e. it is incremental.
import { enumValues } from '../../../shared/domain/enums';
import { muToSquareMetres } from '../../../shared/domain/units';
import { applyLedgerEdit } from '../../../shared/ledger/apply-ledger-edit';
import type { LedgerRows, LoanRow, ParcelRow, QuotaPaymentRow, QuotaSaleRow } from '../../../shared/ledger/ledger-rows';
import { createRepaymentModel } from '../../../shared/ledger/repayment-model';
import { breakEvenPrice, scenarioResults, sensitivityTable } from '../../../shared/finance/plan/plan-scenarios';
import { timeMs, type BenchCase } from '../bench-types';

const ASSUMPTIONS = { asOfDate: '2025-06-30', unsoldPricePerMu: 280_000 };

function syntheticLedger(projectCount: number, parcelsPerProject: number, loanCount: number): LedgerRows {
  let seed = 20250630;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const statuses = enumValues('parcel_status');
  const parcels: ParcelRow[] = [];
  const sales: QuotaSaleRow[] = [];
  const payments: QuotaPaymentRow[] = [];
  const projects = Array.from({ length: projectCount }, (_, p) => ({ code: `GG-${String(p + 1).padStart(3, '0')}`, name: `挂钩项目 ${p + 1}` }));
  for (const project of projects) {
    for (let i = 0; i < parcelsPerProject; i++) {
      parcels.push({ code: `${project.code}-FK-${i}`, project_code: project.code, status: statuses[Math.floor(random() * statuses.length)]!, area_m2: muToSquareMetres(0.3 + random() * 12) });
    }
    // Three sales of a modest share of what the project will surely have, each paid in three tranches.
    for (let s = 1; s <= 3; s++) {
      const code = `JY-${project.code.slice(3)}-${s}`;
      const mu = Math.round(parcelsPerProject * 0.05 * 100) / 100;
      sales.push({ code, project_code: project.code, scope: s === 1 ? 'cross_province' : 'intra_province', buyer: null, quality: null, mu, unit_price_yuan: 300_000, contract_date: `${2019 + s}-05-01` });
      for (let k = 0; k < 3; k++) {
        payments.push({ code: `ZF-${code.slice(3)}-${k}`, transaction_code: code, due_date: `${2019 + s + k}-12-31`, paid_date: 2019 + s + k <= 2024 ? `${2019 + s + k}-12-20` : null, amount_yuan: Math.round((mu * 300_000) / 3) });
      }
    }
  }
  const frequencies = ['annual', 'semiannual', 'quarterly', 'monthly'] as const;
  const loans: LoanRow[] = Array.from({ length: loanCount }, (_, i) => ({
    code: `DK-${i + 1}`,
    lender: 'bench',
    kind: 'policy_loan',
    principal_yuan: 5_000_000 + i * 1_000_000,
    annual_rate: 0.0441,
    start_date: `${2016 + (i % 4)}-06-20`,
    term_years: 20,
    grace_years: 5,
    method: i % 2 ? 'annuity' : 'equal_principal',
    frequency: frequencies[i % 4]!,
    interest_subsidy: 0.9,
  }));
  return { projects, parcels, plots: projects.map((p) => ({ code: `${p.code}-JX`, project_code: p.code, area_m2: muToSquareMetres(parcelsPerProject * 0.5) })), sales, payments, loans, turnover: [], tranchePlans: {} };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const bench: BenchCase = {
  title: 'repayment plan',
  async run(context) {
    const [projects, parcelsPerProject, loanCount] = context.quick ? [5, 1_000, 20] : [50, 10_000, 20];
    const rows = syntheticLedger(projects, parcelsPerProject, loanCount);
    const label = `${projects} projects × ${parcelsPerProject.toLocaleString('en')} parcels × ${loanCount} loans`;

    // Full computation, median of a few runs (the first warms the JIT).
    let model = createRepaymentModel(rows, ASSUMPTIONS);
    const full: number[] = [];
    for (let i = 0; i < (context.quick ? 3 : 5); i++) full.push(await timeMs(() => (model = createRepaymentModel(rows, ASSUMPTIONS)).planner.plan()));
    model.planner.plan();

    // One parcel's status change then a new plan, many times over different parcels.
    const incremental: number[] = [];
    const statuses = enumValues('parcel_status');
    for (let i = 0; i < 500; i++) {
      const parcel = rows.parcels[(i * 7919) % rows.parcels.length]!;
      const status = statuses[i % statuses.length]!;
      incremental.push(await timeMs(() => {
        applyLedgerEdit(model.ledger, { kind: 'set-parcel-status', parcelCode: parcel.code, status }, { acknowledgeWarnings: true });
        model.planner.plan();
      }));
    }
    // What the plan tab asks for besides the plan: the named scenarios, the sensitivity table and the break-even
    // price (a bisection over whole yuan), each a few dozen plans from the cached schedules.
    const extras: number[] = [];
    for (let i = 0; i < (context.quick ? 3 : 5); i++) {
      extras.push(await timeMs(() => {
        scenarioResults(model.planner, {});
        sensitivityTable(model.planner, {});
        breakEvenPrice(model.planner, {});
      }));
    }
    const extrasMs = median(extras);
    const fullMs = median(full);
    const incrementalMs = median(incremental);
    const sorted = [...incremental].sort((a, b) => a - b);
    const p99Ms = sorted[Math.floor(sorted.length * 0.99)]!;
    const worstMs = sorted.at(-1)!;
    return [
      { name: `plan after one status change (${label})`, value: incrementalMs, unit: 'ms', anchor: { name: 'full compute', value: fullMs, unit: 'ms' }, ratio: incrementalMs / fullMs, goal: '< 16 ms (one frame)', note: 'median of 500 changes' },
      { name: 'plan after one status change, 99th percentile of 500', value: p99Ms, unit: 'ms', goal: '< 16 ms', note: `slowest ${worstMs.toFixed(2)} ms (a garbage collection can land in any one change)` },
      { name: `full compute (${label})`, value: fullMs, unit: 'ms' },
      { name: 'scenarios, sensitivity and break-even price', value: extrasMs, unit: 'ms', anchor: { name: 'full compute', value: fullMs, unit: 'ms' }, ratio: extrasMs / fullMs, note: '8 scenarios, 15 sensitivity cells, break-even bisection' },
    ];
  },
};

export default bench;
