// The repayment plan: per year, debt service after subsidy against quota income reserved for the loans, the net and
// the cumulative balance. The as-of date splits it: years before its year are history (what was received and paid);
// its year and later are the forecast, whose income is contracted (instalments of signed sales), overdue (kept in the
// as-of year, flagged, unless the user drops it) and assumed (unsold quota). Coverage and the first shortfall look at
// the forecast only, with its own cumulative balance starting at zero: whether the coming years' income covers the
// coming years' debt service. A shortfall in the past is history, not an alarm.
import { fenToYuan } from '../money';

export type PlanPhase = 'history' | 'current' | 'forecast';

export interface RepaymentPlanYear {
  year: number;
  /** Yuan the county pays on its loans this year (principal + interest − subsidy). */
  debt_service: number;
  /** Yuan of quota income reserved for the loans this year (all sources, × reserve share). */
  quota_income: number;
  net: number;
  /** Running balance over every year of the plan, history included. */
  cumulative: number;
  /** Where quota_income comes from, before the reserve share: received, contracted, overdue (kept), unsold. */
  received: number;
  expected_contracted: number;
  expected_unsold: number;
  overdue: number;
  /** history (before the as-of year), current (the as-of year), forecast (after). */
  phase: PlanPhase;
  /** Running balance of the forecast alone (from the as-of year, starting at zero); null in history years. */
  future_cumulative: number | null;
  /** Mu of unsold quota assumed sold this year, and at what price (yuan/mu, after the scenario's change). */
  unsold_mu: number;
  unsold_price: number | null;
}

export interface RepaymentPlan {
  as_of_date: string;
  years: RepaymentPlanYear[];
  /** Σ quota income / Σ debt service from the as-of year on; null when no debt service is left. */
  coverage: number | null;
  /** The first year, from the as-of year on, whose forecast balance is below zero; null when none is. */
  first_shortfall_year: number | null;
  /** The lowest forecast balance (yuan), and the same ratio as coverage over the history years. */
  min_future_cumulative: number | null;
  history_coverage: number | null;
  /** The balance of the history years, carried into the as-of year (not counted in the forecast). */
  opening_balance: number;
}

export interface PlanYearFen {
  debtService: number;
  received: number;
  contracted: number;
  overdue: number;
  unsold: number;
  unsoldMu: number;
  unsoldPrice: number | null;
}

export const emptyPlanYear = (): PlanYearFen => ({ debtService: 0, received: 0, contracted: 0, overdue: 0, unsold: 0, unsoldMu: 0, unsoldPrice: null });

/** Builds the plan from amounts per year in fen (years with nothing are filled in between the first and last). */
export function assembleRepaymentPlan(byYear: ReadonlyMap<number, PlanYearFen>, reserveShare: number, asOfDate: string): RepaymentPlan {
  const asOfYear = Number(asOfDate.slice(0, 4));
  const empty: RepaymentPlan = { as_of_date: asOfDate, years: [], coverage: null, first_shortfall_year: null, min_future_cumulative: null, history_coverage: null, opening_balance: 0 };
  if (byYear.size === 0) return empty;
  const first = Math.min(...byYear.keys());
  const last = Math.max(...byYear.keys());
  const years: RepaymentPlanYear[] = [];
  let cumulative = 0, future = 0, opening = 0;
  let futureIncome = 0, futureDebt = 0, pastIncome = 0, pastDebt = 0;
  let firstShortfall: number | null = null;
  let minFuture: number | null = null;
  for (let year = first; year <= last; year++) {
    const y = byYear.get(year) ?? emptyPlanYear();
    const income = Math.round((y.received + y.contracted + y.overdue + y.unsold) * reserveShare);
    const net = income - y.debtService;
    cumulative += net;
    const phase: PlanPhase = year < asOfYear ? 'history' : year === asOfYear ? 'current' : 'forecast';
    if (phase === 'history') {
      pastIncome += income;
      pastDebt += y.debtService;
      opening = cumulative;
    } else {
      future += net;
      futureIncome += income;
      futureDebt += y.debtService;
      if (firstShortfall === null && future < 0) firstShortfall = year;
      minFuture = minFuture === null ? future : Math.min(minFuture, future);
    }
    years.push({
      year,
      debt_service: fenToYuan(y.debtService),
      quota_income: fenToYuan(income),
      net: fenToYuan(net),
      cumulative: fenToYuan(cumulative),
      received: fenToYuan(y.received),
      expected_contracted: fenToYuan(y.contracted),
      expected_unsold: fenToYuan(y.unsold),
      overdue: fenToYuan(y.overdue),
      phase,
      future_cumulative: phase === 'history' ? null : fenToYuan(future),
      unsold_mu: y.unsoldMu,
      unsold_price: y.unsoldPrice,
    });
  }
  return {
    as_of_date: asOfDate,
    years,
    coverage: futureDebt > 0 ? futureIncome / futureDebt : null,
    first_shortfall_year: firstShortfall,
    min_future_cumulative: minFuture === null ? null : fenToYuan(minFuture),
    history_coverage: pastDebt > 0 ? pastIncome / pastDebt : null,
    opening_balance: fenToYuan(opening),
  };
}
