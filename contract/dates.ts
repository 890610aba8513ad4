/**
 * Calendar arithmetic for the server and the client, on date-fns.
 *
 * Dates travel as 'YYYY-MM-DD'. Arithmetic on them runs in UTC, which has no daylight saving,
 * so a day is a day whatever zone the server or the browser happens to be in. Deadlines and
 * closing dates are meant in Swedish time, so "today" is Sweden's today.
 */
import { tz } from '@date-fns/tz';
import {
  addDays,
  addMonths,
  differenceInCalendarDays,
  differenceInCalendarMonths,
  format,
  isValid,
  lastDayOfMonth,
  parse,
  startOfMonth,
  subDays,
} from 'date-fns';
import { enGB, sv } from 'date-fns/locale';

export const SWEDEN = 'Europe/Stockholm';

const DATE_ONLY = 'yyyy-MM-dd';
const inUtc = { in: tz('UTC') };
const inSweden = { in: tz(SWEDEN) };

const strict = /^\d{4}-\d{2}-\d{2}$/;
/** parse alone would also take '2030-2-3'; the wire format is fixed-width. */
const dateOf = (value: string) => (strict.test(value) ? parse(value, DATE_ONLY, new Date(0), inUtc) : new Date(NaN));
const text = (date: Date) => format(date, DATE_ONLY, inUtc);

/** Whether YYYY-MM-DD names a real day: not 2030-02-30, and not year 0, which PostgreSQL refuses. */
export function isCalendarDate(value: string): boolean {
  return isValid(dateOf(value));
}

/** The date in Sweden at `now`; 23:30 UTC on 30 November is already 1 December there. */
export function todayInSweden(now: Date): string {
  return format(now, DATE_ONLY, inSweden);
}

/** The same day `months` later (or earlier); a day the month lacks becomes its last, so 30 November + 3 is 28 or 29 February. */
/** A day written out for a letter: "3 mars 2027", "3 March 2027". */
export function longDate(date: string, language: 'sv' | 'en'): string {
  return format(dateOf(date), 'd MMMM yyyy', { ...inUtc, locale: language === 'sv' ? sv : enGB });
}

export function addCalendarMonths(date: string, months: number): string {
  return text(addMonths(dateOf(date), months, inUtc));
}

export function addCalendarDays(date: string, days: number): string {
  return text(addDays(dateOf(date), days, inUtc));
}

/** Days from `from` to `to`, negative when `to` is earlier. */
export function calendarDaysBetween(from: string, to: string): number {
  return differenceInCalendarDays(dateOf(to), dateOf(from), inUtc);
}

/**
 * The first day of the UTC month `moment` falls in: the benchmark pool files answers by UTC
 * month (poolMonth), so the window that selects pool months counts in the same months.
 */
export function monthOf(moment: Date): string {
  return text(startOfMonth(moment, inUtc));
}

/**
 * The whole calendar months inside `from`–`until` (both days included), as the first days of the
 * first and the last such month; null when the range holds no whole month. A range that starts
 * after the 1st begins with the next month, one that ends before the month's last day ends with
 * the month before.
 */
export function wholeMonthsWithin(from: string, until: string): { fromMonth: string; untilMonth: string } | null {
  const start = dateOf(from);
  const end = dateOf(until);
  const fromMonth = text(start) === text(startOfMonth(start, inUtc)) ? text(start) : text(addMonths(startOfMonth(start, inUtc), 1, inUtc));
  const untilMonth = text(end) === text(lastDayOfMonth(end, inUtc)) ? text(startOfMonth(end, inUtc)) : text(addMonths(startOfMonth(end, inUtc), -1, inUtc));
  return fromMonth <= untilMonth ? { fromMonth, untilMonth } : null;
}

/** Months from the month of `fromMonth` to that of `untilMonth`, both counted: 2024-01 to 2025-09 is 21. */
export function monthsSpanned(fromMonth: string, untilMonth: string): number {
  return differenceInCalendarMonths(dateOf(untilMonth), dateOf(fromMonth), inUtc) + 1;
}

/**
 * The same UTC time of day `days` days before `moment`. Counting in UTC keeps the result the
 * same whatever the server's zone; a plain Date comes back so toISOString ends in Z.
 */
export function daysBefore(moment: Date, days: number): Date {
  return new Date(subDays(moment, days, inUtc).getTime());
}
