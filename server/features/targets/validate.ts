import type { MeasurableItem, Target } from '../../../contract/targets.js';
import type { FieldProblem } from '../../http/errors.js';
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
    if (seen.has(target.key)) problems.push({ field: at('key'), message: `"${target.key}" is used by another target of the set` });
    seen.add(target.key);
    if (target.comparison === 'yes' && target.threshold !== null) {
      problems.push({ field: at('threshold'), message: 'must be empty for a yes target' });
    }
    if (target.comparison !== 'yes' && target.threshold === null) {
      problems.push({ field: at('threshold'), message: `is needed with ${SYMBOL[target.comparison]}` });
    }
    if (!target.measure) return;
    const item = byId.get(target.measure.itemId);
    if (!item) {
      problems.push({ field: at('measure.itemId'), message: `"${target.measure.itemId}" is not a statement or numeric item of the review survey` });
      return;
    }
    if (!item.roles.includes(target.measure.role)) {
      problems.push({ field: at('measure.role'), message: `does not answer "${item.itemId}" (answered by ${item.roles.join(', ')})` });
    }
    if (item.kind === 'statement' && target.comparison !== 'yes') {
      problems.push({ field: at('comparison'), message: 'must be yes: a statement measures whether people agree, not a number' });
    }
    if (item.kind === 'numeric' && target.comparison === 'yes') {
      problems.push({ field: at('comparison'), message: 'must be ≥, ≤ or =: a numeric item is compared with a threshold' });
    }
    const { min, max } = item;
    if (item.kind === 'numeric' && target.threshold !== null && min !== null && max !== null && (target.threshold < min || target.threshold > max)) {
      problems.push({ field: at('threshold'), message: `must be between ${min} and ${max}, the answers’ range for "${item.itemId}"` });
    }
  });
  return problems;
}
