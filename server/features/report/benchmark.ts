import type { BenchmarkRow } from '../../../contract/report.js';
import { ROLES } from '../../../contract/domain.js';
import type { PoolShare } from '../benchmark/repository.js';
import type { CatalogItem } from '../surveys/compiler.js';
import { BENCHMARK_DEFAULTS, benchmarkComparison, isOutlier, quartileOf, wilsonInterval, type BenchmarkRule } from '../../statistics.js';

/**
 * Numeric items compared with the pool as the share answering at least a level, as the review
 * model's reports do ("self-study at least 1 hour a week 16 vs 52"). Data, like the rubric.
 */
export const NUMERIC_BENCHMARKS: Record<string, { atLeast: number; label: { sv: string; en: string } }> = {
  'F.self-study-hours': {
    atLeast: 1,
    label: { sv: 'Schemalagd tid för självstudier minst 1 timme i veckan', en: 'Scheduled self-study at least 1 hour a week' },
  },
};

/**
 * The review's agreeing share against the pool's for every statement × role with figures on
 * both sides: difference with Newcombe's interval, the 10 pp flag, and the position among the
 * pool's units (quartile; outlier by the UK survey's rule). Pool figures below the pool minimum
 * are left out.
 */
export function benchmarkRows(
  statements: CatalogItem[],
  local: Map<string, { answered: number; agreeing: number } | null>,
  pool: PoolShare[],
  poolUnits: { itemId: string; role: string; units: number; q1: number; median: number; q3: number }[],
  rule: BenchmarkRule = BENCHMARK_DEFAULTS,
): BenchmarkRow[] {
  const poolBy = new Map(pool.map((p) => [`${p.itemId}|${p.role}`, p]));
  const unitsBy = new Map(poolUnits.map((p) => [`${p.itemId}|${p.role}`, p]));
  const rows: BenchmarkRow[] = [];
  for (const item of statements) {
    for (const role of ROLES.filter((r) => item.roles.includes(r))) {
      const key = `${item.id}|${role}`;
      const mine = local.get(key);
      const theirs = poolBy.get(key);
      if (!mine || mine.answered === 0 || !theirs || theirs.answered < rule.poolMinimum) continue;
      const comparison = benchmarkComparison({ successes: mine.agreeing, n: mine.answered }, { successes: theirs.agreeing, n: theirs.answered }, rule)!;
      const localInterval = wilsonInterval(mine.agreeing, mine.answered)!;
      const units = unitsBy.get(key);
      // Quartiles of fewer than four units say nothing.
      const quartile = units && units.units >= 4 ? quartileOf(comparison.localShare, units) : null;
      rows.push({
        itemId: item.id,
        area: item.area ?? '',
        label: item.label,
        role,
        local: { n: mine.answered, agreeing: mine.agreeing, share: comparison.localShare, interval: localInterval },
        pool: { n: theirs.answered, agreeing: theirs.agreeing, share: comparison.poolShare, interval: wilsonInterval(theirs.agreeing, theirs.answered)! },
        differencePp: comparison.differencePp,
        interval: comparison.interval,
        excludesZero: comparison.excludesZero,
        flagged: comparison.flagged,
        quartile,
        outlier: quartile !== null && isOutlier({ share: comparison.localShare, interval: localInterval }, units!, comparison.poolShare),
        poolUnits: units?.units ?? 0,
      });
    }
  }
  return rows;
}
