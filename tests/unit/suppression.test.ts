import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressTree, type TreeNode } from '../../server/features/report/suppression.js';

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
    expect(
      suppressTree(
        tree([
          [5, 6],
          [0, 7],
        ]),
        3,
      ),
    ).toEqual(new Set());
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
                chosen.get(id) ??
                (/u/.test(id) ? nodes.find((n) => n.id === id)!.n : nodes.filter((n) => n.parent === id).reduce((s, n) => s + value(n.id), 0));
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
