import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTable, suppressTree, type SuppressedTable, type TableInput, type TreeNode } from '../../server/features/report/suppression.js';

describe('anonymity suppression', () => {
  const table = (counts: number[][], threshold = 3): TableInput => ({
    rows: counts.map((_, i) => `r${i}`),
    cols: counts[0].map((_, j) => `c${j}`),
    counts,
    threshold,
  });

  it('shows a table with no small counts whole', () => {
    expect(suppressTable(table([[5, 3], [4, 9]]))).toMatchObject({
      counts: [[5, 3], [4, 9]],
      rowTotals: [8, 13],
      colTotals: [9, 12],
      total: 21,
    });
  });

  it('hides a lone small cell with a partner in its row and in its column, and one to close the rectangle', () => {
    // 1 is small; 10 and 15 are the smallest cells in its row and column, 12 closes the rectangle.
    // A reader is left with a + b = 11, c + d = 27, a + c = 22, b + d = 16: one unknown too many.
    expect(suppressTable(table([[10, 1, 20], [12, 15, 30]]))).toMatchObject({
      counts: [[null, null, 20], [null, null, 30]],
      rowTotals: [31, 57],
      colTotals: [22, 16, 50],
      total: 88,
    });
  });

  it('shows zeros and never hides one to protect another cell', () => {
    expect(suppressTable(table([[2, 0, 9], [5, 0, 7]]))).toMatchObject({
      counts: [[null, 0, null], [null, 0, null]],
      rowTotals: [11, 12],
      colTotals: [7, 0, 16],
      total: 23,
    });
  });

  it('does not leave two hidden 1s alone in a row, where total minus shown = 2 would give both away', () => {
    // Row 0 is 1, 1, 20 of 22: hiding the two 1s alone leaves ? + ? = 2, so both are 1.
    const result = suppressTable(table([[1, 1, 20], [5, 6, 7]]));
    expect(result.counts[0]).toEqual([null, null, null]);
    expect(result.rowTotals).toEqual([22, 18]);
  });

  it('hides a total under the threshold, and everything when the totals would reveal that every cell is 1', () => {
    // Cells 1, row and column totals 2, grand total 4: four hidden cells each ≥ 1 adding to 4 are all 1.
    expect(suppressTable(table([[1, 1], [1, 1]]))).toMatchObject({
      counts: [[null, null], [null, null]],
      rowTotals: [null, null],
      colTotals: [null, null],
      total: null,
    });
  });

  it('protects the hospital report’s response table (one director in "Other", one in the diagnostic group)', () => {
    // The two lone directors and the "Other" total are under 3. With the director total 15 shown, those two
    // hidden 1s would add to 15 − 6 − 7 = 2 and give each other away, so the surgical directors go too, and
    // each row and column gets its partner: diagnostic heads (3), surgical heads (6), the diagnostic total.
    const result = suppressTable({
      rows: ['surgical', 'medical', 'diagnostic', 'other'],
      cols: ['st', 'supervisor', 'director', 'head'],
      counts: [
        [48, 38, 6, 6],
        [45, 41, 7, 6],
        [7, 9, 1, 3],
        [0, 0, 1, 0],
      ],
      threshold: 3,
    });
    expect(result).toEqual({
      rows: ['surgical', 'medical', 'diagnostic', 'other'],
      cols: ['st', 'supervisor', 'director', 'head'],
      counts: [
        [48, 38, null, null],
        [45, 41, 7, 6],
        [7, 9, null, null],
        [0, 0, null, 0],
      ],
      rowTotals: [98, 99, null, null],
      colTotals: [100, 88, 15, 15],
      total: 218,
    });
  });

  it('hides nothing with a threshold of 1', () => {
    expect(suppressTable(table([[1, 0], [2, 1]], 1)).counts).toEqual([[1, 0], [2, 1]]);
  });

  it('refuses a table whose counts do not match its labels', () => {
    expect(() => suppressTable({ rows: ['a'], cols: ['x', 'y'], counts: [[1]], threshold: 3 })).toThrow(RangeError);
    expect(() => suppressTable({ rows: ['a'], cols: ['x'], counts: [[-1]], threshold: 3 })).toThrow(RangeError);
  });

  const randomTable = (maxRows: number, maxCols: number) =>
    fc
      .record({ r: fc.integer({ min: 1, max: maxRows }), c: fc.integer({ min: 1, max: maxCols }) })
      .chain(({ r, c }) =>
        fc.record({
          counts: fc.array(
            fc.array(fc.oneof(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 15 })), {
              minLength: c,
              maxLength: c,
            }),
            { minLength: r, maxLength: r },
          ),
          threshold: fc.integer({ min: 2, max: 5 }),
        }),
      )
      .map(({ counts, threshold }) => table(counts, threshold));

  /** The table with its totals column and totals row, as shown (null = hidden) and as counted. */
  const extended = (input: TableInput, out: SuppressedTable) => {
    const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
    const truth = input.counts.map((row) => [...row, sum(row)]);
    truth.push(truth[0].map((_, j) => sum(truth.map((row) => row[j]))));
    const shown = out.counts.map((row, i) => [...row, out.rowTotals[i]]);
    shown.push([...out.colTotals, out.total]);
    return { truth, shown };
  };

  it('never shows a count under the threshold other than 0, and shows every other count as it is', () => {
    fc.assert(
      fc.property(randomTable(5, 5), (input) => {
        const { truth, shown } = extended(input, suppressTable(input));
        shown.forEach((row, i) =>
          row.forEach((value, j) => {
            if (value === null) return;
            expect(value).toBe(truth[i][j]);
            expect(value === 0 || value >= input.threshold).toBe(true);
          }),
        );
      }),
    );
  });

  it('leaves every row and column with a hidden count at least one more hidden count, cell or total', () => {
    fc.assert(
      fc.property(randomTable(5, 5), (input) => {
        const { shown } = extended(input, suppressTable(input));
        const columns = shown[0].map((_, j) => shown.map((row) => row[j]));
        for (const line of [...shown, ...columns]) {
          const hidden = line.filter((value) => value === null).length;
          expect(hidden === 0 || hidden >= 2).toBe(true);
        }
      }),
    );
  });

  /**
   * The reader's view: shown counts, totals that add up, hidden counts of at least 1 (zeros are always
   * shown). For each hidden count, look for another table of whole numbers that fits that view and gives it
   * another value. Trying ±1 on each hidden cell is enough to find one when one exists, and when this
   * search finds none the test fails, so the check can only be stricter than the truth.
   */
  const derivableCounts = (input: TableInput, out: SuppressedTable): string[] => {
    const { truth, shown } = extended(input, out);
    const [last, lastCol] = [truth.length - 1, truth[0].length - 1];
    const hiddenCells: [number, number][] = [];
    input.counts.forEach((row, i) => row.forEach((_, j) => shown[i][j] === null && hiddenCells.push([i, j])));
    const varies = shown.map((row) => row.map(() => false));
    const step = new Array<number>(hiddenCells.length).fill(-1);
    for (;;) {
      const cells = input.counts.map((row) => [...row]);
      hiddenCells.forEach(([i, j], k) => (cells[i][j] += step[k]));
      const candidate = extended({ ...input, counts: cells }, out).truth;
      const fits = candidate.every((row, i) =>
        row.every((value, j) => (shown[i][j] === null ? value >= 1 : value === shown[i][j])),
      );
      if (fits) candidate.forEach((row, i) => row.forEach((value, j) => (varies[i][j] ||= value !== truth[i][j])));
      let k = 0;
      while (k < step.length && step[k] === 1) step[k++] = -1;
      if (k === step.length) break;
      step[k] += 1;
    }
    const derivable: string[] = [];
    shown.forEach((row, i) =>
      row.forEach((value, j) => {
        if (value !== null || varies[i][j]) return;
        derivable.push(`${i === last ? 'total' : i},${j === lastCol ? 'total' : j}`);
      }),
    );
    return derivable;
  };

  it('never lets a hidden count be worked out from the shown counts and totals', () => {
    fc.assert(
      fc.property(randomTable(3, 3), (input) => {
        expect(derivableCounts(input, suppressTable(input))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('has a checker that catches two lone 1s under a shown total', () => {
    const input = table([[1, 1, 20], [5, 6, 7]]);
    const naive: SuppressedTable = {
      rows: input.rows,
      cols: input.cols,
      counts: [[null, null, 20], [null, null, 7]],
      rowTotals: [22, 18],
      colTotals: [6, 7, 27],
      total: 40,
    };
    expect(derivableCounts(input, naive)).toEqual(['0,0', '0,1', '1,0', '1,1']);
  });
});


describe('suppression in a hierarchy (units → specialty groups → whole review)', () => {
  const tree = (groups: number[][]) => {
    const nodes: TreeNode[] = [{ id: 'all', parent: null, n: groups.flat().reduce((a, b) => a + b, 0) }];
    groups.forEach((units, g) => {
      nodes.push({ id: `g${g}`, parent: 'all', n: units.reduce((a, b) => a + b, 0) });
      units.forEach((n, u) => nodes.push({ id: `g${g}u${u}`, parent: `g${g}`, n }));
    });
    return nodes;
  };

  it('hides a unit below the threshold and a sibling, so the group total does not give it away', () => {
    const hidden = suppressTree(tree([[2, 8, 9], [10]]), 3);
    expect([...hidden].sort()).toEqual(['g0u0', 'g0u1']);
  });

  it('hides a whole small group and a second group, so the review total does not give it away', () => {
    const hidden = suppressTree(tree([[1], [45], [48]]), 3);
    expect(hidden.has('g0')).toBe(true);
    expect(hidden.has('g0u0')).toBe(true);
    // The smallest other group is the complement, with its unit, so the review total stays shown.
    expect(hidden.has('g1')).toBe(true);
    expect(hidden.has('g1u0')).toBe(true);
    expect(hidden.has('all')).toBe(false);
  });

  it('shows everything when every figure is large enough, and never hides a zero', () => {
    expect(suppressTree(tree([[5, 6], [0, 7]]), 3)).toEqual(new Set());
  });

  it('never lets a hidden figure be worked out from the shown ones (brute force)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 2, max: 4 }),
        (groups, threshold) => {
          const nodes = tree(groups);
          const hidden = suppressTree(nodes, threshold);
          for (const node of nodes) if (!hidden.has(node.id)) expect(node.n === 0 || node.n >= threshold).toBe(true);
          // Every way to fill the hidden leaves with counts ≥ 1 that matches all shown figures.
          const leaves = nodes.filter((n) => /u/.test(n.id));
          const hiddenLeaves = leaves.filter((n) => hidden.has(n.id));
          const values = new Map<string, Set<number>>([...hidden].map((id) => [id, new Set<number>()]));
          const fill = (i: number, chosen: Map<string, number>) => {
            if (i === hiddenLeaves.length) {
              const value = (id: string): number =>
                chosen.get(id) ?? (/u/.test(id) ? nodes.find((n) => n.id === id)!.n : nodes.filter((n) => n.parent === id).reduce((s, n) => s + value(n.id), 0));
              for (const node of nodes) {
                const v = value(node.id);
                if (!hidden.has(node.id) && v !== node.n) return;
                if (hidden.has(node.id) && v < 1) return;
              }
              for (const id of hidden) values.get(id)!.add(value(id));
              return;
            }
            for (let v = 1; v <= 7; v++) fill(i + 1, new Map(chosen).set(hiddenLeaves[i].id, v));
          };
          fill(0, new Map());
          for (const [id, seen] of values) expect(seen.size, `hidden ${id} is determined`).toBeGreaterThan(1);
        },
      ),
      { numRuns: 80 },
    );
  }, 60_000);
});
