// The ledger's tables as exported: the same columns the screens show, in the UI language, amounts in yuan (the
// spreadsheet can sum them; the screens round to 万元 only for reading).
import type { TFunction } from 'i18next';
import type { LedgerLoanView, LedgerView } from '../../../shared/ipc/ledger-protocol';
import type { AppLanguage } from '../i18n/i18n';
import { enumText } from './enum-text';
import type { LedgerTable } from './ledger-export';

const MU = '0.00';
const YUAN = '#,##0.00';

export function projectsTable(view: LedgerView, t: TFunction): LedgerTable {
  return {
    name: t('ledger.tabs.projects'),
    columns: [
      { property: 'code', header: t('ledger.project.code') },
      { property: 'name', header: t('ledger.project.name') },
      { property: 'accepted_mu', header: t('ledger.project.accepted'), kind: 'real', numberFormat: MU },
      { property: 'construction_mu', header: t('ledger.project.construction'), kind: 'real', numberFormat: MU },
      { property: 'surplus_mu', header: t('ledger.project.surplus'), kind: 'real', numberFormat: MU },
      { property: 'sold_mu', header: t('ledger.project.sold'), kind: 'real', numberFormat: MU },
      { property: 'available_mu', header: t('ledger.project.available'), kind: 'real', numberFormat: MU },
    ],
    rows: view.projects.map((p) => ({ ...p, accepted_mu: round2(p.accepted_mu), construction_mu: round2(p.construction_mu), surplus_mu: round2(p.surplus_mu), sold_mu: round2(p.sold_mu), available_mu: round2(p.available_mu) })),
  };
}

export function salesTable(view: LedgerView, t: TFunction, language: AppLanguage): LedgerTable {
  return {
    name: t('ledger.tabs.sales'),
    columns: [
      { property: 'code', header: t('ledger.sale.code') },
      { property: 'project_code', header: t('ledger.sale.project') },
      { property: 'scope', header: t('ledger.sale.scope') },
      { property: 'buyer', header: t('ledger.sale.buyer') },
      { property: 'mu', header: t('ledger.sale.mu'), kind: 'real', numberFormat: MU },
      { property: 'unit_price_yuan', header: t('ledger.sale.unitPrice'), kind: 'real', numberFormat: YUAN },
      { property: 'contract_total_yuan', header: t('ledger.export.contractTotalYuan'), kind: 'real', numberFormat: YUAN },
      { property: 'contract_date', header: t('ledger.sale.date'), kind: 'date' },
      { property: 'tranches', header: t('ledger.export.tranchesYuan') },
      { property: 'received_yuan', header: t('ledger.export.receivedYuan'), kind: 'real', numberFormat: YUAN },
    ],
    rows: view.sales.map((s) => ({ ...s, scope: enumText('transaction_scope', s.scope, language), tranches: s.tranches.map((tr) => `${tr.due_date} ${tr.amount_yuan.toFixed(2)}`).join('; ') })),
  };
}

export function scheduleTable(loan: LedgerLoanView, t: TFunction): LedgerTable {
  return {
    name: `${t('ledger.tabs.loans')} ${loan.code}`,
    columns: [
      { property: 'period', header: t('ledger.loan.period'), kind: 'integer' },
      { property: 'date', header: t('ledger.loan.date'), kind: 'date' },
      { property: 'payment', header: t('ledger.loan.payment'), kind: 'real', numberFormat: YUAN },
      { property: 'interest', header: t('ledger.loan.interest'), kind: 'real', numberFormat: YUAN },
      { property: 'principal', header: t('ledger.loan.principalPaid'), kind: 'real', numberFormat: YUAN },
      { property: 'balance', header: t('ledger.loan.balance'), kind: 'real', numberFormat: YUAN },
      { property: 'subsidy', header: t('ledger.loan.subsidyPaid'), kind: 'real', numberFormat: YUAN },
    ],
    rows: loan.schedule?.payments ?? [],
  };
}

export function planTable(view: LedgerView, t: TFunction): LedgerTable {
  return {
    name: t('ledger.tabs.plan'),
    columns: [
      { property: 'year', header: t('ledger.plan.year'), kind: 'integer' },
      { property: 'debt_service', header: t('ledger.export.debtServiceYuan'), kind: 'real', numberFormat: YUAN },
      { property: 'received', header: t('ledger.export.receivedYuan'), kind: 'real', numberFormat: YUAN },
      { property: 'expected_contracted', header: t('ledger.export.expectedContractedYuan'), kind: 'real', numberFormat: YUAN },
      { property: 'expected_unsold', header: t('ledger.export.expectedUnsoldYuan'), kind: 'real', numberFormat: YUAN },
      { property: 'quota_income', header: t('ledger.export.incomeYuan'), kind: 'real', numberFormat: YUAN },
      { property: 'net', header: t('ledger.export.netYuan'), kind: 'real', numberFormat: YUAN },
      { property: 'cumulative', header: t('ledger.export.cumulativeYuan'), kind: 'real', numberFormat: YUAN },
    ],
    rows: view.plan.years,
  };
}

export function turnoverTable(view: LedgerView, t: TFunction): LedgerTable {
  return {
    name: t('ledger.turnover.title'),
    columns: [
      { property: 'code', header: t('ledger.export.code') },
      { property: 'project_code', header: t('ledger.project.code') },
      { property: 'mu', header: t('ledger.turnover.mu'), kind: 'real', numberFormat: MU },
      { property: 'borrowed_date', header: t('ledger.turnover.borrowed'), kind: 'date' },
      { property: 'return_by', header: t('ledger.turnover.returnBy'), kind: 'date' },
      { property: 'returned_date', header: t('ledger.turnoverForm.returned'), kind: 'date' },
      { property: 'state', header: t('ledger.turnover.state') },
    ],
    rows: view.turnover.map((r) => ({ ...r, state: t(`ledger.turnover.states.${r.state}`) })),
  };
}

export function paymentsTable(view: LedgerView, t: TFunction): LedgerTable {
  return {
    name: t('ledger.export.paymentsName'),
    columns: [
      { property: 'code', header: t('ledger.export.code') },
      { property: 'transaction_code', header: t('ledger.sale.code') },
      { property: 'buyer', header: t('ledger.sale.buyer') },
      { property: 'due_date', header: t('ledger.export.dueDate'), kind: 'date' },
      { property: 'paid_date', header: t('ledger.addPayment.date'), kind: 'date' },
      { property: 'amount_yuan', header: t('ledger.export.amountYuan'), kind: 'real', numberFormat: YUAN },
    ],
    rows: view.sales.flatMap((s) => s.payments.map((p) => ({ ...p, buyer: s.buyer }))),
  };
}

export function loansTable(view: LedgerView, t: TFunction, language: AppLanguage): LedgerTable {
  return {
    name: t('ledger.tabs.loans'),
    columns: [
      { property: 'code', header: t('ledger.loan.code') },
      { property: 'lender', header: t('ledger.loan.lender') },
      { property: 'principal_yuan', header: t('ledger.export.principalYuan'), kind: 'real', numberFormat: YUAN },
      { property: 'annual_rate', header: t('ledger.loan.rate'), kind: 'real', numberFormat: '0.00%' },
      { property: 'start_date', header: t('ledger.loan.start'), kind: 'date' },
      { property: 'term_years', header: t('ledger.loan.term'), kind: 'integer' },
      { property: 'grace_years', header: t('ledger.loan.grace'), kind: 'integer' },
      { property: 'method', header: t('ledger.loan.method') },
      { property: 'frequency', header: t('ledger.loan.frequency') },
      { property: 'interest_subsidy', header: t('ledger.loan.subsidy'), kind: 'real', numberFormat: '0%' },
      { property: 'outstanding_yuan', header: t('ledger.export.outstandingYuan'), kind: 'real', numberFormat: YUAN },
    ],
    rows: view.loans.map((l) => ({ ...l, method: enumText('repayment_method', l.method, language), frequency: enumText('payment_frequency', l.frequency, language) })),
  };
}

/** The dashboard as rows: each figure (with its unit) and, where the county set one, its target and progress. */
export function dashboardTable(view: LedgerView, t: TFunction): LedgerTable {
  const d = view.dashboard;
  const progress = new Map(d.progress.map((p) => [p.key, p]));
  const surplus = view.projects.reduce((s, p) => s + p.surplus_mu, 0);
  const sold = view.projects.reduce((s, p) => s + p.sold_mu, 0);
  const figures: [string, number, string, string | null][] = [
    [t('ledger.dashboard.households'), d.households, t('ledger.units.households'), 'households'],
    [t('ledger.dashboard.persons'), d.persons, t('ledger.units.persons'), 'persons'],
    [t('ledger.dashboard.laborersEmployed'), d.laborersEmployed, t('ledger.units.persons'), null],
    [t('ledger.dashboard.notEmployed'), Math.max(0, d.laborers - d.laborersEmployed), t('ledger.units.persons'), null],
    [t('ledger.dashboard.housesDemolished'), d.housesDemolished, t('ledger.units.houses'), 'housesDemolished'],
    [t('ledger.dashboard.reclaimed'), round2(d.reclaimedMu), t('ledger.mu'), 'reclaimedMu'],
    [t('ledger.dashboard.surplus'), round2(surplus), t('ledger.mu'), null],
    [t('ledger.dashboard.sold'), round2(sold), t('ledger.mu'), 'quotaSoldMu'],
    [t('ledger.dashboard.income'), round2(d.incomeReceivedYuan), t('ledger.units.yuan'), null],
    [t('ledger.dashboard.repaid'), round2(d.loanRepaidYuan), t('ledger.units.yuan'), 'loansRepaidYuan'],
    [t('ledger.dashboard.outstanding'), round2(d.loanOutstandingYuan), t('ledger.units.yuan'), null],
  ];
  return {
    name: t('ledger.tabs.dashboard'),
    columns: [
      { property: 'figure', header: t('ledger.export.figure') },
      { property: 'value', header: t('ledger.export.value'), kind: 'real', numberFormat: '#,##0.##' },
      { property: 'unit', header: t('ledger.export.unit') },
      { property: 'target', header: t('ledger.targets.target'), kind: 'real', numberFormat: '#,##0.##' },
      { property: 'progress', header: t('ledger.targets.progress'), kind: 'real', numberFormat: '0.0%' },
    ],
    rows: figures.map(([figure, value, unit, key]) => {
      const p = key ? progress.get(key as never) : undefined;
      return { figure, value, unit, target: p?.target ?? null, progress: p ? Math.round(p.share * 1000) / 1000 : null };
    }),
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
