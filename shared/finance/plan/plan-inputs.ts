// What the repayment plan reads, as plain shapes: the quota ledger (shared/ledger's QuotaLedger fits them as it is),
// the loans' terms, and the assumptions about quota not yet sold. Kept structural so finance does not depend on
// the ledger's module.
import type { TranchePlan } from '../quota-tranches';

export interface PlanSale {
  readonly code: string;
  readonly project_code: string;
  readonly mu: number;
  readonly unit_price_yuan: number | null;
  readonly contract_date: string | null;
}

export interface PlanPayment {
  readonly code: string;
  readonly transaction_code: string;
  readonly due_date: string | null;
  readonly paid_date: string | null;
  readonly amount_yuan: number;
}

export interface PlanProjectQuota {
  readonly code: string;
  /** Surplus − sold; only a positive figure can still be sold. */
  readonly available_mu: number;
}

/** The quota side of the plan: live, with version counters that say when cached figures are stale. */
export interface PlanQuotaSource {
  quotas(): readonly PlanProjectQuota[];
  allSales(): readonly PlanSale[];
  allPayments(): readonly PlanPayment[];
  /** Changes whenever a sale or payment changes. */
  readonly contractsVersion: number;
}

export interface PlanAssumptions {
  /** The plan's "today": payments not received by now and due earlier are expected this year. YYYY-MM-DD. */
  readonly asOfDate: string;
  /** Price assumed for quota not sold yet, yuan/mu; default: the average price of the sales so far (by mu), else 250,000. */
  readonly unsoldPricePerMu?: number;
  /** A price per linkage project, overriding unsoldPricePerMu. */
  readonly projectPrices?: Readonly<Record<string, number>>;
  /** The year unsold quota is assumed to be sold and paid; default: the year after asOfDate. */
  readonly unsoldSaleYear?: number;
  /** Tranche plan per sale code, for contract amounts no payment row covers yet. */
  readonly tranchePlans?: Readonly<Record<string, TranchePlan>>;
}

/** What-if settings applied on top of the data. */
export interface PlanScenario {
  /** Relative change of the price of unsold quota: −0.2 = 20 % lower. Contracted prices do not change. */
  readonly priceChange: number;
  /** Years by which acceptance slips: all income not yet received (contracted and unsold) arrives this much later. */
  readonly delayYears: number;
  /** Share of quota income reserved for loan repayment (1 = all of it). */
  readonly reserveShare: number;
}

export const DEFAULT_PLAN_SCENARIO: PlanScenario = { priceChange: 0, delayYears: 0, reserveShare: 1 };

/** The intra-province typical price (DOMAIN.md: 200,000–300,000 yuan/mu), used when nothing better is known. */
export const FALLBACK_UNSOLD_PRICE_PER_MU = 250_000;
