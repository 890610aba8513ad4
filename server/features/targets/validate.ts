import type { MeasurableItem, Target } from '../../../contract/targets.js';
import { fieldProblem, type FieldProblem } from '../../http/errors.js';
import type { CatalogItem } from '../surveys/compiler.js';

const SYMBOL = { atLeast: '≥', atMost: '≤', equal: '=' } as const;

/** The survey items a target can be measured by: statements (agreeing) and numeric items (compared). */
export function measurableItems(items: readonly CatalogItem[]): MeasurableItem[] {
  return items.flatMap((item): MeasurableItem[] =>
    item.kind === 'statement' || item.kind === 'numeric'
      ? [{ itemId: item.id, kind: item.kind, label: item.label, roles: item.roles, min: item.min ?? null, max: item.max ?? null }]
      : [],
  );
}

/**
 * What is wrong with a target set, every problem at once, each naming its field. The schema has
 * already checked the shapes; these are the rules between fields and against the survey.
 */
export function targetProblems(targets: readonly Target[], measurable: readonly MeasurableItem[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const byId = new Map(measurable.map((m) => [m.itemId, m]));
  const seen = new Set<string>();
  targets.forEach((target, i) => {
    const at = (field: string) => `body.targets.${i}.${field}`;
    if (seen.has(target.key)) problems.push(fieldProblem(at('key'), 'targets.key.duplicate', { key: target.key }));
    seen.add(target.key);
    if (target.comparison === 'yes' && target.threshold !== null) {
      problems.push(fieldProblem(at('threshold'), 'targets.threshold.notForYes'));
    }
    if (target.comparison !== 'yes' && target.threshold === null) {
      problems.push(fieldProblem(at('threshold'), 'targets.threshold.needed', { comparison: SYMBOL[target.comparison] }));
    }
    if (!target.measure) return;
    const item = byId.get(target.measure.itemId);
    if (!item) {
      problems.push(fieldProblem(at('measure.itemId'), 'targets.item.unknown', { item: target.measure.itemId }));
      return;
    }
    if (!item.roles.includes(target.measure.role)) {
      problems.push(fieldProblem(at('measure.role'), 'targets.role.notAnswering', { item: item.itemId, roles: item.roles.join(', ') }));
    }
    if (item.kind === 'statement' && target.comparison !== 'yes') {
      problems.push(fieldProblem(at('comparison'), 'targets.comparison.statement'));
    }
    if (item.kind === 'numeric' && target.comparison === 'yes') {
      problems.push(fieldProblem(at('comparison'), 'targets.comparison.numeric'));
    }
    const { min, max } = item;
    if (item.kind === 'numeric' && target.threshold !== null && min !== null && max !== null && (target.threshold < min || target.threshold > max)) {
      problems.push(fieldProblem(at('threshold'), 'targets.threshold.range', { min, max, item: item.itemId }));
    }
  });
  return problems;
}
