// The repayment plan as live state: loan schedules and contracted income are computed once and cached (the latter
// until a sale or payment changes), so after a parcel's status changes (the ledger updates its project's tally by
// delta) a new plan costs one pass over the projects and the years, not over parcels or loan periods.
import { parseIsoDate } from '../calendar-date';
import type { LoanTerms } from '../loan-terms';
import { roundHalfAwayFromZero } from '../money';
import { contractedIncome, type ContractedIncome } from './contracted-income';
import { debtServiceByYear } from './debt-service-by-year';
import { DEFAULT_PLAN_SCENARIO, FALLBACK_UNSOLD_PRICE_PER_MU, type PlanAssumptions, type PlanQuotaSource, type PlanScenario } from './plan-inputs';
import { assembleRepaymentPlan, type PlanYearFen, type RepaymentPlan } from './repayment-plan';
import type { YearAmounts } from './year-amounts';

export class RepaymentPlanner {
  private debt: YearAmounts;
  private contracts: ContractedIncome | undefined;
  private contractsVersion = -1;
  private asOfYear: number;

  constructor(
    private readonly source: PlanQuotaSource,
    loans: readonly LoanTerms[],
    private assumptions: PlanAssumptions,
  ) {
    this.debt = debtServiceByYear(loans);
    this.asOfYear = asOfYearOf(assumptions);
  }

  setLoans(loans: readonly LoanTerms[]): void {
    this.debt = debtServiceByYear(loans);
  }

  setAssumptions(assumptions: PlanAssumptions): void {
    this.assumptions = assumptions;
    this.asOfYear = asOfYearOf(assumptions);
    this.contractsVersion = -1;
  }

  plan(scenario: Partial<PlanScenario> = {}): RepaymentPlan {
    const { priceChange, delayYears, reserveShare } = { ...DEFAULT_PLAN_SCENARIO, ...scenario };
    if (!(Number.isFinite(priceChange) && priceChange >= -1)) throw new RangeError(`the price change must be a share of −1 (free) or more, not ${priceChange}`);
    if (!(Number.isInteger(delayYears) && delayYears >= 0)) throw new RangeError(`the acceptance delay must be a whole number of years, 0 or more, not ${delayYears}`);
    if (!(reserveShare >= 0 && reserveShare <= 1)) throw new RangeError(`the share of income reserved for loans must be from 0 to 1, not ${reserveShare}`);

    const contracts = this.contractedIncome();
    const byYear = new Map<number, { debtService: number; received: number; expectedContracted: number; expectedUnsold: number }>();
    const at = (year: number) => {
      let entry = byYear.get(year);
      if (!entry) byYear.set(year, (entry = { debtService: 0, received: 0, expectedContracted: 0, expectedUnsold: 0 }));
      return entry;
    };
    for (const [year, fen] of this.debt) at(year).debtService += fen;
    for (const [year, fen] of contracts.received) at(year).received += fen;
    for (const [year, fen] of contracts.expected) at(year + delayYears).expectedContracted += fen;

    const saleYear = (this.assumptions.unsoldSaleYear ?? this.asOfYear + 1) + delayYears;
    const basePrice = this.assumptions.unsoldPricePerMu ?? contracts.averagePricePerMu ?? FALLBACK_UNSOLD_PRICE_PER_MU;
    let unsold = 0;
    for (const quota of this.source.quotas()) {
      if (!(quota.available_mu > 0)) continue;
      const price = (this.assumptions.projectPrices?.[quota.code] ?? basePrice) * (1 + priceChange);
      unsold += roundHalfAwayFromZero(quota.available_mu * price * 100);
    }
    if (unsold > 0) at(saleYear).expectedUnsold += unsold;
    return assembleRepaymentPlan(byYear as ReadonlyMap<number, PlanYearFen>, reserveShare);
  }

  private contractedIncome(): ContractedIncome {
    if (!this.contracts || this.contractsVersion !== this.source.contractsVersion) {
      this.contracts = contractedIncome(this.source.allSales(), this.source.allPayments(), this.assumptions.tranchePlans ?? {}, this.asOfYear);
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
