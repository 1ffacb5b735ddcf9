// The repayment plan as live state: loan schedules and contracted income are computed once and cached (the latter
// until a sale or payment changes), so after a parcel's status changes (the ledger updates its project's tally by
// delta) a new plan costs one pass over the projects and the years, not over parcels or loan periods.
import { parseIsoDate } from '../calendar-date';
import type { LoanTerms } from '../loan-terms';
import { DEFAULT_LPR_PATH, type LprPath } from '../rate-schedule';
import { contractedIncome, type ContractedIncome } from './contracted-income';
import { debtServiceByYear, shiftedLprPath } from './debt-service-by-year';
import { DEFAULT_PLAN_SCENARIO, FALLBACK_SCOPE_PRICES, type OverdueHandling, type PlanAssumptions, type PlanQuotaSource, type PlanScenario, type SalesPace, type UnsoldScope } from './plan-inputs';
import { overdueReceivables, saleReceivables, type OverdueReceivable, type SaleReceivable } from './receivables';
import { assembleRepaymentPlan, emptyPlanYear, type PlanYearFen, type RepaymentPlan } from './repayment-plan';
import { pathPrice, unsoldSales } from './unsold-sales';
import type { YearAmounts } from './year-amounts';

/** The assumptions the plan was computed with, defaults filled in: what the screens, the JSON and the workbook show. */
export interface AssumptionsInEffect {
  as_of_date: string;
  sales_pace: SalesPace;
  /** Where the pace came from: the user's setting, or the county's signed mu ÷ years since its first contract. */
  sales_pace_source: 'assumed' | 'past_sales' | 'none';
  unsold_mu: number;
  first_sale_year: number;
  unsold_scope: UnsoldScope;
  /** The pool's base price (yuan/mu) before the path's years. */
  base_price: number;
  price_path: Readonly<Record<string, number>>;
  reserve_share: number;
  overdue: OverdueHandling;
  lpr_path: LprPath;
  delay_applies_to: 'unsold_quota';
}

export class RepaymentPlanner {
  private loans: readonly LoanTerms[];
  private debt = new Map<number, YearAmounts>();
  private contracts: ContractedIncome | undefined;
  private contractsVersion = -1;
  private asOfYear: number;

  constructor(
    private readonly source: PlanQuotaSource,
    loans: readonly LoanTerms[],
    private assumptions: PlanAssumptions,
  ) {
    this.loans = loans;
    this.asOfYear = asOfYearOf(assumptions);
  }

  setLoans(loans: readonly LoanTerms[]): void {
    this.loans = loans;
    this.debt.clear();
  }

  setAssumptions(assumptions: PlanAssumptions): void {
    this.assumptions = assumptions;
    this.asOfYear = asOfYearOf(assumptions);
    this.contractsVersion = -1;
    this.debt.clear();
  }

  get asOfDate(): string {
    return this.assumptions.asOfDate;
  }

  plan(scenario: Partial<PlanScenario> = {}): RepaymentPlan {
    const s = { ...DEFAULT_PLAN_SCENARIO, ...scenario };
    const { priceChange, delayYears, reserveShare } = s;
    const paceFactor = s.paceFactor ?? 1;
    const lprShift = s.lprShift ?? 0;
    if (!(Number.isFinite(priceChange) && priceChange >= -1)) throw new RangeError(`the price change must be a share of −1 (free) or more, not ${priceChange}`);
    if (!(Number.isInteger(delayYears) && delayYears >= 0)) throw new RangeError(`the acceptance delay must be a whole number of years, 0 or more, not ${delayYears}`);
    if (!(reserveShare >= 0 && reserveShare <= 1)) throw new RangeError(`the share of income reserved for loans must be from 0 to 1, not ${reserveShare}`);
    if (!(paceFactor > 0)) throw new RangeError(`the sales pace factor must be above 0, not ${paceFactor}`);
    if (!Number.isFinite(lprShift)) throw new RangeError(`the LPR shift must be a rate, not ${lprShift}`);

    const contracts = this.contractedIncome();
    const byYear = new Map<number, PlanYearFen>();
    const at = (year: number) => {
      let entry = byYear.get(year);
      if (!entry) byYear.set(year, (entry = emptyPlanYear()));
      return entry;
    };
    for (const [year, fen] of this.debtFor(lprShift)) at(year).debtService += fen;
    for (const [year, fen] of contracts.received) at(year).received += fen;
    // Signed contracts keep their due dates whatever the scenario: a delay in acceptance does not move them.
    for (const [year, fen] of contracts.contracted) at(year).contracted += fen;
    if (this.overdueHandling() === 'keep' && contracts.overdueFen > 0) at(this.asOfYear).overdue += contracts.overdueFen;

    const a = this.inEffect(contracts);
    const pace: SalesPace = a.sales_pace.kind === 'mu_per_year' ? { kind: 'mu_per_year', muPerYear: a.sales_pace.muPerYear * paceFactor } : a.sales_pace;
    const priceOfYear = s.flatUnsoldPrice !== undefined ? () => s.flatUnsoldPrice! : (year: number) => pathPrice(a.base_price, a.price_path, year);
    for (const y of unsoldSales({ poolMu: a.unsold_mu, firstYear: a.first_sale_year + delayYears, pace, priceOfYear, priceChange })) {
      const entry = at(y.year);
      entry.unsold += y.fen;
      entry.unsoldMu = y.mu;
      entry.unsoldPrice = y.price;
    }
    return assembleRepaymentPlan(byYear, reserveShare, this.assumptions.asOfDate);
  }

  /** Instalments due before the as-of date and not paid by then, oldest first. */
  overdue(): OverdueReceivable[] {
    return overdueReceivables(this.contractedIncome().instalments, this.source.allSales());
  }

  /** Each signed sale's standing as of the date: due so far, received, overdue, and whether late or partial. */
  receivables(): SaleReceivable[] {
    return saleReceivables(this.contractedIncome().instalments);
  }

  assumptionsInEffect(reserveShare = 1): AssumptionsInEffect {
    return { ...this.inEffect(this.contractedIncome()), reserve_share: reserveShare };
  }

  private inEffect(contracts: ContractedIncome): AssumptionsInEffect {
    const a = this.assumptions;
    // Quota not sold as of the date: what is available now plus what was sold after it.
    const poolByProject = this.source.quotas().map((q) => ({ code: q.code, mu: Math.max(0, q.available_mu + (contracts.unsignedMuByProject.get(q.code) ?? 0)) }));
    const unsoldMu = poolByProject.reduce((sum, p) => sum + p.mu, 0);
    const scope: UnsoldScope = a.unsoldScope ?? ((contracts.signedMuByScope.cross_province ?? 0) > (contracts.signedMuByScope.intra_province ?? 0) ? 'cross_province' : 'intra_province');
    const scopeBase = (a.scopePrices ?? FALLBACK_SCOPE_PRICES)[scope];
    let basePrice = a.unsoldPricePerMu ?? scopeBase;
    if (a.unsoldPricePerMu === undefined && a.projectPrices && Object.keys(a.projectPrices).length > 0 && unsoldMu > 0) {
      basePrice = poolByProject.reduce((sum, p) => sum + p.mu * (a.projectPrices![p.code] ?? scopeBase), 0) / unsoldMu;
    }
    const { pace, source } = this.paceOf(contracts);
    return {
      as_of_date: a.asOfDate,
      sales_pace: pace,
      sales_pace_source: source,
      unsold_mu: unsoldMu,
      first_sale_year: a.unsoldSaleYear ?? this.asOfYear + 1,
      unsold_scope: scope,
      base_price: basePrice,
      price_path: a.pricePath?.[scope] ?? {},
      reserve_share: 1,
      overdue: this.overdueHandling(),
      lpr_path: a.lprPath ?? DEFAULT_LPR_PATH,
      delay_applies_to: 'unsold_quota',
    };
  }

  /** The user's pace; or all in the legacy sale year; or the county's past pace (signed mu ÷ years since its first
   * contract); or, with no sale yet, all as soon as accepted. */
  private paceOf(contracts: ContractedIncome): { pace: SalesPace; source: AssumptionsInEffect['sales_pace_source'] } {
    const a = this.assumptions;
    if (a.salesPace) return { pace: a.salesPace, source: 'assumed' };
    if (a.unsoldSaleYear !== undefined) return { pace: { kind: 'on_acceptance' }, source: 'assumed' };
    if (contracts.signedMu > 0 && contracts.firstContractYear !== undefined) {
      const muPerYear = Math.round((contracts.signedMu / (this.asOfYear - contracts.firstContractYear + 1)) * 100) / 100;
      return { pace: { kind: 'mu_per_year', muPerYear }, source: 'past_sales' };
    }
    return { pace: { kind: 'on_acceptance' }, source: 'none' };
  }

  private overdueHandling(): OverdueHandling {
    return this.assumptions.overdue ?? 'keep';
  }

  private debtFor(lprShift: number): YearAmounts {
    let debt = this.debt.get(lprShift);
    if (!debt) {
      debt = debtServiceByYear(this.loans, shiftedLprPath(this.assumptions.lprPath ?? DEFAULT_LPR_PATH, lprShift));
      this.debt.set(lprShift, debt);
    }
    return debt;
  }

  private contractedIncome(): ContractedIncome {
    if (!this.contracts || this.contractsVersion !== this.source.contractsVersion) {
      this.contracts = contractedIncome(this.source.allSales(), this.source.allPayments(), this.assumptions.tranchePlans ?? {}, this.assumptions.asOfDate);
      this.contractsVersion = this.source.contractsVersion;
    }
    return this.contracts;
  }
}

function asOfYearOf(assumptions: PlanAssumptions): number {
  const date = parseIsoDate(assumptions.asOfDate);
  if (!date) throw new RangeError(`the plan's as-of date must be a date in the form YYYY-MM-DD, not “${assumptions.asOfDate}”`);
  return date.year;
}
