/**
 * The statistics the graded report needs (domain.md §3 and §6), as plain functions of plain data:
 * the repository feeds them counts, they never reach for a database.
 *
 * Conventions: a *share* is a fraction in [0, 1]; anything named `...Pp` is in percentage points.
 * Bad input (more agreeing than answered, negative counts) is a caller's bug and throws RangeError.
 */
import type { Role } from '../../../surveys/types.js';

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
 * know / not applicable", which surveys of this kind do not count either way (domain.md §6).
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
  const pa = a.successes / a.n;
  const pb = b.successes / b.n;
  const difference = pa - pb;
  const low = Math.max(-1, difference - Math.hypot(pa - wa.low, wb.high - pb));
  const high = Math.min(1, difference + Math.hypot(wa.high - pa, pb - wb.low));
  return { difference, low, high, excludesZero: low > 0 || high < 0 };
}

/**
 * A share (or a difference of shares) as whole percentage points, half away from zero, as reports
 * print them ("79 vs 94"). Rounding at 12 significant digits first keeps 0.145 (stored as
 * 0.14499999…) at 15 rather than 14.
 */
export function percentagePoints(share: number): number {
  const pp = Math.round(Number((Math.abs(share) * 100).toPrecision(12)));
  return (share < 0 ? -pp : pp) + 0; // + 0 turns −0 into 0
}

// ── National benchmark ───────────────────────────────────────────────────────────────────────

export interface BenchmarkRule {
  minDifferencePp: number;
  poolMinimum: number;
}

/**
 * 10 pp is the cut the hospital report used to list statements against the rest of the country
 * (domain.md §3). A pool under 10 answers is no benchmark: its Wilson interval is some ±25 pp wide.
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
export function benchmarkComparison(
  local: Proportion,
  pool: Proportion,
  rule: BenchmarkRule = BENCHMARK_DEFAULTS,
): BenchmarkComparison | null {
  const d = newcombeDifference(local, pool);
  if (!d) return null;
  const localShare = local.successes / local.n;
  const poolShare = pool.successes / pool.n;
  const differencePp = percentagePoints(localShare) - percentagePoints(poolShare);
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

/** Usual order from least to most positive: trainees, supervisors, directors, heads (domain.md §3). */
export const ROLE_ORDER: readonly Role[] = ['st', 'supervisor', 'director', 'head'];

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

export type RolePatternFlag =
  | { kind: 'order-break'; role: Role; below: Role; marginPp: number }
  | { kind: 'leadership-gap'; gapPp: number };

/** Margins use printed pp, like the benchmark, so a flag matches the figures the reader sees. */
export function rolePatternFlags(
  shares: Partial<Record<Role, number | null>>,
  thresholds: PatternThresholds = PATTERN_DEFAULTS,
): RolePatternFlag[] {
  const pp = (role: Role): number | null => {
    const share = shares[role];
    return share === null || share === undefined ? null : percentagePoints(share);
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

// ── Anonymity suppression ────────────────────────────────────────────────────────────────────

export interface TableInput {
  rows: string[];
  cols: string[];
  counts: number[][];
  threshold: number;
}

/** null = suppressed, shown as "too few answers". */
export interface SuppressedTable {
  rows: string[];
  cols: string[];
  counts: (number | null)[][];
  rowTotals: (number | null)[];
  colTotals: (number | null)[];
  total: number | null;
}

/** The counts with a totals column and a totals row appended; the corner is the grand total. */
type Grid = number[][];
/** true = hidden. */
type Mask = boolean[][];
type Pos = readonly [number, number];

/**
 * Hides every count (cell or total) with 0 < n < threshold, then hides further counts until no
 * hidden one can be worked out from what is shown.
 *
 * Zeros are always shown: a 0 names no one. A reader who knows that also knows every hidden count
 * is at least 1, so a zero is useless as a complement, and two hidden 1s alone in a row with a
 * shown total give each other away (total − shown = 2). The rules, applied until nothing changes:
 * 1. Lines: a row or column (totals row and column included) with exactly one hidden count hides
 *    one more, the smallest non-zero shown cell, or the line's total when no such cell is left.
 * 2. Inference: a hidden count is safe only if another table of whole numbers fits everything shown
 *    (same shown counts, every total adding up, every hidden count ≥ 1) with a different value for
 *    it. Such a table exists exactly when a ±1 change can travel round a cycle of hidden counts
 *    through it without pushing a 1 to 0 (the sum constraints form a bipartite incidence matrix,
 *    which is totally unimodular, so ±1 cycles suffice). A hidden count without one gets a
 *    complement: preferably a cell that on its own gives it such a cycle, else a cell in its row or
 *    column; totals are hidden only when no cell will do, since reports lean on them.
 * Hiding everything non-zero is always safe, so this ends. It does not model a reader who re-runs
 * these rules to rule out candidate tables.
 */
export function suppressTable(table: TableInput): SuppressedTable {
  const grid = extendedGrid(table);
  const hidden: Mask = grid.map((line) => line.map((n) => n > 0 && n < table.threshold));
  let changed = true;
  while (changed) changed = completeLine(grid, hidden) || protectInferable(grid, hidden);
  const shown = (i: number, j: number) => (hidden[i][j] ? null : grid[i][j]);
  const [last, lastCol] = [grid.length - 1, grid[0].length - 1];
  return {
    rows: table.rows,
    cols: table.cols,
    counts: table.rows.map((_, i) => table.cols.map((_, j) => shown(i, j))),
    rowTotals: table.rows.map((_, i) => shown(i, lastCol)),
    colTotals: table.cols.map((_, j) => shown(last, j)),
    total: shown(last, lastCol),
  };
}

function extendedGrid({ rows, cols, counts, threshold }: TableInput): Grid {
  const isCount = (n: number) => Number.isInteger(n) && n >= 0;
  if (!(Number.isInteger(threshold) && threshold >= 1)) {
    throw new RangeError('The threshold must be a whole number ≥ 1.');
  }
  const badRow = (row: number[]) => row.length !== cols.length || !row.every(isCount);
  if (counts.length !== rows.length || counts.some(badRow)) {
    throw new RangeError('Counts must be a rows × cols table of whole numbers ≥ 0.');
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const withTotals = counts.map((row) => [...row, sum(row)]);
  const totalsRow = [...cols, ''].map((_, j) => sum(withTotals.map((row) => row[j])));
  return [...withTotals, totalsRow];
}

/** Every entry: cells row by row first, then row totals, column totals and the grand total. */
function entries(grid: Grid): Pos[] {
  const [last, lastCol] = [grid.length - 1, grid[0].length - 1];
  const all = grid.flatMap((line, i) => line.map((_, j): Pos => [i, j]));
  const isCell = ([i, j]: Pos) => i < last && j < lastCol;
  return [...all.filter(isCell), ...all.filter((p) => !isCell(p))];
}

/** Rows then columns of the grid, each with its total last. */
function lines(grid: Grid): Pos[][] {
  const rowLines = grid.map((line, i) => line.map((_, j): Pos => [i, j]));
  const colLines = grid[0].map((_, j) => grid.map((_, i): Pos => [i, j]));
  return [...rowLines, ...colLines];
}

function smallestShown(grid: Grid, hidden: Mask, candidates: Pos[]): Pos | undefined {
  let best: Pos | undefined;
  for (const [i, j] of candidates) {
    if (hidden[i][j] || grid[i][j] === 0) continue;
    if (!best || grid[i][j] < grid[best[0]][best[1]]) best = [i, j];
  }
  return best;
}

function completeLine(grid: Grid, hidden: Mask): boolean {
  for (const line of lines(grid)) {
    if (line.filter(([i, j]) => hidden[i][j]).length !== 1) continue;
    const [i, j] = smallestShown(grid, hidden, line.slice(0, -1)) ?? line[line.length - 1];
    hidden[i][j] = true;
    return true;
  }
  return false;
}

function protectInferable(grid: Grid, hidden: Mask): boolean {
  const exposed = entries(grid).find(([i, j]) => hidden[i][j] && !isProtected(grid, hidden, [i, j]));
  if (!exposed) return false;
  const [i, j] = complementFor(grid, hidden, exposed);
  hidden[i][j] = true;
  return true;
}

function complementFor(grid: Grid, hidden: Mask, exposed: Pos): Pos {
  const [last, lastCol] = [grid.length - 1, grid[0].length - 1];
  const shown = entries(grid).filter(([i, j]) => !hidden[i][j] && grid[i][j] > 0);
  const cells = shown.filter(([i, j]) => i < last && j < lastCol);
  const totals = shown.filter(([i, j]) => i === last || j === lastCol);
  const protects = ([i, j]: Pos) => {
    const trial = hidden.map((line, a) => line.map((h, b) => h || (a === i && b === j)));
    return isProtected(grid, trial, exposed);
  };
  const inLine = ([i, j]: Pos) => i === exposed[0] || j === exposed[1];
  const choice =
    smallestShown(grid, hidden, cells.filter(protects)) ??
    smallestShown(grid, hidden, cells.filter(inLine)) ??
    smallestShown(grid, hidden, totals.filter(protects)) ??
    smallestShown(grid, hidden, shown);
  if (!choice) throw new Error('Suppression found an exposed count with nothing left to hide.');
  return choice;
}

/**
 * Entry (i, j) joins row line i and column line j. Along a cycle the changes alternate; seen from
 * the lines' equations (cells − total = 0) a total enters with the opposite sign to a cell, except
 * the grand total, which closes both totals lines. "up" is the change as seen from row i.
 */
function canChange(grid: Grid, [i, j]: Pos, up: boolean): boolean {
  const isMargin = (i === grid.length - 1) !== (j === grid[0].length - 1);
  return up !== isMargin || grid[i][j] >= 2;
}

function isProtected(grid: Grid, hidden: Mask, entry: Pos): boolean {
  return cycleThrough(grid, hidden, entry, true) || cycleThrough(grid, hidden, entry, false);
}

/** Searches for a path back from the entry's column to its row (or the reverse) over hidden counts. */
function cycleThrough(grid: Grid, hidden: Mask, [i, j]: Pos, up: boolean): boolean {
  if (!canChange(grid, [i, j], up)) return false;
  const rows = grid.length;
  const [start, goal] = up ? [rows + j, i] : [i, rows + j];
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    const fromRow = node < rows;
    const steps: Pos[] = fromRow ? grid[0].map((_, b) => [node, b]) : grid.map((_, a) => [a, node - rows]);
    for (const [a, b] of steps) {
      if (!hidden[a][b] || (a === i && b === j) || !canChange(grid, [a, b], fromRow)) continue;
      const next = fromRow ? rows + b : a;
      if (next === goal) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

// ── Outliers (UK national training survey rule, domain.md §6) ────────────────────────────────

/** Linear interpolation between order statistics (R's type 7, Excel's QUARTILE.INC). */
function quantile(sorted: number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/**
 * 1 = bottom quartile. Bottom means strictly below Q1 and top strictly above Q3, so a pool of equal
 * values puts no one at either end; a value at the median counts to the upper half.
 */
export function quartilePosition(value: number, poolValues: number[]): 1 | 2 | 3 | 4 {
  if (poolValues.length === 0) throw new RangeError('Cannot place a value in an empty pool.');
  const sorted = [...poolValues].sort((a, b) => a - b);
  if (value < quantile(sorted, 0.25)) return 1;
  if (value > quantile(sorted, 0.75)) return 4;
  return value < quantile(sorted, 0.5) ? 2 : 3;
}

/** Outlier: in the bottom or top quartile of its pool and its 95 % interval misses the pool mean. */
export function isOutlier(
  unit: { share: number; interval: Interval },
  poolValues: number[],
  poolMean: number,
): boolean {
  const quartile = quartilePosition(unit.share, poolValues);
  const missesMean = unit.interval.high < poolMean || unit.interval.low > poolMean;
  return (quartile === 1 || quartile === 4) && missesMean;
}

// ── Numeric items ────────────────────────────────────────────────────────────────────────────

export interface NumericSummary {
  n: number;
  atLeastOneShare: number | null;
  zeroShare: number | null;
  median: number | null;
  mean: number | null;
}

/** Reported as in the hospital report's self-study figures: share with ≥ 1 hour and with none. */
export function numericSummary(values: number[]): NumericSummary {
  const n = values.length;
  if (n === 0) return { n, atLeastOneShare: null, zeroShare: null, median: null, mean: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n,
    atLeastOneShare: values.filter((v) => v >= 1).length / n,
    zeroShare: values.filter((v) => v === 0).length / n,
    median: quantile(sorted, 0.5),
    mean: values.reduce((a, b) => a + b, 0) / n,
  };
}

/** Share of answers meeting a guideline target, e.g. 6 supervision talks a year (domain.md §3). */
export function targetAttainment(values: number[], target: number): number | null {
  return values.length === 0 ? null : values.filter((v) => v >= target).length / values.length;
}
