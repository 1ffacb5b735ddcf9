// The quota not sold yet, as the plan assumes it will sell: so many mu a year (the county's own past pace unless the
// user says otherwise) from the first sale year on, at the price of its year (the scope's base price, changed by the
// price path's years, the last one carried forward), paid in the year of sale. A delay moves the first sale year;
// signed contracts never move. Each year's income is rounded to the fen, as the workbook's ROUND(mu × price, 2) does.
import { roundHalfAwayFromZero } from '../money';
import type { SalesPace } from './plan-inputs';

export interface UnsoldYear {
  readonly year: number;
  readonly mu: number;
  /** Yuan per mu, after the scenario's price change. */
  readonly price: number;
  readonly fen: number;
}

export interface UnsoldSalesInput {
  readonly poolMu: number;
  readonly firstYear: number;
  readonly pace: SalesPace;
  /** The price of a year before the scenario's change. */
  readonly priceOfYear: (year: number) => number;
  readonly priceChange: number;
}

/** More than a century of sales is no plan: the pace is then too slow to mean anything. */
const MAX_YEARS = 100;

export function unsoldSales(input: UnsoldSalesInput): UnsoldYear[] {
  if (!(input.poolMu > 0)) return [];
  const years: UnsoldYear[] = [];
  const pace = input.pace.kind === 'on_acceptance' ? input.poolMu : input.pace.muPerYear;
  if (!(pace > 0)) return [];
  for (let k = 0; k < MAX_YEARS; k++) {
    // Closed form, so the workbook can say it in one cell: MAX(0, MIN(pace, pool − pace × k)).
    const mu = Math.max(0, Math.min(pace, input.poolMu - pace * k));
    if (mu <= 0) break;
    const year = input.firstYear + k;
    const price = input.priceOfYear(year) * (1 + input.priceChange);
    years.push({ year, mu, price, fen: roundHalfAwayFromZero(mu * price * 100) });
  }
  return years;
}

/** The price of a year from a path {year: price}: the latest listed year on or before it, else the base. */
export function pathPrice(base: number, path: Readonly<Record<string, number>> | undefined, year: number): number {
  let best = base;
  let bestYear = -Infinity;
  for (const [key, price] of Object.entries(path ?? {})) {
    const y = Number(key);
    if (y <= year && y > bestYear) {
      bestYear = y;
      best = price;
    }
  }
  return best;
}
