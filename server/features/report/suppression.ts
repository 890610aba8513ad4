/**
 * Anonymity suppression: what a report may show without letting anyone work out the answers of a
 * group smaller than the review's threshold, directly or by subtraction from what else is shown.
 */

export interface TableInput {
  rows: string[];
  cols: string[];
  counts: number[][];
  threshold: number;
}

/** null = suppressed, shown as "too few answers". */
export interface SuppressedTable {
  rows: string[];
  cols: string[];
  counts: (number | null)[][];
  rowTotals: (number | null)[];
  colTotals: (number | null)[];
  total: number | null;
}

/** The counts with a totals column and a totals row appended; the corner is the grand total. */
type Grid = number[][];
/** true = hidden. */
type Mask = boolean[][];
type Pos = readonly [number, number];

/**
 * Hides every count (cell or total) with 0 < n < threshold, then hides further counts until no
 * hidden one can be worked out from what is shown.
 *
 * Zeros are always shown: a 0 names no one. A reader who knows that also knows every hidden count
 * is at least 1, so a zero is useless as a complement, and two hidden 1s alone in a row with a
 * shown total give each other away (total − shown = 2). The rules, applied until nothing changes:
 * 1. Lines: a row or column (totals row and column included) with exactly one hidden count hides
 *    one more, the smallest non-zero shown cell, or the line's total when no such cell is left.
 * 2. Inference: a hidden count is safe only if another table of whole numbers fits everything shown
 *    (same shown counts, every total adding up, every hidden count ≥ 1) with a different value for
 *    it. Such a table exists exactly when a ±1 change can travel round a cycle of hidden counts
 *    through it without pushing a 1 to 0 (the sum constraints form a bipartite incidence matrix,
 *    which is totally unimodular, so ±1 cycles suffice). A hidden count without one gets a
 *    complement: preferably a cell that on its own gives it such a cycle, else a cell in its row or
 *    column; totals are hidden only when no cell will do, since reports lean on them.
 * Hiding everything non-zero is always safe, so this ends. It does not model a reader who re-runs
 * these rules to rule out candidate tables.
 */
export function suppressTable(table: TableInput): SuppressedTable {
  const grid = extendedGrid(table);
  const hidden: Mask = grid.map((line) => line.map((n) => n > 0 && n < table.threshold));
  let changed = true;
  while (changed) changed = completeLine(grid, hidden) || protectInferable(grid, hidden);
  const shown = (i: number, j: number) => (hidden[i][j] ? null : grid[i][j]);
  const [last, lastCol] = [grid.length - 1, grid[0].length - 1];
  return {
    rows: table.rows,
    cols: table.cols,
    counts: table.rows.map((_, i) => table.cols.map((_, j) => shown(i, j))),
    rowTotals: table.rows.map((_, i) => shown(i, lastCol)),
    colTotals: table.cols.map((_, j) => shown(last, j)),
    total: shown(last, lastCol),
  };
}

function extendedGrid({ rows, cols, counts, threshold }: TableInput): Grid {
  const isCount = (n: number) => Number.isInteger(n) && n >= 0;
  if (!(Number.isInteger(threshold) && threshold >= 1)) {
    throw new RangeError('The threshold must be a whole number ≥ 1.');
  }
  const badRow = (row: number[]) => row.length !== cols.length || !row.every(isCount);
  if (counts.length !== rows.length || counts.some(badRow)) {
    throw new RangeError('Counts must be a rows × cols table of whole numbers ≥ 0.');
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const withTotals = counts.map((row) => [...row, sum(row)]);
  const totalsRow = [...cols, ''].map((_, j) => sum(withTotals.map((row) => row[j])));
  return [...withTotals, totalsRow];
}

/** Every entry: cells row by row first, then row totals, column totals and the grand total. */
function entries(grid: Grid): Pos[] {
  const [last, lastCol] = [grid.length - 1, grid[0].length - 1];
  const all = grid.flatMap((line, i) => line.map((_, j): Pos => [i, j]));
  const isCell = ([i, j]: Pos) => i < last && j < lastCol;
  return [...all.filter(isCell), ...all.filter((p) => !isCell(p))];
}

/** Rows then columns of the grid, each with its total last. */
function lines(grid: Grid): Pos[][] {
  const rowLines = grid.map((line, i) => line.map((_, j): Pos => [i, j]));
  const colLines = grid[0].map((_, j) => grid.map((_, i): Pos => [i, j]));
  return [...rowLines, ...colLines];
}

function smallestShown(grid: Grid, hidden: Mask, candidates: Pos[]): Pos | undefined {
  let best: Pos | undefined;
  for (const [i, j] of candidates) {
    if (hidden[i][j] || grid[i][j] === 0) continue;
    if (!best || grid[i][j] < grid[best[0]][best[1]]) best = [i, j];
  }
  return best;
}

function completeLine(grid: Grid, hidden: Mask): boolean {
  for (const line of lines(grid)) {
    if (line.filter(([i, j]) => hidden[i][j]).length !== 1) continue;
    const [i, j] = smallestShown(grid, hidden, line.slice(0, -1)) ?? line[line.length - 1];
    hidden[i][j] = true;
    return true;
  }
  return false;
}

function protectInferable(grid: Grid, hidden: Mask): boolean {
  const exposed = entries(grid).find(([i, j]) => hidden[i][j] && !isProtected(grid, hidden, [i, j]));
  if (!exposed) return false;
  const [i, j] = complementFor(grid, hidden, exposed);
  hidden[i][j] = true;
  return true;
}

function complementFor(grid: Grid, hidden: Mask, exposed: Pos): Pos {
  const [last, lastCol] = [grid.length - 1, grid[0].length - 1];
  const shown = entries(grid).filter(([i, j]) => !hidden[i][j] && grid[i][j] > 0);
  const cells = shown.filter(([i, j]) => i < last && j < lastCol);
  const totals = shown.filter(([i, j]) => i === last || j === lastCol);
  const protects = ([i, j]: Pos) => {
    const trial = hidden.map((line, a) => line.map((h, b) => h || (a === i && b === j)));
    return isProtected(grid, trial, exposed);
  };
  const inLine = ([i, j]: Pos) => i === exposed[0] || j === exposed[1];
  const choice =
    smallestShown(grid, hidden, cells.filter(protects)) ??
    smallestShown(grid, hidden, cells.filter(inLine)) ??
    smallestShown(grid, hidden, totals.filter(protects)) ??
    smallestShown(grid, hidden, shown);
  if (!choice) throw new Error('Suppression found an exposed count with nothing left to hide.');
  return choice;
}

/**
 * Entry (i, j) joins row line i and column line j. Along a cycle the changes alternate; seen from
 * the lines' equations (cells − total = 0) a total enters with the opposite sign to a cell, except
 * the grand total, which closes both totals lines. "up" is the change as seen from row i.
 */
function canChange(grid: Grid, [i, j]: Pos, up: boolean): boolean {
  const isMargin = (i === grid.length - 1) !== (j === grid[0].length - 1);
  return up !== isMargin || grid[i][j] >= 2;
}

function isProtected(grid: Grid, hidden: Mask, entry: Pos): boolean {
  return cycleThrough(grid, hidden, entry, true) || cycleThrough(grid, hidden, entry, false);
}

/** Searches for a path back from the entry's column to its row (or the reverse) over hidden counts. */
function cycleThrough(grid: Grid, hidden: Mask, [i, j]: Pos, up: boolean): boolean {
  if (!canChange(grid, [i, j], up)) return false;
  const rows = grid.length;
  const [start, goal] = up ? [rows + j, i] : [i, rows + j];
  const seen = new Set([start]);
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift()!;
    const fromRow = node < rows;
    const steps: Pos[] = fromRow ? grid[0].map((_, b) => [node, b]) : grid.map((_, a) => [a, node - rows]);
    for (const [a, b] of steps) {
      if (!hidden[a][b] || (a === i && b === j) || !canChange(grid, [a, b], fromRow)) continue;
      const next = fromRow ? rows + b : a;
      if (next === goal) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}


/** A figure in a hierarchy of sums: a unit's count adds up to its group's, groups to the total. */
export interface TreeNode {
  id: string;
  parent: string | null;
  n: number;
}

/**
 * Which figures of a hierarchy to hide so that none below the threshold can be worked out, by
 * subtraction or otherwise. Figures are sums of the leaves (units). A hidden figure could take
 * another value, consistent with everything shown, exactly when ±1 can move between one of its
 * hidden leaves and a hidden leaf outside it that lies under the same shown figures, without
 * bringing a count below 1 (hidden counts are at least 1: zeros are shown, they name no one); or
 * when one of its hidden leaves lies under no shown figure at all. (In a hierarchy every shown
 * figure fixes the sum of each such group of leaves, so pairwise moves are all there is.)
 * A figure that fails this gets a complement: the fewest further figures (a leaf under the same
 * lowest shown figure, with whatever lies between), smallest first, else that figure itself. Filtering a report by unit, by group or not at all shows
 * nodes of one hierarchy suppressed once, so no combination of filters gives a figure away.
 */
export function suppressTree(nodes: TreeNode[], threshold: number): Set<string> {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const hasChildren = new Set(nodes.map((node) => node.parent).filter((id): id is string => id !== null));
  const leaves = nodes.filter((node) => !hasChildren.has(node.id));
  const ancestors = (node: TreeNode): TreeNode[] =>
    node.parent === null ? [] : [byId.get(node.parent)!, ...ancestors(byId.get(node.parent)!)];
  const leavesUnder = new Map(nodes.map((node) => [node.id, new Set<string>()]));
  for (const leaf of leaves) for (const node of [leaf, ...ancestors(leaf)]) leavesUnder.get(node.id)!.add(leaf.id);

  const hidden = new Set(nodes.filter((node) => node.n > 0 && node.n < threshold).map((node) => node.id));
  const signature = (leaf: TreeNode) => ancestors(leaf).filter((a) => !hidden.has(a.id)).map((a) => a.id).join('/');

  const undetermined = (node: TreeNode): boolean => {
    const inside = leavesUnder.get(node.id)!;
    return leaves.some((a) => {
      if (!inside.has(a.id) || !hidden.has(a.id)) return false;
      if (signature(a) === '') return true;
      return leaves.some(
        (b) => !inside.has(b.id) && hidden.has(b.id) && signature(b) === signature(a) && (a.n >= 2 || b.n >= 2),
      );
    });
  };

  for (let exposed = nodes.find((n) => hidden.has(n.id) && !undetermined(n)); exposed; exposed = nodes.find((n) => hidden.has(n.id) && !undetermined(n))) {
    const inside = leavesUnder.get(exposed.id)!;
    const hiddenLeaf = leaves.find((a) => inside.has(a.id) && hidden.has(a.id))!;
    const anchor = ancestors(hiddenLeaf).find((a) => !hidden.has(a.id))!;
    // Pair the hidden leaf with a shown leaf under the same lowest shown figure: hide that leaf
    // and whatever shown figures lie between it and the anchor. Fewest figures first, then smallest.
    const options = leaves
      .filter((b) => !inside.has(b.id) && b.n > 0 && leavesUnder.get(anchor.id)!.has(b.id))
      .map((b) => {
        const between = ancestors(b);
        return [b, ...between.slice(0, between.indexOf(anchor))].filter((node) => !hidden.has(node.id));
      })
      .filter((option) => option.length > 0)
      .sort((x, y) => x.length - y.length || x[0].n - y[0].n);
    const complement = options[0] ?? (anchor ? [anchor] : undefined);
    if (!complement) {
      // Nothing related is left to hide: the safe answer is to hide every non-zero figure.
      for (const node of nodes) if (node.n > 0) hidden.add(node.id);
      break;
    }
    for (const node of complement) hidden.add(node.id);
  }
  return hidden;
}
