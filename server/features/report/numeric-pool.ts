import type { Static } from '@sinclair/typebox';
import type { PoolNumericFigure } from '../../../contract/report.js';
import type { Role } from '../../../contract/domain.js';
import type { PoolHistogram, PoolShare } from '../benchmark/repository.js';
import type { CatalogItem } from '../surveys/compiler.js';
import { BENCHMARK_DEFAULTS } from '../../statistics.js';

type Figure = Static<typeof PoolNumericFigure>;
type Counts = { value: number; answered: number }[];

/**
 * The pool's figures of a numeric item, as the numeric section gives the review's: share with at
 * least 1, share with 0, median (linear interpolation between order statistics, as
 * numericSummary) and share at or above the target, computed from counts per value so the pool's
 * answers never travel one by one. The item's roles are counted together, as in the section.
 * Null below the pool minimum of answers that statements have.
 */
export function poolNumericFigure(
  histograms: PoolHistogram[],
  item: CatalogItem,
  target: number | null,
  minimum = BENCHMARK_DEFAULTS.poolMinimum,
): Figure | null {
  const merged = new Map<number, number>();
  for (const h of histograms) {
    if (h.itemId !== item.id || !item.roles.includes(h.role)) continue;
    for (const { value, answered } of h.values) merged.set(value, (merged.get(value) ?? 0) + answered);
  }
  const counts = [...merged].map(([value, answered]) => ({ value, answered })).sort((a, b) => a.value - b.value);
  const n = counts.reduce((sum, c) => sum + c.answered, 0);
  if (n === 0 || n < minimum) return null;
  // Counts beside the shares: every share is printed from its count (contract/shares.ts).
  const count = (test: (v: number) => boolean) => counts.filter((c) => test(c.value)).reduce((sum, c) => sum + c.answered, 0);
  const atLeastOne = count((v) => v >= 1);
  const zero = count((v) => v === 0);
  const atTarget = target === null ? null : count((v) => v >= target);
  return {
    n,
    atLeastOne,
    atLeastOneShare: atLeastOne / n,
    zero,
    zeroShare: zero / n,
    atTarget,
    median: quantileOfCounts(counts, n, 0.5),
    targetShare: atTarget === null ? null : atTarget / n,
  };
}

/** The q-quantile of the values the counts stand for (R's type 7), without listing them. */
export function quantileOfCounts(counts: Counts, n: number, q: number): number {
  const h = (n - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, n - 1);
  const at = (index: number) => {
    let seen = 0;
    for (const c of counts) {
      seen += c.answered;
      if (index < seen) return c.value;
    }
    return counts[counts.length - 1].value;
  };
  return at(lo) + (h - lo) * (at(hi) - at(lo));
}

/** A numeric item as a benchmark row's pool share: answers at or above `atLeast` among all, per role. */
export function poolAtLeast(histograms: PoolHistogram[], items: { itemId: string; atLeast: number }[]): PoolShare[] {
  return histograms.flatMap((h): PoolShare[] => {
    const item = items.find((i) => i.itemId === h.itemId);
    if (!item) return [];
    const answered = h.values.reduce((sum, v) => sum + v.answered, 0);
    const agreeing = h.values.filter((v) => v.value >= item.atLeast).reduce((sum, v) => sum + v.answered, 0);
    return [{ itemId: h.itemId, role: h.role as Role, answered, agreeing }];
  });
}
