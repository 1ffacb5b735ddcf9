// Quota income from contracts, per year: received (payments with a paid date, in the year paid) and expected
// (payment rows not yet paid, in the year due; and any part of the contract no payment row covers, along the sale's
// tranche plan). Whatever is expected in a year already past counts in the as-of year: it is overdue, not lost.
import { yearOf } from '../calendar-date';
import { yuanToFen } from '../money';
import { DEFAULT_TRANCHE_PLAN, quotaTrancheSchedule, type TranchePlan } from '../quota-tranches';
import type { PlanPayment, PlanSale } from './plan-inputs';
import { addToYear, type YearAmounts } from './year-amounts';

export interface ContractedIncome {
  readonly received: YearAmounts;
  readonly expected: YearAmounts;
  /** Mu-weighted average price of the sales that have one, yuan/mu; undefined when none has. */
  readonly averagePricePerMu: number | undefined;
}

export function contractedIncome(
  sales: readonly PlanSale[],
  payments: readonly PlanPayment[],
  tranchePlans: Readonly<Record<string, TranchePlan>>,
  asOfYear: number,
): ContractedIncome {
  const received: YearAmounts = new Map();
  const expected: YearAmounts = new Map();
  const recordedBySale = new Map<string, number>();
  for (const payment of payments) {
    const fen = yuanToFen(payment.amount_yuan);
    recordedBySale.set(payment.transaction_code, (recordedBySale.get(payment.transaction_code) ?? 0) + fen);
    const paidYear = yearOf(payment.paid_date);
    if (paidYear !== undefined) addToYear(received, paidYear, fen);
    else addToYear(expected, Math.max(yearOf(payment.due_date) ?? asOfYear, asOfYear), fen);
  }

  let pricedMu = 0;
  let value = 0;
  for (const sale of sales) {
    if (sale.unit_price_yuan === null) continue;
    pricedMu += sale.mu;
    value += sale.mu * sale.unit_price_yuan;
    const total = yuanToFen(sale.mu * sale.unit_price_yuan);
    const recorded = recordedBySale.get(sale.code) ?? 0;
    if (recorded >= total) continue;
    // The tranches the recorded payments have not reached yet, in order.
    const contractDate = sale.contract_date && yearOf(sale.contract_date) !== undefined ? sale.contract_date : `${asOfYear}-01-01`;
    let covered = recorded;
    for (const tranche of quotaTrancheSchedule(total, contractDate, tranchePlans[sale.code] ?? DEFAULT_TRANCHE_PLAN)) {
      const uncovered = Math.max(0, tranche.amountFen - covered);
      covered = Math.max(0, covered - tranche.amountFen);
      addToYear(expected, Math.max(yearOf(tranche.dueDate)!, asOfYear), uncovered);
    }
  }
  return { received, expected, averagePricePerMu: pricedMu > 0 ? value / pricedMu : undefined };
}
