// Builds the ledger workspace's view from the open project (runs in the project worker, where sql.js lives): the
// quota ledger recounted from the rows, each sale's tranches and payments, each loan's schedule, the checks, the
// repayment plan for the scenario the user chose (split at the as-of date, with the overdue receivables, the
// assumptions in effect, the named scenarios and the break-even price), and the dashboard figures. Recomputed on every request: the
// workspace asks again whenever the project view changes, so a parcel's new status shows at once.
import type { Database } from 'sql.js';
import { loanSchedule } from '../../../../shared/finance/loan-schedule';
import { fenToYuan } from '../../../../shared/finance/money';
import type { PlanScenario } from '../../../../shared/finance/plan/plan-inputs';
import { DEFAULT_TRANCHE_PLAN, quotaTrancheSchedule } from '../../../../shared/finance/quota-tranches';
import type { LedgerDashboard, LedgerLoanView, LedgerSaleView, LedgerView } from '../../../../shared/ipc/ledger-protocol';
import { COUNTY_TARGETS_META_KEY, parseCountyTargets, targetProgress } from '../../../../shared/ledger/county-targets';
import type { ProjectQuota } from '../../../../shared/ledger/project-quota';
import { readMeta } from '../../../../shared/project/project-meta';
import { checkLedger } from '../../../../shared/ledger/check-ledger';
import { contractTotalFen } from '../../../../shared/ledger/contract-total';
import type { LoanExtraTerms } from '../../../../shared/ledger/ledger-settings';
import { editedPricePresets } from '../../../../shared/ledger/price-presets';
import { readLedgerRows } from '../../../../shared/ledger/read-ledger-rows';
import { loanTermsWithExtras } from '../../../../shared/ledger/repayment-model';
import { repaymentReport } from '../../../../shared/ledger/repayment-model-report';
import { turnoverStatus } from '../../../../shared/ledger/turnover-quota';
import type { LedgerRows } from '../../../../shared/ledger/ledger-rows';
import { dashboardOfDb } from './ledger-dashboard-of-db';

/** Today as YYYY-MM-DD (local calendar): the plan's "as of" date unless the caller names one. */
export function todayIso(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function ledgerViewOfDb(db: Database, scenario: Partial<PlanScenario> = {}, asOfDate = todayIso()): LedgerView {
  const read = readLedgerRows(db);
  const { rows, settings } = read;
  const report = repaymentReport(read, asOfDate, scenario, { withScenarios: true });
  const { model } = report;
  const loans = loanViews(rows, asOfDate, settings.loanTerms);
  const sales = saleViews(rows);
  return {
    asOfDate,
    projects: model.ledger.quotas(),
    turnover: rows.turnover.map((t) => turnoverStatus(t, asOfDate)),
    sales,
    loans,
    checks: checkLedger(model.ledger, rows.turnover, asOfDate),
    plan: report.plan,
    scenario: report.scenario,
    overdue: report.overdue,
    receivables: report.receivables,
    assumptions: report.assumptions,
    storedAssumptions: settings.planAssumptions,
    scenarios: report.scenarios,
    sensitivity: report.sensitivity,
    breakEvenPrice: report.breakEvenPrice,
    planLoans: report.loans,
    presets: editedPricePresets(settings.pricePresetEdits),
    presetEdits: settings.pricePresetEdits,
    dashboard: dashboardWithTargets(db, model.ledger.quotas(), sales, loans),
  };
}

function dashboardWithTargets(db: Database, quotas: readonly ProjectQuota[], sales: readonly LedgerSaleView[], loans: readonly LedgerLoanView[]): LedgerDashboard {
  const people = dashboardOfDb(db);
  const loanRepaidYuan = loans.reduce((sum, l) => sum + Math.max(0, l.principal_yuan - l.outstanding_yuan), 0);
  const housesDemolished = people.housesByStatus.demolished ?? 0;
  const reclaimedMu = quotas.reduce((sum, q) => sum + q.accepted_mu, 0);
  const targets = parseCountyTargets(readMeta(db)[COUNTY_TARGETS_META_KEY]);
  const actual = {
    households: people.households,
    persons: people.persons,
    housesDemolished,
    reclaimedMu,
    quotaSoldMu: quotas.reduce((sum, q) => sum + q.sold_mu, 0),
    loansRepaidYuan: loanRepaidYuan,
  };
  return {
    ...people,
    incomeReceivedYuan: sales.reduce((sum, s) => sum + s.received_yuan, 0),
    loanOutstandingYuan: loans.reduce((sum, l) => sum + l.outstanding_yuan, 0),
    loanRepaidYuan,
    housesDemolished,
    reclaimedMu,
    targets,
    progress: targetProgress(targets, actual),
  };
}

function saleViews(rows: LedgerRows): LedgerSaleView[] {
  const receivedFen = new Map<string, number>();
  for (const p of rows.payments) if (p.paid_date) receivedFen.set(p.transaction_code, (receivedFen.get(p.transaction_code) ?? 0) + Math.round(p.amount_yuan * 100));
  return rows.sales.map((sale) => {
    const totalFen = contractTotalFen(sale);
    let tranches: LedgerSaleView['tranches'] = [];
    if (sale.contract_date && totalFen > 0) {
      try {
        tranches = quotaTrancheSchedule(totalFen, sale.contract_date, rows.tranchePlans[sale.code] ?? DEFAULT_TRANCHE_PLAN).map((t) => ({ kind: t.kind, due_date: t.dueDate, amount_yuan: fenToYuan(t.amountFen) }));
      } catch {
        tranches = [];
      }
    }
    const payments = rows.payments.filter((p) => p.transaction_code === sale.code);
    return { ...sale, tranche_plan: rows.tranchePlans[sale.code] ?? null, contract_total_yuan: fenToYuan(totalFen), received_yuan: fenToYuan(receivedFen.get(sale.code) ?? 0), tranches, payments };
  });
}

function loanViews(rows: LedgerRows, asOfDate: string, extras: Readonly<Record<string, LoanExtraTerms>>): LedgerLoanView[] {
  return rows.loans.map((loan) => {
    const extra = extras[loan.code] ?? null;
    try {
      const schedule = loanSchedule(loanTermsWithExtras(loan, extra ?? undefined));
      const paid = schedule.payments.filter((p) => p.date <= asOfDate).at(-1);
      return { ...loan, extra, schedule, problem: null, outstanding_yuan: paid ? paid.balance : loan.principal_yuan };
    } catch (error) {
      return { ...loan, extra, schedule: null, problem: error instanceof Error ? error.message : String(error), outstanding_yuan: loan.principal_yuan };
    }
  });
}
