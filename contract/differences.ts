/**
 * How the report presents a difference (here against the country, one role against another), so
 * the page, the PDF and the exports read the same: which figures rest on few answers, and in
 * which order the list of large differences is read.
 */

/**
 * Below this many answers a shown figure is marked "small n, read with care", as the hospital
 * report marked its diagnostic group (7 trainees). Ten is also what a pool figure needs. With
 * fewer, a 95 % interval of a share is about ±30 pp wide, so a 10 pp difference says little.
 */
export const SMALL_N = 10;

/** Whether a shown figure of n answers is "small n". */
export const isSmallN = (n: number | null | undefined): boolean => n !== null && n !== undefined && n > 0 && n < SMALL_N;

export interface Difference {
  differencePp: number;
  /** The difference's 95 % interval does not reach zero. */
  excludesZero: boolean;
}

/**
 * The large differences in the order a reader should meet them: first those whose interval
 * excludes zero (unlikely to be chance), then the others; within each, the larger difference
 * first, and equal ones in the survey's order (the sort is stable). With three or four
 * trainees almost every statement differs by 10 pp, so the plain survey order buries the few
 * that the answers actually support.
 */
export function byEvidence<T extends Difference>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => Number(b.excludesZero) - Number(a.excludesZero) || Math.abs(b.differencePp) - Math.abs(a.differencePp));
}

interface ShareWithInterval {
  share: number;
  interval: { low: number; high: number };
}

/**
 * The 95 % interval of the difference a − b of two shares from their own Wilson intervals:
 * Newcombe's hybrid score method (method 10 of Newcombe 1998, Stat Med 17:873), in shares
 * (−1 to 1). One formula for the benchmark (server) and the role flags (read from the shown cells).
 */
export function hybridScoreDifference(a: ShareWithInterval, b: ShareWithInterval): { difference: number; low: number; high: number; excludesZero: boolean } {
  const difference = a.share - b.share;
  const low = Math.max(-1, difference - Math.hypot(a.share - a.interval.low, b.interval.high - b.share));
  const high = Math.min(1, difference + Math.hypot(a.interval.high - a.share, b.share - b.interval.low));
  return { difference, low, high, excludesZero: low > 0 || high < 0 };
}
