// How a loan's rate moves over its term, as policy banks write it: fixed for the whole term, or the loan prime rate
// (LPR, 5-year) plus a spread, reset once a year on a set day (e.g. 1 January) to the LPR then published. The LPR path
// is not known in advance: it is an assumption of the plan (rate by year, the last one carried forward).
import { parseIsoDate } from './calendar-date';

export type RateSchedule =
  | { readonly kind: 'fixed' }
  | {
      readonly kind: 'lpr';
      /** Added to the LPR: +0.0051 for "LPR + 51 bp"; may be negative. */
      readonly spread: number;
      /** The yearly reset day, MM-DD. */
      readonly resetMonthDay: string;
    };

/** LPR by year (fraction, 0.035 = 3.50 %); a year not listed takes the latest earlier year, else `base`. */
export interface LprPath {
  readonly base: number;
  readonly byYear: Readonly<Record<string, number>>;
}

/** The 5-year LPR published 20 May 2025 (3.50 %), the default when the user has given no path. */
export const DEFAULT_LPR_PATH: LprPath = { base: 0.035, byYear: {} };

export function lprOfYear(path: LprPath, year: number): number {
  let best: number | undefined;
  let bestYear = -Infinity;
  for (const [key, rate] of Object.entries(path.byYear)) {
    const y = Number(key);
    if (y <= year && y > bestYear) {
      bestYear = y;
      best = rate;
    }
  }
  return best ?? path.base;
}

/**
 * The annual rate in force on `date` (YYYY-MM-DD): for an LPR loan, the LPR of the year of the last reset day on or
 * before the date, plus the spread. A loan's fixed rate is `fixedRate`.
 */
export function rateInForce(schedule: RateSchedule | undefined, fixedRate: number, path: LprPath, date: string): number {
  if (!schedule || schedule.kind === 'fixed') return fixedRate;
  const d = parseIsoDate(date)!;
  const resetThisYear = `${String(d.year).padStart(4, '0')}-${schedule.resetMonthDay}`;
  const year = date >= resetThisYear ? d.year : d.year - 1;
  return Math.max(0, lprOfYear(path, year) + schedule.spread);
}

export function rateScheduleProblems(schedule: RateSchedule | undefined): string[] {
  if (!schedule || schedule.kind === 'fixed') return [];
  const problems: string[] = [];
  if (!(Number.isFinite(schedule.spread) && Math.abs(schedule.spread) < 0.2)) problems.push(`the spread over the LPR must be a rate between −20 % and 20 %, not ${schedule.spread}`);
  const m = /^(\d{2})-(\d{2})$/.exec(schedule.resetMonthDay);
  if (!m || !parseIsoDate(`2001-${schedule.resetMonthDay}`)) problems.push(`the yearly reset day must be a day of the year in the form MM-DD, not “${schedule.resetMonthDay}”`);
  return problems;
}
