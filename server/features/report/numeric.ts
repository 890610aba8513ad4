import type { Static } from '@sinclair/typebox';
import type { NumericResult } from '../../../contract/report.js';
import type { CatalogItem } from '../surveys/compiler.js';
import { groupNode, rollUp, ROOT, type PeopleCounts, type ReviewUnit } from './scope.js';
import { numericSummary, targetAttainment } from './statistics.js';

/** The pool's figure is added by the snapshot, from the pool's counts. */
type Result = Omit<Static<typeof NumericResult>, 'pool'>;

/**
 * Numeric items (self-study hours, supervision talks, assessments) for the whole review and per
 * specialty group: share with at least 1 and with 0, median, share reaching the hospital's target.
 * Group figures go through the same hierarchy suppression as agreement figures, counted in
 * people of the item's roles who submitted (not in people who answered the item).
 */
export function numericResults(
  items: CatalogItem[],
  units: ReviewUnit[],
  values: { itemId: string; unitId: string | null; value: number }[],
  people: PeopleCounts,
  targets: Record<string, number>,
  threshold: number,
): Result[] {
  return items.map((item) => {
    const mine = values.filter((v) => v.itemId === item.id && v.unitId !== null);
    const perUnit = new Map<string, { n: number }>();
    for (const role of item.roles) {
      for (const [unitId, n] of people.get(role) ?? []) perUnit.set(unitId, { n: (perUnit.get(unitId)?.n ?? 0) + n });
    }
    const { hidden } = rollUp(units, perUnit, () => ({ n: 0 }), (f) => f.n, threshold);
    const target = targets[item.id] ?? null;
    const figure = (node: string, list: number[]) => {
      if (hidden.has(node)) return { suppressed: true, n: null, atLeastOneShare: null, zeroShare: null, median: null, targetShare: null };
      const summary = numericSummary(list);
      return {
        suppressed: false,
        n: summary.n,
        atLeastOneShare: summary.atLeastOneShare,
        zeroShare: summary.zeroShare,
        median: summary.median,
        targetShare: target === null ? null : targetAttainment(list, target),
      };
    };
    const groupOf = new Map(units.map((u) => [u.id, u.specialtyGroup]));
    const groups = [...new Set(units.map((u) => u.specialtyGroup))].map((group) => ({
      specialtyGroup: group,
      ...figure(groupNode(group), mine.filter((v) => groupOf.get(v.unitId!) === group).map((v) => v.value)),
    }));
    return { itemId: item.id, label: item.label, target, total: figure(ROOT, mine.map((v) => v.value)), groups };
  });
}
