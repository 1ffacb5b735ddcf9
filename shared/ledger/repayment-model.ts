// The ledger and the repayment plan wired together, as the app and `landlink plan` use them:
//   const model = createRepaymentModel(rows, { asOfDate: '2025-06-30' });
//   model.planner.plan({ priceChange: -0.2, delayYears: 1 });
//   applyLedgerEdit(model.ledger, { kind: 'set-parcel-status', parcelCode, status: 'accepted' });
//   model.planner.plan(scenario);   // sees the change at once: the ledger updated the project's tally by delta
import type { LoanTerms } from '../finance/loan-terms';
import { loanTermsProblems } from '../finance/loan-terms';
import type { PlanAssumptions } from '../finance/plan/plan-inputs';
import { RepaymentPlanner } from '../finance/plan/repayment-planner';
import type { LedgerRows } from './ledger-rows';
import { loanTermsOfRow } from './loan-terms-of-row';
import { QuotaLedger } from './quota-ledger';

export interface RepaymentModel {
  readonly ledger: QuotaLedger;
  readonly planner: RepaymentPlanner;
  /** Loans left out of the plan because their terms cannot be scheduled, one sentence each. */
  readonly loanProblems: string[];
}

export function createRepaymentModel(rows: LedgerRows, assumptions: Omit<PlanAssumptions, 'tranchePlans'>): RepaymentModel {
  const ledger = new QuotaLedger(rows);
  const { loans, problems } = schedulableLoans(rows);
  const planner = new RepaymentPlanner(ledger, loans, { ...assumptions, tranchePlans: rows.tranchePlans });
  return { ledger, planner, loanProblems: problems };
}

export function schedulableLoans(rows: Pick<LedgerRows, 'loans'>): { loans: LoanTerms[]; problems: string[] } {
  const loans: LoanTerms[] = [];
  const problems: string[] = [];
  for (const row of rows.loans) {
    const terms = loanTermsOfRow(row);
    const wrong = loanTermsProblems(terms);
    if (wrong.length === 0) loans.push(terms);
    else problems.push(`loan ${row.code} is left out of the plan: ${wrong[0]}; correct it in the loans table`);
  }
  return { loans, problems };
}
