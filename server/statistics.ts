/**
 * The statistics the graded report needs (docs/domain.md §3 and §6), as plain functions of plain data:
 * the repository feeds them counts, they never reach for a database.
 *
 * Conventions: a *share* is a fraction in [0, 1]; anything named `...Pp` is in percentage points;
 * a share is printed, and compared in printed pp, only through `sharePercent` (contract/shares.ts).
 * Bad input (more agreeing than answered, negative counts) is a caller's bug and throws RangeError.
 */
import { hybridScoreDifference } from '../contract/differences.js';
import { sharePercent } from '../contract/shares.js';
import { ROLES, type Role } from '../contract/domain.js';

export interface Proportion {
  successes: number;
  n: number;
}

export interface Interval {
  low: number;
  high: number;
}

/** The two-sided 95 % normal quantile to full double precision, so results match published tables. */
const Z95 = 1.959963984540054;

function checkProportion(successes: number, n: number): void {
  if (!(Number.isFinite(successes) && Number.isFinite(n) && successes >= 0 && successes <= n)) {
    throw new RangeError(`Expected 0 ≤ successes ≤ n, got ${successes} of ${n}.`);
  }
}

// ── Shares and intervals ─────────────────────────────────────────────────────────────────────

/**
 * Share agreeing among those who answered on the scale. The caller has already left out "don't
 * know / not applicable", which surveys of this kind do not count either way (docs/domain.md §6).
 */
export function agreementShare(counts: { agreeing: number; answered: number }): number | null {
  const { agreeing, answered } = counts;
  checkProportion(agreeing, answered);
  return answered === 0 ? null : agreeing / answered;
}

/**
 * Wilson score interval. Chosen over the textbook Wald interval because clinics are small: Wald
 * collapses to a point at 0/n and n/n and spills outside [0, 1] near them, while Wilson stays inside
 * and keeps close to its nominal coverage (Newcombe 1998; Brown, Cai & DasGupta 2001).
 */
export function wilsonInterval(successes: number, n: number, z = Z95): Interval | null {
  checkProportion(successes, n);
  if (n === 0) return null;
  const p = successes / n;
  const zz = (z * z) / n;
  const centre = (p + zz / 2) / (1 + zz);
  const half = (z * Math.sqrt((p * (1 - p)) / n + zz / (4 * n))) / (1 + zz);
  // In exact arithmetic the bound is 0 at 0/n and 1 at n/n; say so rather than trust the rounding.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === n ? 1 : Math.min(1, centre + half),
  };
}

export interface Difference extends Interval {
  difference: number;
  excludesZero: boolean;
}

/**
 * p_a − p_b with Newcombe's hybrid score interval (method 10 of Newcombe 1998, Stat Med 17:873),
 * which combines the two Wilson intervals. It needs no continuity correction, stays inside [−1, 1]
 * and behaves at 0/n, where the Wald difference interval fails.
 */
export function newcombeDifference(a: Proportion, b: Proportion, z = Z95): Difference | null {
  const wa = wilsonInterval(a.successes, a.n, z);
  const wb = wilsonInterval(b.successes, b.n, z);
  if (!wa || !wb) return null;
  return hybridScoreDifference({ share: a.successes / a.n, interval: wa }, { share: b.successes / b.n, interval: wb });
}

// ── National benchmark ───────────────────────────────────────────────────────────────────────

export interface BenchmarkRule {
  minDifferencePp: number;
  poolMinimum: number;
}

/**
 * 10 pp is the cut the hospital report used to list statements against the rest of the country
 * (docs/domain.md §3). A pool under 10 answers is no benchmark: its Wilson interval is some ±25 pp wide.
 */
export const BENCHMARK_DEFAULTS: BenchmarkRule = { minDifferencePp: 10, poolMinimum: 10 };

export interface BenchmarkComparison {
  localShare: number;
  poolShare: number;
  /** Printed local minus printed pool, so a listed statement visibly differs by the cut. */
  differencePp: number;
  /** Newcombe 95 % interval of the difference, in pp, unrounded. */
  interval: Interval;
  excludesZero: boolean;
  flagged: boolean;
  suppressed: boolean;
}

/** Null when either side has no answers: there is nothing to compare. */
export function benchmarkComparison(local: Proportion, pool: Proportion, rule: BenchmarkRule = BENCHMARK_DEFAULTS): BenchmarkComparison | null {
  const d = newcombeDifference(local, pool);
  if (!d) return null;
  const localShare = local.successes / local.n;
  const poolShare = pool.successes / pool.n;
  const differencePp = sharePercent(local.successes, local.n)! - sharePercent(pool.successes, pool.n)!;
  const suppressed = pool.n < rule.poolMinimum;
  return {
    localShare,
    poolShare,
    differencePp,
    interval: { low: d.low * 100, high: d.high * 100 },
    excludesZero: d.excludesZero,
    flagged: !suppressed && Math.abs(differencePp) >= rule.minDifferencePp,
    suppressed,
  };
}

// ── Role patterns ────────────────────────────────────────────────────────────────────────────

/** Usual order from least to most positive: trainees, supervisors, directors, heads (docs/domain.md §3). */
export const ROLE_ORDER: readonly Role[] = ROLES;

export interface PatternThresholds {
  breakMarginPp: number;
  leadershipGapPp: number;
}

/**
 * breakMarginPp 10: the same practical cut as the benchmark; smaller inversions between roles are
 * common and mostly noise with a handful of directors and heads. leadershipGapPp 20: among the
 * statements the hospital report quotes, those it calls middling or weak have heads 21–31 pp above
 * trainees (IUP 100 vs 72, its revision 80 vs 59, introduction 73 vs 52, supervision in supervising
 * 73 vs 42, quality-work assessment 60 vs 31) and the rest 14 pp or less (theoretical training 100
 * vs 86), so 20 separates them.
 */
export const PATTERN_DEFAULTS: PatternThresholds = { breakMarginPp: 10, leadershipGapPp: 20 };

export type RolePatternFlag = { kind: 'order-break'; role: Role; below: Role; marginPp: number } | { kind: 'leadership-gap'; gapPp: number };

/** Margins use printed pp, like the benchmark, so a flag matches the figures the reader sees. */
export function rolePatternFlags(shares: Partial<Record<Role, Proportion | null>>, thresholds: PatternThresholds = PATTERN_DEFAULTS): RolePatternFlag[] {
  const pp = (role: Role): number | null => {
    const share = shares[role];
    return share ? sharePercent(share.successes, share.n) : null;
  };
  const flags: RolePatternFlag[] = [];
  ROLE_ORDER.forEach((role, j) => {
    for (const below of ROLE_ORDER.slice(0, j)) {
      const [usuallyHigher, usuallyLower] = [pp(role), pp(below)];
      if (usuallyHigher === null || usuallyLower === null) continue;
      const marginPp = usuallyLower - usuallyHigher;
      if (marginPp >= thresholds.breakMarginPp) flags.push({ kind: 'order-break', role, below, marginPp });
    }
  });
  const [head, st] = [pp('head'), pp('st')];
  if (head !== null && st !== null && head - st >= thresholds.leadershipGapPp) {
    flags.push({ kind: 'leadership-gap', gapPp: head - st });
  }
  return flags;
}

// ── Outliers (UK national training survey rule, docs/domain.md §6) ────────────────────────────────

/** Linear interpolation between order statistics (R's type 7, Excel's QUARTILE.INC). */
export function quantile(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

export interface QuartileCuts {
  q1: number;
  median: number;
  q3: number;
}

/** The cut points of a pool of values (the database computes the same with percentile_cont). */
export function quartileCuts(poolValues: number[]): QuartileCuts {
  if (poolValues.length === 0) throw new RangeError('Cannot place a value in an empty pool.');
  const sorted = [...poolValues].sort((a, b) => a - b);
  return { q1: quantile(sorted, 0.25), median: quantile(sorted, 0.5), q3: quantile(sorted, 0.75) };
}

/**
 * 1 = bottom quartile. Bottom means strictly below Q1 and top strictly above Q3, so a pool of equal
 * values puts no one at either end; a value at the median counts to the upper half.
 */
export function quartileOf(value: number, cuts: QuartileCuts): 1 | 2 | 3 | 4 {
  if (value < cuts.q1) return 1;
  if (value > cuts.q3) return 4;
  return value < cuts.median ? 2 : 3;
}

/** Outlier: in the bottom or top quartile of its pool and its 95 % interval misses the pool mean. */
export function isOutlier(unit: { share: number; interval: Interval }, cuts: QuartileCuts, poolMean: number): boolean {
  const quartile = quartileOf(unit.share, cuts);
  const missesMean = unit.interval.high < poolMean || unit.interval.low > poolMean;
  return (quartile === 1 || quartile === 4) && missesMean;
}

// ── Numeric items ────────────────────────────────────────────────────────────────────────────

export interface NumericSummary {
  n: number;
  atLeastOne: number;
  atLeastOneShare: number | null;
  zero: number;
  zeroShare: number | null;
  median: number | null;
  mean: number | null;
}

/** Reported as in the hospital report's self-study figures: share with ≥ 1 hour and with none. */
export function numericSummary(values: number[]): NumericSummary {
  const n = values.length;
  const atLeastOne = values.filter((v) => v >= 1).length;
  const zero = values.filter((v) => v === 0).length;
  if (n === 0) return { n, atLeastOne, atLeastOneShare: null, zero, zeroShare: null, median: null, mean: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n,
    atLeastOne,
    atLeastOneShare: atLeastOne / n,
    zero,
    zeroShare: zero / n,
    median: quantile(sorted, 0.5),
    mean: values.reduce((a, b) => a + b, 0) / n,
  };
}

/** Answers meeting a guideline target, e.g. 6 supervision talks a year (docs/domain.md §3), and their share. */
export function targetAttainment(values: number[], target: number): { count: number; share: number | null } {
  const count = values.filter((v) => v >= target).length;
  return { count, share: values.length === 0 ? null : count / values.length };
}

/**
 * Whether a value reaches a threshold, compared as a goal says (a 'yes' goal is met by a yes, not by
 * a number): the hospital's targets in the review's report and the organisation's annual goals.
 */
export function meetsTarget(value: number, comparison: 'atLeast' | 'atMost' | 'equal', threshold: number): boolean {
  switch (comparison) {
    case 'atLeast':
      return value >= threshold;
    case 'atMost':
      return value <= threshold;
    case 'equal':
      return value === threshold;
  }
}
