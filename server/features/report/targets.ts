import type { ReportTargets, TargetResult } from '../../../contract/report.js';
import type { Target } from '../../../contract/targets.js';
import type { Role } from '../../../contract/domain.js';
import type { CatalogItem } from '../surveys/compiler.js';
import { numericAttainment } from '../targets/compare.js';
import type { AppliedTargets } from '../targets/service.js';
import { hiddenByPeople, scopeNode, type PeopleCounts, type ReviewUnit, type Scope } from './scope.js';

type Counts = { answered: number; agreeing: number };

export interface TargetInputs {
  applied: AppliedTargets;
  items: CatalogItem[];
  units: ReviewUnit[];
  people: PeopleCounts;
  values: { itemId: string; unitId: string | null; role: string; value: number }[];
  threshold: number;
}

/** Each role's hidden figures, worked out once for all scopes and targets of a snapshot. */
const hiddenCache = new WeakMap<TargetInputs, Map<string, Set<string>>>();
function hiddenFor(inputs: TargetInputs, role: Role): Set<string> {
  const cache = hiddenCache.get(inputs) ?? new Map<string, Set<string>>();
  hiddenCache.set(inputs, cache);
  if (!cache.has(role)) cache.set(role, hiddenByPeople(inputs.units, inputs.people, role, inputs.threshold));
  return cache.get(role)!;
}

/**
 * The numeric items' "at least" thresholds, for the numeric tables' "share at target" column.
 * The first ≥ target that an item measures counts; other comparisons show in the targets section.
 */
export function numericThresholds(targets: readonly Target[]): Record<string, number> {
  const thresholds: Record<string, number> = {};
  for (const target of targets) {
    if (target.measure && target.comparison === 'atLeast' && target.threshold !== null && !(target.measure.itemId in thresholds)) {
      thresholds[target.measure.itemId] = target.threshold;
    }
  }
  return thresholds;
}

/**
 * Every target of the set that applied, measured at one scope. A statement measures a yes target
 * by the role's agreeing share, from the agreement figures (`scoped`, already suppressed); a numeric
 * item compares each answer with the threshold, shown or hidden as the role's figures are, by the
 * number of people of the role who submitted. A target no item of this survey measures is listed
 * with `measured: null`: the report says so rather than leaving it out.
 */
export function targetResults(inputs: TargetInputs, scope: Scope, scoped: Map<string, Counts | null>): ReportTargets {
  const { applied, items, units, values } = inputs;
  const node = scopeNode(scope);
  const inScope = new Set(
    units.filter((u) => scope.kind === 'review' || (scope.kind === 'group' ? u.specialtyGroup === scope.group : u.id === scope.unitId)).map((u) => u.id),
  );
  const rows = applied.targets.map((target): TargetResult => {
    const item = target.measure ? items.find((i) => i.id === target.measure!.itemId && i.roles.includes(target.measure!.role)) : undefined;
    const base = { key: target.key, label: target.label, comparison: target.comparison, threshold: target.threshold, unit: target.unit };
    if (!target.measure || !item) return { ...base, measure: null, measured: null };
    const { role } = target.measure;
    const measure = { itemId: item.id, role, label: item.label };
    const hidden = { suppressed: true, n: null, met: null, metShare: null, median: null };
    if (item.kind === 'statement' && target.comparison === 'yes') {
      const counts = scoped.get(`${item.id}|${role}`);
      if (!counts) return { ...base, measure, measured: hidden };
      return {
        ...base,
        measure,
        measured: {
          suppressed: false,
          n: counts.answered,
          met: counts.agreeing,
          metShare: counts.answered > 0 ? counts.agreeing / counts.answered : null,
          median: null,
        },
      };
    }
    if (item.kind === 'numeric' && target.comparison !== 'yes' && target.threshold !== null) {
      if (hiddenFor(inputs, role).has(node)) return { ...base, measure, measured: hidden };
      const mine = values.filter((v) => v.itemId === item.id && v.role === role && v.unitId !== null && inScope.has(v.unitId)).map((v) => v.value);
      return { ...base, measure, measured: { suppressed: false, ...numericAttainment(mine, target.comparison, target.threshold) } };
    }
    // A set saved for an earlier survey version may pair an item with a comparison it no longer suits.
    return { ...base, measure: null, measured: null };
  });
  return { year: applied.year, source: applied.source, fromYear: applied.fromYear, rows };
}
