// Whole days between two calendar dates, counted on the numbers (no Date, no time zone): how late a payment is.
import { parseIsoDate, type CalendarDate } from './calendar-date';

/** Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayNumber(date: CalendarDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** `to` − `from` in days (negative when `to` is earlier). Throws on text that is not a date. */
export function daysBetween(from: string, to: string): number {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  if (!a || !b) throw new RangeError(`“${a ? to : from}” is not a date in the form YYYY-MM-DD`);
  return dayNumber(b) - dayNumber(a);
}
