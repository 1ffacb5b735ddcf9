// Scenarios side by side, a sensitivity table, and the break-even price: what the finance office asks of a plan
// before signing it. Each is the same plan recomputed with one assumption changed; nothing here has its own arithmetic.
import type { PlanScenario } from './plan-inputs';
import type { RepaymentPlan } from './repayment-plan';
import type { RepaymentPlanner } from './repayment-planner';

export type ScenarioId = 'base' | 'price_-10' | 'price_-20' | 'price_-30' | 'delay_1' | 'delay_2' | 'slower_sales' | 'higher_lpr';

/** The named what-ifs: each changes one thing of the base. Slower sales: half the pace; higher LPR: one point up. */
export const NAMED_SCENARIOS: readonly { readonly id: ScenarioId; readonly change: Partial<PlanScenario> }[] = [
  { id: 'base', change: {} },
  { id: 'price_-10', change: { priceChange: -0.1 } },
  { id: 'price_-20', change: { priceChange: -0.2 } },
  { id: 'price_-30', change: { priceChange: -0.3 } },
  { id: 'delay_1', change: { delayYears: 1 } },
  { id: 'delay_2', change: { delayYears: 2 } },
  { id: 'slower_sales', change: { paceFactor: 0.5 } },
  { id: 'higher_lpr', change: { lprShift: 0.01 } },
];

export interface ScenarioResult {
  id: ScenarioId;
  coverage: number | null;
  first_shortfall_year: number | null;
  min_future_cumulative: number | null;
  /** Σ income and Σ debt service from the as-of year on, yuan. */
  future_income: number;
  future_debt_service: number;
}

export function summarise(id: ScenarioId, plan: RepaymentPlan): ScenarioResult {
  const future = plan.years.filter((y) => y.phase !== 'history');
  return {
    id,
    coverage: plan.coverage === null ? null : round4(plan.coverage),
    first_shortfall_year: plan.first_shortfall_year,
    min_future_cumulative: plan.min_future_cumulative,
    future_income: cents(future.reduce((s, y) => s + y.quota_income, 0)),
    future_debt_service: cents(future.reduce((s, y) => s + y.debt_service, 0)),
  };
}

/** The named scenarios on top of `base` (the user's reserve share and what-ifs stay; each adds its change). */
export function scenarioResults(planner: RepaymentPlanner, base: Partial<PlanScenario>): ScenarioResult[] {
  return NAMED_SCENARIOS.map(({ id, change }) => summarise(id, planner.plan({ ...base, ...change })));
}

export interface SensitivityTable {
  price_changes: number[];
  delays: number[];
  /** coverage[delay index][price index], from the as-of year on. */
  coverage: (number | null)[][];
}

export function sensitivityTable(planner: RepaymentPlanner, base: Partial<PlanScenario>, priceChanges = [-0.3, -0.2, -0.1, 0, 0.1], delays = [0, 1, 2]): SensitivityTable {
  return {
    price_changes: priceChanges,
    delays,
    coverage: delays.map((delayYears) => priceChanges.map((priceChange) => {
      const c = planner.plan({ ...base, priceChange, delayYears }).coverage;
      return c === null ? null : round4(c);
    })),
  };
}

const covered = (plan: RepaymentPlan) => plan.first_shortfall_year === null;

/**
 * The lowest price of unsold quota (yuan/mu, whole yuan, every year alike) at which no year from the as-of year on
 * falls short, under `base`'s other settings. 0 when the plan is covered without selling any more; null when no price
 * is enough (a shortfall comes before any unsold quota could be paid, or nothing is left to sell).
 */
export function breakEvenPrice(planner: RepaymentPlanner, base: Partial<PlanScenario>): number | null {
  const at = (price: number) => planner.plan({ ...base, priceChange: 0, flatUnsoldPrice: price });
  if (covered(at(0))) return 0;
  let high = 1_000_000;
  while (!covered(at(high))) {
    high *= 4;
    if (high > 1e10) return null;
  }
  let low = 0;
  while (high - low > 1) {
    const mid = Math.floor((low + high) / 2);
    if (covered(at(mid))) high = mid;
    else low = mid;
  }
  return high;
}

const round4 = (x: number) => Math.round(x * 10_000) / 10_000;
const cents = (x: number) => Math.round(x * 100) / 100;
