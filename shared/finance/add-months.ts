// Month arithmetic that clamps to the month's end, as banks date instalments: 31 January + 1 month = 28 (or 29)
// February. Schedules always add to the start date (start + k months), never chain, so 31 January, 28 February,
// 31 March keep their anchor day.
import { daysInMonth, formatIsoDate, parseIsoDate, type CalendarDate } from './calendar-date';

export function addMonthsToDate(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** `addMonths('2024-01-31', 1)` = `'2024-02-29'`. Throws on text that is not a date. */
export function addMonths(isoDate: string, months: number): string {
  const date = parseIsoDate(isoDate);
  if (!date) throw new RangeError(`“${isoDate}” is not a date in the form YYYY-MM-DD`);
  return formatIsoDate(addMonthsToDate(date, months));
}
