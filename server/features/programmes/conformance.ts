import type { ConformanceStatus, StatusCounts } from '../../../contract/programmes.js';

/**
 * A programme held against the national model, as plain functions of plain data: the counts per
 * status, the gaps of one programme, the matrix of points × programmes and the comparison across
 * regions. Judgements passed in are those of one model version; a judgement of a point the
 * version does not have is ignored, and a point without a judgement is "not assessed" (null).
 */
export type Cell = ConformanceStatus | null;

export interface Judged {
  programmeId: string;
  pointKey: string;
  status: ConformanceStatus;
}

/**
 * Worst first: a point the documents contradict or fall short of is a gap before one they leave
 * unsaid, and one nobody has looked at yet comes last (it is a gap in the assessment, not
 * necessarily in the programme).
 */
const GAP_ORDER: readonly Cell[] = ['not_met', 'partly_met', 'not_stated', null];

/**
 * A region's best status on a point is the best of its programmes': a region offers what one of
 * its programmes offers. "Not met" ranks above "not stated": the first is known, the second is not.
 */
const BEST_ORDER: readonly Cell[] = ['met', 'partly_met', 'not_met', 'not_stated', null];

const statusesOf = (judgements: readonly Judged[], programmeId: string): Map<string, ConformanceStatus> =>
  new Map(judgements.filter((j) => j.programmeId === programmeId).map((j) => [j.pointKey, j.status]));

export function countCells(cells: readonly Cell[]): StatusCounts {
  const counts: StatusCounts = { met: 0, partly_met: 0, not_met: 0, not_stated: 0, unassessed: 0 };
  for (const cell of cells) counts[cell ?? 'unassessed'] += 1;
  return counts;
}

/** One programme's cell for every point of the model, in the model's order. */
export function programmeCells(pointKeys: readonly string[], judgements: readonly Judged[], programmeId: string): Cell[] {
  const statuses = statusesOf(judgements, programmeId);
  return pointKeys.map((key) => statuses.get(key) ?? null);
}

/** How many points of the model a programme meets, partly meets, … (each point counted once). */
export function statusCounts(pointKeys: readonly string[], judgements: readonly Judged[], programmeId: string): StatusCounts {
  return countCells(programmeCells(pointKeys, judgements, programmeId));
}

/** Every point the programme does not meet, worst first and in the model's order within a status. */
export function programmeGaps(pointKeys: readonly string[], judgements: readonly Judged[], programmeId: string): { pointKey: string; status: Cell }[] {
  const cells = programmeCells(pointKeys, judgements, programmeId);
  return GAP_ORDER.flatMap((status) => pointKeys.flatMap((pointKey, i) => (cells[i] === status ? [{ pointKey, status }] : [])));
}

/** Points × programmes: a row per point, a cell per programme in the order given. */
export function conformanceMatrix(pointKeys: readonly string[], programmeIds: readonly string[], judgements: readonly Judged[]) {
  const columns = programmeIds.map((id) => programmeCells(pointKeys, judgements, id));
  return pointKeys.map((pointKey, row) => ({ pointKey, cells: columns.map((column) => column[row]) }));
}

export const bestCell = (cells: readonly Cell[]): Cell =>
  cells.reduce<Cell>((best, cell) => (BEST_ORDER.indexOf(cell) < BEST_ORDER.indexOf(best) ? cell : best), null);

/**
 * Regions side by side: per region (in the order its first programme comes), its programmes, its
 * best status on each point and the counts of those.
 */
export function regionComparison(pointKeys: readonly string[], programmes: readonly { id: string; regionCode: string }[], judgements: readonly Judged[]) {
  const byRegion = new Map<string, string[]>();
  for (const programme of programmes) byRegion.set(programme.regionCode, [...(byRegion.get(programme.regionCode) ?? []), programme.id]);
  return [...byRegion].map(([regionCode, programmeIds]) => {
    const columns = programmeIds.map((id) => programmeCells(pointKeys, judgements, id));
    const best = pointKeys.map((_, row) => bestCell(columns.map((column) => column[row])));
    return { regionCode, programmeIds, best, counts: countCells(best) };
  });
}
