// The ledger and the repayment plan wired together, as the app and `landlink plan` use them:
//   const model = createRepaymentModel(rows, { asOfDate: '2025-06-30' });
//   model.planner.plan({ priceChange: -0.2, delayYears: 1 });
//   applyLedgerEdit(model.ledger, { kind: 'set-parcel-status', parcelCode, status: 'accepted' });
//   model.planner.plan(scenario);   // sees the change at once: the ledger updated the project's tally by delta
// planAssumptionsOf turns what the project stores (landlink_meta) into the plan's assumptions, with the price presets
// as the default prices, so the app, the CLI and the workbook plan with the same ones.
import type { LoanTerms } from '../finance/loan-terms';
import { loanTermsProblems } from '../finance/loan-terms';
import type { PlanAssumptions } from '../finance/plan/plan-inputs';
import { RepaymentPlanner } from '../finance/plan/repayment-planner';
import type { LedgerRows, LoanRow } from './ledger-rows';
import type { LedgerSettings, LoanExtraTerms, StoredPlanAssumptions } from './ledger-settings';
import { loanTermsOfRow } from './loan-terms-of-row';
import { editedPricePresets, presetPrice } from './price-presets';
import { QuotaLedger } from './quota-ledger';

export interface RepaymentModel {
  readonly ledger: QuotaLedger;
  readonly planner: RepaymentPlanner;
  /** Loans left out of the plan because their terms cannot be scheduled, one sentence each. */
  readonly loanProblems: string[];
}

export function createRepaymentModel(
  rows: LedgerRows,
  assumptions: Omit<PlanAssumptions, 'tranchePlans'>,
  loanExtras: Readonly<Record<string, LoanExtraTerms>> = {},
): RepaymentModel {
  const ledger = new QuotaLedger(rows);
  const { loans, problems } = schedulableLoans(rows, loanExtras);
  const planner = new RepaymentPlanner(ledger, loans, { ...assumptions, tranchePlans: rows.tranchePlans });
  return { ledger, planner, loanProblems: problems };
}

/** A loan row with its extra terms (LPR rate, prepayments, subsidy by year) from the project's settings. */
export function loanTermsWithExtras(row: LoanRow, extras: LoanExtraTerms | undefined): LoanTerms {
  return { ...loanTermsOfRow(row), ...(extras ?? {}) };
}

export function schedulableLoans(rows: Pick<LedgerRows, 'loans'>, loanExtras: Readonly<Record<string, LoanExtraTerms>> = {}): { loans: LoanTerms[]; problems: string[] } {
  const loans: LoanTerms[] = [];
  const problems: string[] = [];
  for (const row of rows.loans) {
    const terms = loanTermsWithExtras(row, loanExtras[row.code]);
    const wrong = loanTermsProblems(terms);
    if (wrong.length === 0) loans.push(terms);
    else problems.push(`loan ${row.code} is left out of the plan: ${wrong[0]}; correct it in the loans table`);
  }
  return { loans, problems };
}

/** The plan's assumptions from the stored ones, the price presets giving each scope's default price. */
export function planAssumptionsOf(settings: Pick<LedgerSettings, 'planAssumptions' | 'pricePresetEdits'>, asOfDate: string): Omit<PlanAssumptions, 'tranchePlans'> {
  const s: StoredPlanAssumptions = settings.planAssumptions;
  const presets = editedPricePresets(settings.pricePresetEdits);
  return {
    asOfDate,
    scopePrices: { intra_province: presetPrice('intra_province', null, presets), cross_province: presetPrice('cross_province', 'cultivated', presets) },
    ...(s.unsoldPricePerMu !== undefined ? { unsoldPricePerMu: s.unsoldPricePerMu } : {}),
    ...(s.unsoldSaleYear !== undefined ? { unsoldSaleYear: s.unsoldSaleYear } : {}),
    ...(s.projectPrices ? { projectPrices: s.projectPrices } : {}),
    ...(s.salesPace ? { salesPace: s.salesPace } : {}),
    ...(s.unsoldScope ? { unsoldScope: s.unsoldScope } : {}),
    ...(s.pricePath ? { pricePath: s.pricePath } : {}),
    ...(s.overdue ? { overdue: s.overdue } : {}),
    ...(s.lprPath ? { lprPath: s.lprPath } : {}),
  };
}

/** The stored reserve share when it is a share, else all income (1). */
export function storedReserveShare(s: StoredPlanAssumptions): number {
  return s.reserveShare !== undefined && s.reserveShare >= 0 && s.reserveShare <= 1 ? s.reserveShare : 1;
}
