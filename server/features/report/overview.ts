import type { Static } from '@sinclair/typebox';
import type { OverallResult, Ranking, StatementResult } from '../../../contract/report.js';
import type { Role } from '../../../contract/domain.js';
import type { CatalogItem } from '../surveys/compiler.js';

/**
 * What the hospital report opens with (docs/domain.md §3, "Overall"): the share whose ST lives up to
 * their expectations, and the statements from highest- to lowest-rated by the trainees. Both are
 * read from a scope's already suppressed agreement results, so they show nothing the agreement
 * tables hide.
 */

/** The role whose agreement ranks the statements: the training exists for the trainees. */
export const RANKING_ROLE: Role = 'st';

export function overallResult(statements: CatalogItem[], results: StatementResult[]): Static<typeof OverallResult> | null {
  const item = statements.find((s) => s.overall);
  const result = item && results.find((r) => r.itemId === item.id);
  return result ? { itemId: result.itemId, label: result.label, byRole: result.byRole } : null;
}

/**
 * The statements the role answered, highest agreeing share first, by exact fraction (equal
 * shares keep the survey's order and share a rank), in thirds by rank: top when rank ≤ k/3,
 * middle when rank ≤ 2k/3, of k ranked statements. Statements whose share is tied share a
 * third, so two equal shares are never told apart as "high" and "middle". The overall item is
 * the headline, not a theme, and is left out.
 */
export function rankStatements(statements: CatalogItem[], results: StatementResult[], role: Role = RANKING_ROLE): Static<typeof Ranking> {
  const overall = statements.find((s) => s.overall)?.id;
  const areaOf = new Map(statements.map((s) => [s.id, s.area ?? '']));
  const cells = results.filter((r) => r.itemId !== overall && r.byRole[role]).map((r) => ({ result: r, cell: r.byRole[role] }));
  if (cells.length > 0 && cells.every((c) => c.cell.suppressed)) return { role, suppressed: true, statements: [] };
  const answered = cells.filter((c) => !c.cell.suppressed && c.cell.n! > 0);
  // a/b > c/d ⇔ a·d > c·b: compared on the counts, not on rounded doubles.
  const sorted = [...answered].sort((x, y) => y.cell.agreeing! * x.cell.n! - x.cell.agreeing! * y.cell.n!);
  const k = sorted.length;
  let rank = 0;
  return {
    role,
    suppressed: false,
    statements: sorted.map(({ result, cell }, i) => {
      const previous = sorted[i - 1]?.cell;
      if (!previous || previous.agreeing! * cell.n! !== cell.agreeing! * previous.n!) rank = i + 1;
      return {
        itemId: result.itemId,
        area: areaOf.get(result.itemId) ?? '',
        label: result.label,
        cell,
        rank,
        third: 3 * rank <= k ? 'top' : 3 * rank <= 2 * k ? 'middle' : 'bottom',
      };
    }),
  };
}
