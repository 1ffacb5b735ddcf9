// What the repayment plan reads, as plain shapes: the quota ledger (shared/ledger's QuotaLedger fits them as it is),
// the loans' terms, and the assumptions about what is not known yet (kept in the project, editable, shown beside the
// plan). Kept structural so finance does not depend on the ledger's module.
import type { LprPath } from '../rate-schedule';
import type { TranchePlan } from '../quota-tranches';

export interface PlanSale {
  readonly code: string;
  readonly project_code: string;
  readonly mu: number;
  readonly unit_price_yuan: number | null;
  readonly contract_date: string | null;
  readonly buyer?: string | null;
  readonly scope?: string;
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

/** How fast quota not sold yet is assumed to sell. */
export type SalesPace =
  /** So many mu a year from the first sale year on, until none is left. */
  | { readonly kind: 'mu_per_year'; readonly muPerYear: number }
  /** All of it in the first sale year (the year after acceptance, for quota already accepted). */
  | { readonly kind: 'on_acceptance' };

export type UnsoldScope = 'intra_province' | 'cross_province';

/** Overdue receivables: kept in the forecast (in the as-of year, flagged) or dropped from it. */
export type OverdueHandling = 'keep' | 'drop';

export interface PlanAssumptions {
  /** The line between fact and forecast, YYYY-MM-DD: payments received by then are history, the rest is forecast. */
  readonly asOfDate: string;
  /** A price for all unsold quota, yuan/mu, overriding the scope's preset price (older projects stored this). */
  readonly unsoldPricePerMu?: number;
  /** A price per linkage project; the pool of unsold quota is priced at the mu-weighted average. */
  readonly projectPrices?: Readonly<Record<string, number>>;
  /** The first year unsold quota is sold; default: the year after the as-of date. */
  readonly unsoldSaleYear?: number;
  /** Tranche plan per sale code, for contract amounts no payment row covers yet. */
  readonly tranchePlans?: Readonly<Record<string, TranchePlan>>;
  /** Default: the county's own past pace (signed mu ÷ years from its first contract to the as-of year). */
  readonly salesPace?: SalesPace;
  /** Whom unsold quota is sold to; default: the scope most mu was sold to so far. */
  readonly unsoldScope?: UnsoldScope;
  /** Price by scope: the base (default: the price presets) and changes by year (the last carried forward). */
  readonly scopePrices?: Readonly<Record<UnsoldScope, number>>;
  readonly pricePath?: Readonly<Partial<Record<UnsoldScope, Readonly<Record<string, number>>>>>;
  readonly overdue?: OverdueHandling;
  /** The LPR assumed for loans whose rate follows it. */
  readonly lprPath?: LprPath;
}

/** What-if settings applied on top of the data and the assumptions. */
export interface PlanScenario {
  /** Relative change of the price of unsold quota: −0.2 = 20 % lower. Contracted prices do not change. */
  readonly priceChange: number;
  /** Years by which acceptance of quota not yet sold slips, and with it the sales that depend on it. Signed
   * contracts keep their due dates. */
  readonly delayYears: number;
  /** Share of quota income reserved for loan repayment (1 = all of it). */
  readonly reserveShare: number;
  /** Sales pace multiplied by this (0.5 = half as fast). */
  readonly paceFactor?: number;
  /** Added to every year of the LPR path (0.01 = one point higher). */
  readonly lprShift?: number;
  /** Replaces the unsold price of every year (yuan/mu, before priceChange): how the break-even price is found. */
  readonly flatUnsoldPrice?: number;
}

export const DEFAULT_PLAN_SCENARIO: PlanScenario = { priceChange: 0, delayYears: 0, reserveShare: 1 };

/** The intra-province typical price (DOMAIN.md: 200,000–300,000 yuan/mu), used when nothing better is known. */
export const FALLBACK_UNSOLD_PRICE_PER_MU = 250_000;

/** DOMAIN.md's prices by scope when the ledger gives none: cross-province 300,000 (cultivated), within 250,000. */
export const FALLBACK_SCOPE_PRICES: Readonly<Record<UnsoldScope, number>> = { intra_province: 250_000, cross_province: 300_000 };
