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

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
