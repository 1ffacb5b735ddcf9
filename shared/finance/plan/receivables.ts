// Receivables as of a date: every instalment of every signed sale, with what became of it by then. A payment row is
// an instalment (due date, amount) and, once paid, its paid date; the part of a contract no row covers yet follows the
// sale's tranche plan. Nothing after the as-of date is known: a sale signed later is not signed yet, a payment paid
// later is not paid yet. So a plan as of a date is the plan of the data cut at that date.
//   paid        paid by the as-of date, on time
//   paid_late   paid by the as-of date, after its due date (days_late says how long after)
//   overdue     due before the as-of date and not paid (days_overdue)
//   due         due on or after the as-of date (or with no due date)
import { yearOf } from '../calendar-date';
import { daysBetween } from '../day-count';
import { fenToYuan, yuanToFen } from '../money';
import { DEFAULT_TRANCHE_PLAN, quotaTrancheSchedule, type TranchePlan } from '../quota-tranches';
import type { PlanPayment, PlanSale } from './plan-inputs';

export type InstalmentStatus = 'paid' | 'paid_late' | 'overdue' | 'due';

export interface Instalment {
  readonly saleCode: string;
  /** The payment row, or null for a part of the contract no row covers yet (from the tranche plan). */
  readonly paymentCode: string | null;
  readonly dueDate: string | null;
  readonly paidDate: string | null;
  readonly amountFen: number;
  readonly status: InstalmentStatus;
  /** Days after the due date it was paid (paid_late) or is still unpaid (overdue); 0 otherwise. */
  readonly days: number;
}

/** One overdue instalment as `landlink plan --json` and the screens list it. */
export interface OverdueReceivable {
  sale_code: string;
  project_code: string;
  buyer: string | null;
  payment_code: string | null;
  due_date: string;
  amount: number;
  days_overdue: number;
}

/** How a sale stands as of the date: everything due received, some of it, none of it, or received late. */
export type SaleStanding = 'current' | 'paid_late' | 'partial' | 'unpaid';

export interface SaleReceivable {
  sale_code: string;
  due_to_date: number;
  received_to_date: number;
  overdue: number;
  standing: SaleStanding;
}

/** Whether a sale is signed by the date: one with no contract date counts as signed (it is in the ledger). */
export function signedBy(sale: Pick<PlanSale, 'contract_date'>, asOfDate: string): boolean {
  return !sale.contract_date || yearOf(sale.contract_date) === undefined || sale.contract_date <= asOfDate;
}

export function instalments(
  sales: readonly PlanSale[],
  payments: readonly PlanPayment[],
  tranchePlans: Readonly<Record<string, TranchePlan>>,
  asOfDate: string,
): Instalment[] {
  const signed = new Map(sales.filter((s) => signedBy(s, asOfDate)).map((s) => [s.code, s]));
  const result: Instalment[] = [];
  const recordedBySale = new Map<string, number>();
  for (const payment of payments) {
    if (!signed.has(payment.transaction_code)) continue;
    const amountFen = yuanToFen(payment.amount_yuan);
    recordedBySale.set(payment.transaction_code, (recordedBySale.get(payment.transaction_code) ?? 0) + amountFen);
    const dueDate = payment.due_date && yearOf(payment.due_date) !== undefined ? payment.due_date : null;
    const paidDate = payment.paid_date && yearOf(payment.paid_date) !== undefined && payment.paid_date <= asOfDate ? payment.paid_date : null;
    result.push({ saleCode: payment.transaction_code, paymentCode: payment.code, dueDate, paidDate, amountFen, ...statusOf(dueDate, paidDate, asOfDate) });
  }
  for (const sale of signed.values()) {
    if (sale.unit_price_yuan === null) continue;
    const total = yuanToFen(sale.mu * sale.unit_price_yuan);
    const recorded = recordedBySale.get(sale.code) ?? 0;
    if (recorded >= total) continue;
    // The tranches the recorded payment rows have not reached yet, in order.
    const contractDate = sale.contract_date && yearOf(sale.contract_date) !== undefined ? sale.contract_date : asOfDate;
    let covered = recorded;
    for (const tranche of quotaTrancheSchedule(total, contractDate, tranchePlans[sale.code] ?? DEFAULT_TRANCHE_PLAN)) {
      const uncovered = Math.max(0, tranche.amountFen - covered);
      covered = Math.max(0, covered - tranche.amountFen);
      if (uncovered > 0) result.push({ saleCode: sale.code, paymentCode: null, dueDate: tranche.dueDate, paidDate: null, amountFen: uncovered, ...statusOf(tranche.dueDate, null, asOfDate) });
    }
  }
  return result;
}

function statusOf(dueDate: string | null, paidDate: string | null, asOfDate: string): { status: InstalmentStatus; days: number } {
  if (paidDate) {
    const late = dueDate ? daysBetween(dueDate, paidDate) : 0;
    return late > 0 ? { status: 'paid_late', days: late } : { status: 'paid', days: 0 };
  }
  if (dueDate && dueDate < asOfDate) return { status: 'overdue', days: daysBetween(dueDate, asOfDate) };
  return { status: 'due', days: 0 };
}

export function overdueReceivables(all: readonly Instalment[], sales: readonly PlanSale[]): OverdueReceivable[] {
  const byCode = new Map(sales.map((s) => [s.code, s]));
  return all
    .filter((i) => i.status === 'overdue')
    .map((i) => ({
      sale_code: i.saleCode,
      project_code: byCode.get(i.saleCode)?.project_code ?? '',
      buyer: byCode.get(i.saleCode)?.buyer ?? null,
      payment_code: i.paymentCode,
      due_date: i.dueDate!,
      amount: fenToYuan(i.amountFen),
      days_overdue: i.days,
    }))
    .sort((a, b) => a.due_date.localeCompare(b.due_date) || a.sale_code.localeCompare(b.sale_code));
}

export function saleReceivables(all: readonly Instalment[]): SaleReceivable[] {
  const bySale = new Map<string, Instalment[]>();
  for (const i of all) bySale.set(i.saleCode, [...(bySale.get(i.saleCode) ?? []), i]);
  return [...bySale.entries()].map(([code, list]) => {
    let due = 0, received = 0, overdue = 0, late = false;
    for (const i of list) {
      if (i.status !== 'due') due += i.amountFen;
      if (i.paidDate) received += i.amountFen;
      if (i.status === 'overdue') overdue += i.amountFen;
      if (i.status === 'paid_late') late = true;
    }
    const standing: SaleStanding = overdue === 0 ? (late ? 'paid_late' : 'current') : received > 0 ? 'partial' : 'unpaid';
    return { sale_code: code, due_to_date: fenToYuan(due), received_to_date: fenToYuan(received), overdue: fenToYuan(overdue), standing };
  });
}
