import type { Cell, StatementResult } from '../../../contract/report.js';
import { ROLES, type Role } from '../../../surveys/types.js';
import type { CatalogItem } from '../surveys/compiler.js';
import type { UnitRoleCounts } from './repository.js';
import { rollUp, scopeNode, type ReviewUnit, type Scope } from './scope.js';
import { PATTERN_DEFAULTS, rolePatternFlags, type PatternThresholds } from './statistics.js';

type Counts = { answered: number; agreeing: number };

/**
 * Agreement by role for every statement at one scope, suppressed over the whole hierarchy.
 * Returns the statements' results and the scope's counts (for the benchmark).
 */
export function agreementByRole(
  statements: CatalogItem[],
  units: ReviewUnit[],
  counts: UnitRoleCounts[],
  scope: Scope,
  threshold: number,
  thresholds: PatternThresholds = PATTERN_DEFAULTS,
): { results: StatementResult[]; scoped: Map<string, Counts | null> } {
  const node = scopeNode(scope);
  const scoped = new Map<string, Counts | null>();
  const results = statements.map((item) => {
    const byRole: Record<string, Cell> = {};
    const shares: Partial<Record<Role, number | null>> = {};
    for (const role of ROLES.filter((r) => item.roles.includes(r))) {
      const perUnit = new Map(
        counts.filter((c) => c.itemId === item.id && c.role === role).map((c) => [c.unitId, { answered: c.answered, agreeing: c.agreeing }]),
      );
      const { figures, hidden } = rollUp(units, perUnit, () => ({ answered: 0, agreeing: 0 }), (f) => f.answered, threshold);
      const figure = figures.get(node) ?? { answered: 0, agreeing: 0 };
      if (hidden.has(node)) {
        byRole[role] = { suppressed: true, n: null, share: null };
        scoped.set(`${item.id}|${role}`, null);
      } else {
        const share = figure.answered > 0 ? figure.agreeing / figure.answered : null;
        byRole[role] = { suppressed: false, n: figure.answered, share };
        shares[role] = share;
        scoped.set(`${item.id}|${role}`, figure);
      }
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
