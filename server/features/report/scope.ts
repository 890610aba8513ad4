import type { Role, SpecialtyGroup } from '../../../contract/domain.js';
import { suppressTree, type TreeNode } from './suppression.js';

/**
 * Every figure of a review exists at three levels: a unit, its specialty group, the whole
 * review. They are suppressed together, once, whatever the filter, so that comparing filtered
 * views cannot give a hidden figure away.
 */
export interface ReviewUnit {
  id: string;
  specialtyGroup: SpecialtyGroup;
}

export type Scope = { kind: 'review' } | { kind: 'group'; group: SpecialtyGroup } | { kind: 'unit'; unitId: string };

export const ROOT = 'review';
export const groupNode = (group: string) => `group:${group}`;
export const unitNode = (unitId: string) => `unit:${unitId}`;

export function scopeNode(scope: Scope): string {
  return scope.kind === 'review' ? ROOT : scope.kind === 'group' ? groupNode(scope.group) : unitNode(scope.unitId);
}

/** Sums per-unit figures up the hierarchy and returns every node's figures and which to hide. */
export function rollUp<T extends Record<string, number>>(
  units: ReviewUnit[],
  perUnit: Map<string, T>,
  empty: () => T,
  countOf: (figures: T) => number,
  threshold: number,
): { figures: Map<string, T>; hidden: Set<string> } {
  const figures = new Map<string, T>([[ROOT, empty()]]);
  const nodes: TreeNode[] = [];
  const add = (target: T, source: T) => {
    for (const key of Object.keys(source)) (target as Record<string, number>)[key] += source[key];
  };
  for (const group of new Set(units.map((u) => u.specialtyGroup))) figures.set(groupNode(group), empty());
  for (const unit of units) {
    const own = perUnit.get(unit.id) ?? empty();
    figures.set(unitNode(unit.id), own);
    add(figures.get(groupNode(unit.specialtyGroup))!, own);
    add(figures.get(ROOT)!, own);
    nodes.push({ id: unitNode(unit.id), parent: groupNode(unit.specialtyGroup), n: countOf(own) });
  }
  for (const group of new Set(units.map((u) => u.specialtyGroup))) {
    nodes.push({ id: groupNode(group), parent: ROOT, n: countOf(figures.get(groupNode(group))!) });
  }
  nodes.push({ id: ROOT, parent: null, n: countOf(figures.get(ROOT)!) });
  return { figures, hidden: suppressTree(nodes, threshold) };
}

/** People who submitted, per role and unit, counting only those who may make a group big enough. */
export type PeopleCounts = Map<Role, Map<string, number>>;

/**
 * The figures of one role to hide, from the number of people of that role who submitted in each
 * unit. Counting people rather than answers means one statement's "don't know"s can neither
 * hide nor show a figure that the role's other statements show differently.
 */
export function hiddenByPeople(units: ReviewUnit[], people: PeopleCounts, role: Role, threshold: number): Set<string> {
  const perUnit = new Map([...(people.get(role) ?? new Map<string, number>())].map(([unitId, n]) => [unitId, { n }]));
  return rollUp(
    units,
    perUnit,
    () => ({ n: 0 }),
    (f) => f.n,
    threshold,
  ).hidden;
}
