// The repayment plan: per year, debt service after subsidy against quota income reserved for the loans, the net and
// the cumulative balance; the coverage ratio over the whole plan and the first year the balance goes negative.
import { fenToYuan } from '../money';

export interface RepaymentPlanYear {
  year: number;
  /** Yuan the county pays on its loans this year (principal + interest − subsidy). */
  debt_service: number;
  /** Yuan of quota income reserved for the loans this year (received + expected, × reserve share). */
  quota_income: number;
  net: number;
  cumulative: number;
  /** Where quota_income comes from, before the reserve share: received, expected from contracts, from unsold quota. */
  received: number;
  expected_contracted: number;
  expected_unsold: number;
}

export interface RepaymentPlan {
  years: RepaymentPlanYear[];
  /** Σ quota income / Σ debt service over the plan; null when there is no debt service. */
  coverage: number | null;
  /** The first year the cumulative balance is below zero; null when it never is. */
  first_shortfall_year: number | null;
}

export interface PlanYearFen {
  readonly debtService: number;
  readonly received: number;
  readonly expectedContracted: number;
  readonly expectedUnsold: number;
}

/** Builds the plan from amounts per year in fen (years with nothing are filled in between the first and last). */
export function assembleRepaymentPlan(byYear: ReadonlyMap<number, PlanYearFen>, reserveShare: number): RepaymentPlan {
  if (byYear.size === 0) return { years: [], coverage: null, first_shortfall_year: null };
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  const years: RepaymentPlanYear[] = [];
  let cumulative = 0;
  let totalIncome = 0;
  let totalDebt = 0;
  let firstShortfall: number | null = null;
  for (let year = first; year <= last; year++) {
    const y = byYear.get(year) ?? { debtService: 0, received: 0, expectedContracted: 0, expectedUnsold: 0 };
    const income = Math.round((y.received + y.expectedContracted + y.expectedUnsold) * reserveShare);
    const net = income - y.debtService;
    cumulative += net;
    totalIncome += income;
    totalDebt += y.debtService;
    if (firstShortfall === null && cumulative < 0) firstShortfall = year;
    years.push({
      year,
      debt_service: fenToYuan(y.debtService),
      quota_income: fenToYuan(income),
      net: fenToYuan(net),
      cumulative: fenToYuan(cumulative),
      received: fenToYuan(y.received),
      expected_contracted: fenToYuan(y.expectedContracted),
      expected_unsold: fenToYuan(y.expectedUnsold),
    });
  }
  return { years, coverage: totalDebt > 0 ? totalIncome / totalDebt : null, first_shortfall_year: firstShortfall };
}
