import type { Cell, GroupCell, GroupComparison, Report } from '../../../contract/report.js';
import { isSmallN, SMALL_N } from '../../../contract/differences.js';
import { SPECIALTY_GROUPS } from '../../../contract/domain.js';
import type { CatalogItem } from '../surveys/compiler.js';
import { groupNode, ROOT } from './scope.js';

/** One scope's figures in a snapshot (as `snapshot.ts` stores them). */
type ScopeFigures = Omit<Report, 'review'>;

const isSmall = (n: number | null, suppressed: boolean) => !suppressed && isSmallN(n);
const marked = (cell: Cell | undefined): GroupCell =>
  cell
    ? { ...cell, smallN: isSmall(cell.n, cell.suppressed) }
    : { suppressed: true, n: null, agreeing: null, share: null, interval: null, dontKnow: null, smallN: false };

/**
 * The specialty groups side by side, built from the snapshot's own group figures: each column is
 * exactly what the report filtered to that group shows, already suppressed together with the
 * units and the whole review (scope.ts), so a hidden group can be worked out neither from the
 * total and the other columns nor from any filter.
 */
export function groupComparison(scopes: Record<string, ScopeFigures>, numericItems: CatalogItem[]): GroupComparison {
  const root = scopes[ROOT];
  const groups: string[] = SPECIALTY_GROUPS.map((g) => g.code).filter((code) => scopes[groupNode(code)]);
  const statementIn = (figures: ScopeFigures, itemId: string) => figures.areas.flatMap((a) => a.statements).find((s) => s.itemId === itemId);
  return {
    groups,
    smallN: SMALL_N,
    statements: root.areas.flatMap((area) =>
      area.statements.map((statement) => ({
        itemId: statement.itemId,
        area: area.area,
        label: statement.label,
        byRole: Object.fromEntries(
          Object.entries(statement.byRole).map(([role, total]) => [
            role,
            {
              groups: Object.fromEntries(groups.map((g) => [g, marked(statementIn(scopes[groupNode(g)], statement.itemId)?.byRole[role])])),
              total: marked(total),
            },
          ]),
        ),
      })),
    ),
    numeric: root.numeric.map((result) => ({
      itemId: result.itemId,
      label: result.label,
      roles: numericItems.find((i) => i.id === result.itemId)?.roles ?? [],
      target: result.target,
      groups: Object.fromEntries(
        result.groups
          .filter((g) => groups.includes(g.specialtyGroup))
          .map(({ specialtyGroup, ...figure }) => [specialtyGroup, { ...figure, smallN: isSmall(figure.n, figure.suppressed) }]),
      ),
      total: { ...result.total, smallN: isSmall(result.total.n, result.total.suppressed) },
    })),
  };
}
