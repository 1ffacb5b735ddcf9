// What the ledger workspace asks the project worker for, and what it gets back: the quota ledger, sales with their
// tranches and payments, loans with their schedules, the checks, the repayment plan for one scenario and the
// dashboard figures. Amounts are yuan with two decimals (the screens show 万元 / 亿元); areas are mu.
import type { RepaymentPlan } from '../finance/plan/repayment-plan';
import type { PlanScenario } from '../finance/plan/plan-inputs';
import type { ScheduleRow, ScheduleTotals } from '../finance/loan-schedule';
import type { LedgerIssue } from '../ledger/ledger-issue';
import type { ProjectQuota } from '../ledger/project-quota';
import type { LoanRow, QuotaPaymentRow, QuotaSaleRow } from '../ledger/ledger-rows';
import type { PricePreset } from '../ledger/price-presets';
import type { TurnoverStatus } from '../ledger/turnover-quota';
import type { CountyTargets, TargetProgress } from '../ledger/county-targets';
import type { TranchePlan } from '../finance/quota-tranches';
import type { OverdueReceivable, SaleReceivable } from '../finance/plan/receivables';
import type { AssumptionsInEffect } from '../finance/plan/repayment-planner';
import type { ScenarioResult, SensitivityTable } from '../finance/plan/plan-scenarios';
import type { PlanWorkbookLoan } from '../finance/workbook/plan-workbook';
import type { LoanExtraTerms, StoredPlanAssumptions } from '../ledger/ledger-settings';

export interface LedgerSaleView extends QuotaSaleRow {
  /** The plan the sale is scheduled with: its own (quota_transactions.tranche_plan) or null for the default. */
  readonly tranche_plan: TranchePlan | null;
  readonly contract_total_yuan: number;
  readonly received_yuan: number;
  readonly tranches: readonly { readonly kind: string; readonly due_date: string; readonly amount_yuan: number }[];
  /** The sale's payment rows: due (no paid_date yet) and received. */
  readonly payments: readonly QuotaPaymentRow[];
}

export interface LedgerLoanView extends LoanRow {
  /** Terms beyond the table's columns (LPR rate, prepayments, subsidy by year), from landlink_meta. */
  readonly extra: LoanExtraTerms | null;
  /** Null when the terms cannot be scheduled; `problem` then says why. */
  readonly schedule: { readonly payments: readonly ScheduleRow[]; readonly totals: ScheduleTotals } | null;
  readonly problem: string | null;
  /** Principal still owed on asOfDate. */
  readonly outstanding_yuan: number;
}

export interface LedgerDashboard {
  readonly households: number;
  readonly persons: number;
  readonly laborers: number;
  readonly laborersEmployed: number;
  readonly sites: readonly { readonly name: string; readonly households: number; readonly persons: number; readonly facilities: string }[];
  readonly housesByStatus: Readonly<Record<string, number>>;
  readonly incomeReceivedYuan: number;
  readonly loanOutstandingYuan: number;
  /** Loan principal repaid by the as-of date (principal − outstanding, over every loan). */
  readonly loanRepaidYuan: number;
  /** Old houses demolished (status demolished). */
  readonly housesDemolished: number;
  /** Accepted or filed parcels, mu (what produces quota). */
  readonly reclaimedMu: number;
  /** The county's targets, and the progress against each one set. */
  readonly targets: CountyTargets;
  readonly progress: readonly TargetProgress[];
}

export interface LedgerView {
  readonly asOfDate: string;
  readonly projects: readonly ProjectQuota[];
  readonly turnover: readonly TurnoverStatus[];
  readonly sales: readonly LedgerSaleView[];
  readonly loans: readonly LedgerLoanView[];
  readonly checks: readonly LedgerIssue[];
  readonly plan: RepaymentPlan;
  readonly scenario: PlanScenario;
  /** Instalments due before the as-of date and unpaid, oldest first; and each signed sale's standing. */
  readonly overdue: readonly OverdueReceivable[];
  readonly receivables: readonly SaleReceivable[];
  /** The plan's assumptions with defaults filled in, and what the project stores (to edit). */
  readonly assumptions: AssumptionsInEffect;
  readonly storedAssumptions: StoredPlanAssumptions;
  /** Named scenarios side by side, coverage by price change × delay, the break-even unsold price (yuan/mu). */
  readonly scenarios: readonly ScenarioResult[];
  readonly sensitivity: SensitivityTable;
  readonly breakEvenPrice: number | null;
  /** The schedulable loans with all their terms, for the plan's workbook. */
  readonly planLoans: readonly PlanWorkbookLoan[];
  readonly presets: readonly PricePreset[];
  /** The user's edits of the presets as stored (to edit further). */
  readonly presetEdits: readonly Partial<PricePreset>[];
  readonly dashboard: LedgerDashboard;
}

/** The tables whose rows the ledger workspace edits itself (loans, turnover quota, a sale's tranche plan). */
export type LedgerEditableTable = 'loans' | 'turnover_quota' | 'quota_transactions';

/** Settings the ledger workspace saves in landlink_meta; each given one replaces what is stored. */
export interface LedgerSettingsChange {
  readonly presetEdits?: readonly Partial<PricePreset>[];
  readonly targets?: CountyTargets;
  /** The plan's assumptions (sales pace, prices, reserve share, overdue, LPR path), replacing what is stored. */
  readonly planAssumptions?: StoredPlanAssumptions;
  /** One loan's extra terms (null removes them). */
  readonly loanTerms?: { readonly code: string; readonly terms: LoanExtraTerms | null };
}

/** A new quota sale as the form gives it; the worker fills in the code. */
export interface NewSale {
  readonly project_code: string;
  readonly scope: QuotaSaleRow['scope'];
  readonly buyer: string | null;
  readonly quality: QuotaSaleRow['quality'];
  readonly mu: number;
  readonly unit_price_yuan: number | null;
  readonly contract_date: string | null;
}

/** A refused sale carries the rule's issues (bilingual); an applied one the new view. */
export interface AddSaleResult {
  readonly applied: boolean;
  readonly issues: readonly LedgerIssue[];
  readonly code: string | null;
}

/** A payment received for a sale, as the form gives it: `code` names a due payment row it settles; without it the
 * worker adds a new row and fills in the code. */
export interface NewPayment {
  readonly code?: string;
  readonly transaction_code: string;
  readonly due_date: string | null;
  readonly paid_date: string | null;
  readonly amount_yuan: number;
}

export type AddPaymentResult = AddSaleResult;
