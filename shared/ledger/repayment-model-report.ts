// Everything the repayment plan shows, from what a project holds (its ledger rows and landlink_meta settings), for one
// as-of date and scenario: the plan, the overdue receivables, each sale's standing, the assumptions in effect, the
// named scenarios side by side, the sensitivity table and the break-even price; and the workbook's input. The app's
// worker, `landlink plan` and its workbook all take their figures from here, so they cannot disagree.
import type { PlanScenario } from '../finance/plan/plan-inputs';
import { DEFAULT_PLAN_SCENARIO } from '../finance/plan/plan-inputs';
import { breakEvenPrice, scenarioResults, sensitivityTable, type ScenarioResult, type SensitivityTable } from '../finance/plan/plan-scenarios';
import type { OverdueReceivable, SaleReceivable } from '../finance/plan/receivables';
import type { RepaymentPlan } from '../finance/plan/repayment-plan';
import type { AssumptionsInEffect } from '../finance/plan/repayment-planner';
import type { PlanWorkbookInput, PlanWorkbookLoan } from '../finance/workbook/plan-workbook';
import type { ReadLedger } from './read-ledger-rows';
import { createRepaymentModel, loanTermsWithExtras, planAssumptionsOf, storedReserveShare, type RepaymentModel } from './repayment-model';
import { loanTermsProblems } from '../finance/loan-terms';

export interface RepaymentReport {
  readonly model: RepaymentModel;
  readonly scenario: PlanScenario;
  readonly plan: RepaymentPlan;
  readonly overdue: OverdueReceivable[];
  readonly receivables: SaleReceivable[];
  readonly assumptions: AssumptionsInEffect;
  readonly scenarios: ScenarioResult[];
  readonly sensitivity: SensitivityTable;
  readonly breakEvenPrice: number | null;
  readonly loans: PlanWorkbookLoan[];
}

export interface RepaymentReportOptions {
  /** Also compute the named scenarios, the sensitivity table and the break-even price (a few dozen plans). */
  readonly withScenarios?: boolean;
}

export function repaymentReport(read: ReadLedger, asOfDate: string, scenario: Partial<PlanScenario> = {}, options: RepaymentReportOptions = {}): RepaymentReport {
  const { rows, settings } = read;
  const model = createRepaymentModel(rows, planAssumptionsOf(settings, asOfDate), settings.loanTerms);
  const full: PlanScenario = { ...DEFAULT_PLAN_SCENARIO, reserveShare: storedReserveShare(settings.planAssumptions), ...scenario };
  const { planner } = model;
  const base: Partial<PlanScenario> = { reserveShare: full.reserveShare };
  const loans = rows.loans
    .map((row) => ({ code: row.code, lender: row.lender, terms: loanTermsWithExtras(row, settings.loanTerms[row.code]) }))
    .filter((l) => loanTermsProblems(l.terms).length === 0);
  return {
    model,
    scenario: full,
    plan: planner.plan(full),
    overdue: planner.overdue(),
    receivables: planner.receivables(),
    assumptions: planner.assumptionsInEffect(full.reserveShare),
    scenarios: options.withScenarios ? scenarioResults(planner, base) : [],
    sensitivity: options.withScenarios ? sensitivityTable(planner, base) : { price_changes: [], delays: [], coverage: [] },
    breakEvenPrice: options.withScenarios ? breakEvenPrice(planner, base) : null,
    loans,
  };
}

export function workbookInputOf(report: RepaymentReport, title: string): PlanWorkbookInput {
  return {
    title,
    plan: report.plan,
    assumptions: report.assumptions,
    scenario: report.scenario,
    loans: report.loans,
    overdue: report.overdue,
    scenarios: report.scenarios,
    breakEvenPrice: report.breakEvenPrice,
  };
}
