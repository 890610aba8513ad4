import { addCalendarMonths, isCalendarDate, monthOf, monthsSpanned, wholeMonthsWithin } from '../../../contract/dates.js';
import { fieldProblem, Invalid } from '../../http/errors.js';
import type { PoolWindow } from './repository.js';

/**
 * The benchmark window: which months of the national pool a report compares with. Decided once,
 * when the review closes, and kept in its snapshot (README, Anonymity):
 * - whole months only, because the pool files answers by month: two reports can differ by a whole
 *   month of the pool, never by a day of it;
 * - never the month the report is computed in, so a window's answers are all in before it is read,
 *   and two reports computed in different weeks with the same window agree;
 * - a month counts only when the other hospitals gave at least POOL_MONTH_MINIMUM answers to the
 *   item in the role in it, so the month two windows differ by is itself a group big enough to show;
 * - a figure needs answers from at least POOL_MINIMUM_HOSPITALS other hospitals.
 */

/**
 * A pool figure needs answers from at least this many hospitals besides the reviewed one, so that
 * no one hospital's answers can be read off a benchmark (the UK survey's benchmark groups work
 * the same way: a comparison group, never one other unit).
 */
export const POOL_MINIMUM_HOSPITALS = 3;

/**
 * Answers a pool month needs (per item and role, from the other hospitals) to count: the
 * platform's default anonymity threshold, which the pool's respondents were promised at least.
 */
export const POOL_MONTH_MINIMUM = 3;

/** Longest window, in months, whichever way it is set (as benchmarkWindowMonths allows). */
const LONGEST_WINDOW = 120;

/**
 * The first month of a benchmark window of `months` months ending with the current one. Months
 * are UTC months because poolMonth files answers by them; Swedish months would shift the window
 * against the pool around midnight of the 1st.
 */
export function windowStart(months: number, now = new Date()): string {
  return addCalendarMonths(monthOf(now), -(months - 1));
}

/**
 * The benchmark window of a report computed at `now`: the `months` whole months before the
 * current one. The month in progress is left out, so reports computed within one month compare
 * with the same pool.
 */
export function benchmarkWindow(months: number, now: Date): PoolWindow {
  return {
    fromMonth: windowStart(months + 1, now),
    untilMonth: windowStart(2, now),
    minimumHospitals: POOL_MINIMUM_HOSPITALS,
    monthMinimum: POOL_MONTH_MINIMUM,
  };
}

/** A review's benchmark setting: months before closing, or a fixed period. */
export interface WindowSetting {
  benchmarkWindowMonths: number;
  benchmarkFrom: string | null;
  benchmarkUntil: string | null;
}

/**
 * The window of a review's report computed at `now`. A fixed period gives the whole months inside
 * it, ending at the latest with the month before `now` (a review closed before its period ended
 * compares with the months that were over). `months` is the number of months compared with,
 * 0 when none were over.
 */
export function reviewWindow(setting: WindowSetting, now: Date): PoolWindow & { months: number } {
  if (setting.benchmarkFrom === null || setting.benchmarkUntil === null) {
    return { ...benchmarkWindow(setting.benchmarkWindowMonths, now), months: setting.benchmarkWindowMonths };
  }
  const whole = wholeMonthsWithin(setting.benchmarkFrom, setting.benchmarkUntil);
  const lastOver = windowStart(2, now);
  const fromMonth = whole?.fromMonth ?? setting.benchmarkFrom;
  const untilMonth = whole && whole.untilMonth < lastOver ? whole.untilMonth : lastOver;
  return {
    fromMonth,
    untilMonth,
    minimumHospitals: POOL_MINIMUM_HOSPITALS,
    monthMinimum: POOL_MONTH_MINIMUM,
    months: whole && fromMonth <= untilMonth ? monthsSpanned(fromMonth, untilMonth) : 0,
  };
}

/**
 * Refuses a fixed period that cannot give a window: until before from, no whole month inside,
 * longer than ten years, or ending after the review's closing date (the pool after closing is
 * not the review's comparison, and its months are not over when the figures are computed).
 */
export function checkBenchmarkPeriod(period: { from: string; until: string }, closesAt: string | null): void {
  const field = 'body.benchmarkPeriod';
  for (const end of ['from', 'until'] as const) {
    if (!isCalendarDate(period[end])) {
      throw new Invalid({ code: 'field.notRealDate', params: { value: period[end] } }, [
        fieldProblem(`${field}.${end}`, 'field.notRealDate', { value: period[end] }),
      ]);
    }
  }
  if (period.until < period.from) {
    throw new Invalid({ code: 'review.benchmark.backwards' }, [fieldProblem(`${field}.until`, 'review.benchmark.backwards')]);
  }
  const whole = wholeMonthsWithin(period.from, period.until);
  if (!whole) {
    // Named at its end: the form shows it there, beside the date that would have to move.
    const params = { from: period.from, until: period.until };
    throw new Invalid({ code: 'review.benchmark.noWholeMonth', params }, [fieldProblem(`${field}.until`, 'review.benchmark.noWholeMonth', params)]);
  }
  if (monthsSpanned(whole.fromMonth, whole.untilMonth) > LONGEST_WINDOW) {
    const params = { limit: LONGEST_WINDOW };
    throw new Invalid({ code: 'review.benchmark.tooLong', params }, [fieldProblem(`${field}.until`, 'review.benchmark.tooLong', params)]);
  }
  if (closesAt !== null && period.until > closesAt) {
    throw new Invalid({ code: 'review.benchmark.afterClosing', params: { closesAt } }, [
      fieldProblem(`${field}.until`, 'review.benchmark.afterClosing', { closesAt }),
    ]);
  }
}
