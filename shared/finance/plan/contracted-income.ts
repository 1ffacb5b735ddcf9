// Quota income from signed contracts, per year, from the receivables as of the date: received (in the year paid, up to
// the as-of date), contracted (instalments due from the as-of date on, in the year due) and overdue (due before the
// as-of date, unpaid). Overdue money is not lost, nor is it certain: the plan keeps it in the as-of year, flagged, or
// drops it, as the user chooses.
import { yearOf } from '../calendar-date';
import type { TranchePlan } from '../quota-tranches';
import type { PlanPayment, PlanSale } from './plan-inputs';
import { instalments, signedBy, type Instalment } from './receivables';
import { addToYear, type YearAmounts } from './year-amounts';

export interface ContractedIncome {
  readonly received: YearAmounts;
  readonly contracted: YearAmounts;
  /** Fen overdue as of the date (all of it; the plan decides where it goes). */
  readonly overdueFen: number;
  readonly instalments: readonly Instalment[];
  /** Mu-weighted average price of the signed sales that have one, yuan/mu; undefined when none has. */
  readonly averagePricePerMu: number | undefined;
  /** Mu of sales signed by the as-of date, and the year of the first contract: the county's past pace. */
  readonly signedMu: number;
  readonly firstContractYear: number | undefined;
  /** Mu by scope of the signed sales. */
  readonly signedMuByScope: Readonly<Record<string, number>>;
  /** Mu per project of sales signed after the as-of date: not sold yet as of then. */
  readonly unsignedMuByProject: ReadonlyMap<string, number>;
}

export function contractedIncome(
  sales: readonly PlanSale[],
  payments: readonly PlanPayment[],
  tranchePlans: Readonly<Record<string, TranchePlan>>,
  asOfDate: string,
): ContractedIncome {
  const asOfYear = yearOf(asOfDate)!;
  const all = instalments(sales, payments, tranchePlans, asOfDate);
  const received: YearAmounts = new Map();
  const contracted: YearAmounts = new Map();
  let overdueFen = 0;
  for (const i of all) {
    if (i.paidDate) addToYear(received, yearOf(i.paidDate)!, i.amountFen);
    else if (i.status === 'overdue') overdueFen += i.amountFen;
    else addToYear(contracted, Math.max(yearOf(i.dueDate) ?? asOfYear, asOfYear), i.amountFen);
  }
  let pricedMu = 0, value = 0, signedMu = 0;
  let firstContractYear: number | undefined;
  const signedMuByScope: Record<string, number> = {};
  const unsignedMuByProject = new Map<string, number>();
  for (const sale of sales) {
    if (!signedBy(sale, asOfDate)) {
      unsignedMuByProject.set(sale.project_code, (unsignedMuByProject.get(sale.project_code) ?? 0) + sale.mu);
      continue;
    }
    signedMu += sale.mu;
    const scope = sale.scope ?? 'intra_province';
    signedMuByScope[scope] = (signedMuByScope[scope] ?? 0) + sale.mu;
    const year = yearOf(sale.contract_date);
    if (year !== undefined && (firstContractYear === undefined || year < firstContractYear)) firstContractYear = year;
    if (sale.unit_price_yuan === null) continue;
    pricedMu += sale.mu;
    value += sale.mu * sale.unit_price_yuan;
  }
  return { received, contracted, overdueFen, instalments: all, averagePricePerMu: pricedMu > 0 ? value / pricedMu : undefined, signedMu, firstContractYear, signedMuByScope, unsignedMuByProject };
}
