import type { Cell, StatementResult } from '../../../contract/report.js';
import { ROLES, type Role } from '../../../contract/domain.js';
import type { CatalogItem } from '../surveys/compiler.js';
import type { UnitRoleCounts } from './repository.js';
import { hiddenByPeople, rollUp, scopeNode, type PeopleCounts, type ReviewUnit, type Scope } from './scope.js';
import { PATTERN_DEFAULTS, rolePatternFlags, wilsonInterval, type PatternThresholds, type Proportion } from '../../statistics.js';

type Counts = { answered: number; agreeing: number; dontKnow: number };

/** A hidden figure carries no numbers at all. */
export const SUPPRESSED: Cell = { suppressed: true, n: null, agreeing: null, share: null, interval: null, dontKnow: null };

/** A shown figure: the exact share with its Wilson interval (none when nobody answered on the scale). */
export function shownCell(figure: Counts): Cell {
  const { answered, agreeing, dontKnow } = figure;
  return {
    suppressed: false,
    n: answered,
    agreeing,
    share: answered > 0 ? agreeing / answered : null,
    interval: wilsonInterval(agreeing, answered),
    dontKnow,
  };
}

/**
 * Agreement by role for every statement at one scope. Whether a figure is shown depends on how
 * many people of that role submitted there (suppressed over the whole hierarchy), never on how
 * many answered one statement: a statement-level count would show a 0 or a small n that a
 * single person's "don't know" produced. So every statement of a role is shown or hidden
 * together. Returns the statements' results and the scope's counts (for the benchmark).
 */
export function agreementByRole(
  statements: CatalogItem[],
  units: ReviewUnit[],
  counts: UnitRoleCounts[],
  people: PeopleCounts,
  scope: Scope,
  threshold: number,
  thresholds: PatternThresholds = PATTERN_DEFAULTS,
): { results: StatementResult[]; scoped: Map<string, Counts | null> } {
  const node = scopeNode(scope);
  const hiddenFor = new Map(ROLES.map((role) => [role, hiddenByPeople(units, people, role, threshold)]));
  const scoped = new Map<string, Counts | null>();
  const results = statements.map((item) => {
    const byRole: Record<string, Cell> = {};
    const shares: Partial<Record<Role, Proportion>> = {};
    for (const role of ROLES.filter((r) => item.roles.includes(r))) {
      if (hiddenFor.get(role)!.has(node)) {
        byRole[role] = SUPPRESSED;
        scoped.set(`${item.id}|${role}`, null);
        continue;
      }
      const perUnit = new Map(
        counts
          .filter((c) => c.itemId === item.id && c.role === role)
          .map((c) => [c.unitId, { answered: c.answered, agreeing: c.agreeing, dontKnow: c.dontKnow }]),
      );
      const { figures } = rollUp(
        units,
        perUnit,
        () => ({ answered: 0, agreeing: 0, dontKnow: 0 }),
        (f) => f.answered,
        threshold,
      );
      const figure = figures.get(node) ?? { answered: 0, agreeing: 0, dontKnow: 0 };
      byRole[role] = shownCell(figure);
      shares[role] = { successes: figure.agreeing, n: figure.answered };
      scoped.set(`${item.id}|${role}`, figure);
    }
    return {
      itemId: item.id,
      checkpoint: item.checkpoint,
      basis: item.basis?.kind ?? null,
      label: item.label,
      byRole,
      flags: rolePatternFlags(shares, thresholds),
    };
  });
  return { results, scoped };
}
