import type { BenchmarkRow, Cell } from '../../../contract/report.js';
import type { CatalogItem } from '../surveys/compiler.js';
import { SUPPRESSED } from './agreement.js';
import { rankStatements } from './overview.js';
import type { ReportSnapshot, ScopeFigures } from './snapshot.js';
import { wilsonInterval } from '../../statistics.js';

/**
 * A snapshot never changes, so one stored before a figure existed is read with that figure
 * derived from what it holds: counts from share × n (exact: the share was count / n), the
 * interval from the counts, the ranking from the trainees' figures. What cannot be derived stays
 * empty: no overall item (older survey versions did not mark one), no supplement line and no
 * supplement section (the section is never computed afterwards: a report does not change). A current
 * snapshot passes through unchanged.
 */
export function upgradeSnapshot(snapshot: ReportSnapshot): ReportSnapshot {
  const scopes = Object.entries(snapshot.scopes);
  if (scopes.every(([, figures]) => 'ranking' in figures && 'supplement' in figures)) return snapshot;
  return { ...snapshot, scopes: Object.fromEntries(scopes.map(([key, figures]) => [key, upgradeScope(figures)])) };
}

type Stored = Omit<ScopeFigures, 'supplementRates' | 'supplement' | 'overall' | 'ranking'> & Partial<ScopeFigures>;

const countOf = (share: number | null, n: number | null) => (share === null || n === null ? 0 : Math.round(share * n));

/** Stored before its counts and interval were. */
type Older<T> = Omit<T, 'agreeing' | 'interval'> & Partial<T>;

function upgradeCell(cell: Older<Cell>): Cell {
  if (cell.agreeing !== undefined && cell.interval !== undefined) return cell as Cell;
  if (cell.suppressed) return SUPPRESSED;
  const agreeing = countOf(cell.share, cell.n);
  return { ...cell, agreeing, interval: wilsonInterval(agreeing, cell.n!) };
}

function upgradeSide(side: Older<BenchmarkRow['local']>): BenchmarkRow['local'] {
  if (side.agreeing !== undefined && side.interval !== undefined) return side as BenchmarkRow['local'];
  const agreeing = countOf(side.share, side.n);
  return { ...side, agreeing, interval: wilsonInterval(agreeing, side.n)! };
}

function upgradeScope(stored: Stored): ScopeFigures {
  const areas = stored.areas.map((area) => ({
    ...area,
    statements: area.statements.map((s) => ({ ...s, byRole: Object.fromEntries(Object.entries(s.byRole).map(([role, cell]) => [role, upgradeCell(cell)])) })),
  }));
  const numeric = stored.numeric.map((item) => {
    const figure = <F extends ScopeFigures['numeric'][number]['total']>(f: F): F =>
      f.atLeastOne !== undefined
        ? f
        : {
            ...f,
            // Numeric items were all required then: everyone who submitted answered.
            submitted: f.n,
            atLeastOne: f.suppressed ? null : countOf(f.atLeastOneShare, f.n),
            zero: f.suppressed ? null : countOf(f.zeroShare, f.n),
            atTarget: f.suppressed || f.targetShare === null ? null : countOf(f.targetShare, f.n),
          };
    // The country's figure of numeric items came later: older snapshots have none.
    return { ...item, total: figure(item.total), groups: item.groups.map(figure), pool: item.pool ?? null };
  });
  const statements = areas.flatMap((a) => a.statements.map((s) => ({ id: s.itemId, area: a.area }) as CatalogItem));
  return {
    ...stored,
    areas,
    benchmark: stored.benchmark.map((b) => ({ ...b, local: upgradeSide(b.local), pool: upgradeSide(b.pool) })),
    numeric,
    supplementRates: stored.supplementRates ?? null,
    // Computed before the supplement had a section: its answers were never reported in it.
    supplement: stored.supplement ?? null,
    overall: stored.overall ?? null,
    ranking:
      stored.ranking ??
      rankStatements(
        statements,
        areas.flatMap((a) => a.statements),
      ),
  };
}
