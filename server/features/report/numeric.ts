import type { Static } from '@sinclair/typebox';
import type { NumericResult } from '../../../contract/report.js';
import type { CatalogItem } from '../surveys/compiler.js';
import { groupNode, rollUp, ROOT, type PeopleCounts, type ReviewUnit } from './scope.js';
import { numericSummary, targetAttainment } from '../../statistics.js';

/** The pool's figure is added by the snapshot, from the pool's counts. */
type Result = Omit<Static<typeof NumericResult>, 'pool'>;
type Figure = Result['total'];

const HIDDEN: Figure = {
  suppressed: true,
  n: null,
  submitted: null,
  atLeastOne: null,
  atLeastOneShare: null,
  zero: null,
  zeroShare: null,
  median: null,
  atTarget: null,
  targetShare: null,
};

/**
 * Numeric items (self-study hours, supervision talks, assessments) for the whole review and per
 * specialty group: share with at least 1 and with 0, median, share reaching the hospital's target.
 * Group figures go through the same hierarchy suppression as agreement figures, counted in
 * people of the item's roles who submitted (not in people who answered the item), so an item
 * left unanswered by some is shown or hidden with the rest of the survey, like a "don't know".
 * `n` is who answered the item, `submitted` who could have (`people` leaves out late additions,
 * `submitted` counts everyone).
 */
export function numericResults(
  items: CatalogItem[],
  units: ReviewUnit[],
  values: { itemId: string; unitId: string | null; value: number }[],
  people: PeopleCounts,
  submitted: PeopleCounts,
  targets: Record<string, number>,
  threshold: number,
): Result[] {
  return items.map((item) => {
    const mine = values.filter((v) => v.itemId === item.id && v.unitId !== null);
    const perUnit = new Map<string, { n: number; submitted: number }>();
    for (const role of item.roles) {
      for (const [unitId, n] of people.get(role) ?? []) {
        const unit = perUnit.get(unitId) ?? { n: 0, submitted: 0 };
        perUnit.set(unitId, { ...unit, n: unit.n + n });
      }
      for (const [unitId, n] of submitted.get(role) ?? []) {
        const unit = perUnit.get(unitId) ?? { n: 0, submitted: 0 };
        perUnit.set(unitId, { ...unit, submitted: unit.submitted + n });
      }
    }
    const { figures, hidden } = rollUp(
      units,
      perUnit,
      () => ({ n: 0, submitted: 0 }),
      (f) => f.n,
      threshold,
    );
    const target = targets[item.id] ?? null;
    const figure = (node: string, list: number[]): Figure => {
      if (hidden.has(node)) return HIDDEN;
      const summary = numericSummary(list);
      const attained = target === null ? null : targetAttainment(list, target);
      return {
        suppressed: false,
        n: summary.n,
        submitted: figures.get(node)?.submitted ?? 0,
        atLeastOne: summary.atLeastOne,
        atLeastOneShare: summary.atLeastOneShare,
        zero: summary.zero,
        zeroShare: summary.zeroShare,
        median: summary.median,
        atTarget: attained?.count ?? null,
        targetShare: attained?.share ?? null,
      };
    };
    const groupOf = new Map(units.map((u) => [u.id, u.specialtyGroup]));
    const groups = [...new Set(units.map((u) => u.specialtyGroup))].map((group) => ({
      specialtyGroup: group,
      ...figure(
        groupNode(group),
        mine.filter((v) => groupOf.get(v.unitId!) === group).map((v) => v.value),
      ),
    }));
    return {
      itemId: item.id,
      label: item.label,
      target,
      total: figure(
        ROOT,
        mine.map((v) => v.value),
      ),
      groups,
    };
  });
}
