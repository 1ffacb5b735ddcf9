// The rows the ledger works from, as plain typed objects with the project file's column names, so that the
// ledger is a set of pure functions over arrays: the app's worker, the CLI and the tests feed it the same way.
import type { TranchePlan } from '../finance/quota-tranches';

export interface LinkageProjectRow {
  readonly code: string;
  readonly name: string | null;
  readonly approval_date?: string | null;
  readonly start_date?: string | null;
  readonly end_date?: string | null;
}

export interface ParcelRow {
  readonly code: string;
  readonly project_code: string | null;
  /** planned, in_progress, completed, accepted, filed */
  readonly status: string;
  /** The ellipsoidal area (CGCS2000) its geometry measures (read-quota-features.ts), not the cached column. */
  readonly area_m2: number;
}

export interface ConstructionPlotRow {
  readonly code: string;
  readonly project_code: string | null;
  readonly area_m2: number;
}

export type SaleScope = 'intra_province' | 'cross_province';
export type QuotaQuality = 'cultivated' | 'high_standard';

export interface QuotaSaleRow {
  readonly code: string;
  readonly project_code: string;
  readonly scope: SaleScope;
  readonly buyer: string | null;
  readonly quality: QuotaQuality | null;
  readonly mu: number;
  readonly unit_price_yuan: number | null;
  readonly contract_date: string | null;
}

export interface QuotaPaymentRow {
  readonly code: string;
  readonly transaction_code: string;
  readonly due_date: string | null;
  readonly paid_date: string | null;
  readonly amount_yuan: number;
}

/** Turnover quota (周转指标) a project borrowed in advance; it must be returned within 3 years. */
export interface TurnoverQuotaRow {
  /** The row's code in turnover_quota (absent for rows built in memory). */
  readonly code?: string;
  readonly project_code: string;
  readonly mu: number;
  readonly borrowed_date: string;
  /** When it was returned, or null while outstanding. */
  readonly returned_date: string | null;
}

export interface LoanRow {
  readonly code: string;
  readonly lender: string;
  readonly kind: string | null;
  readonly principal_yuan: number;
  readonly annual_rate: number;
  readonly start_date: string;
  readonly term_years: number;
  readonly grace_years: number | null;
  readonly method: string;
  readonly frequency: string;
  readonly interest_subsidy: number | null;
}

/** Everything the ledger and the repayment plan read from a project. */
export interface LedgerRows {
  readonly projects: readonly LinkageProjectRow[];
  readonly parcels: readonly ParcelRow[];
  readonly plots: readonly ConstructionPlotRow[];
  readonly sales: readonly QuotaSaleRow[];
  readonly payments: readonly QuotaPaymentRow[];
  readonly loans: readonly LoanRow[];
  readonly turnover: readonly TurnoverQuotaRow[];
  /** Tranche plan per transaction code; sales not listed use DEFAULT_TRANCHE_PLAN. */
  readonly tranchePlans: Readonly<Record<string, TranchePlan>>;
}

export const EMPTY_LEDGER_ROWS: LedgerRows = { projects: [], parcels: [], plots: [], sales: [], payments: [], loans: [], turnover: [], tranchePlans: {} };
