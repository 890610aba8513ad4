import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byEvidence, hybridScoreDifference, isSmallN, SMALL_N } from '../../contract/differences.js';
import { newcombeDifference, wilsonInterval } from '../../server/statistics.js';

describe('differences as the report presents them', () => {
  it('marks a shown figure of fewer than 10 answers as small n, and nothing without answers', () => {
    expect(SMALL_N).toBe(10);
    expect([null, 0, 1, 9, 10, 200].map(isSmallN)).toEqual([false, false, true, true, false, false]);
  });

  it('puts the differences whose interval excludes zero first, larger before smaller, and keeps the rest in their order', () => {
    const rows = [
      { id: 'a', differencePp: -33, excludesZero: false },
      { id: 'b', differencePp: 12, excludesZero: true },
      { id: 'c', differencePp: -25, excludesZero: true },
      { id: 'd', differencePp: 15, excludesZero: false },
      { id: 'e', differencePp: 33, excludesZero: false },
    ];
    expect(byEvidence(rows).map((r) => r.id)).toEqual(['c', 'b', 'a', 'e', 'd']);
  });

  it('never lists a difference the interval does not support above one it does, and loses or adds none', () => {
    const row = fc.record({ differencePp: fc.integer({ min: -100, max: 100 }), excludesZero: fc.boolean() });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
        const sorted = byEvidence(rows);
        expect(sorted).toHaveLength(rows.length);
        expect(new Set(sorted)).toEqual(new Set(rows));
        const firstUnsupported = sorted.findIndex((r) => !r.excludesZero);
        if (firstUnsupported >= 0) expect(sorted.slice(firstUnsupported).every((r) => !r.excludesZero)).toBe(true);
      }),
    );
  });

  it('gives the role flags the same interval the benchmark computes from counts (Newcombe 1998, method 10)', () => {
    const share = (successes: number, n: number) => ({ share: successes / n, interval: wilsonInterval(successes, n)! });
    // Newcombe's example 1: 56/70 vs 48/80 gives 0.0524 to 0.3339.
    const example = hybridScoreDifference(share(56, 70), share(48, 80));
    expect(example.low).toBeCloseTo(0.0524, 4);
    expect(example.high).toBeCloseTo(0.3339, 4);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 60 }), fc.nat(), fc.nat(), (na, nb, x, y) => {
        const a = { successes: x % (na + 1), n: na };
        const b = { successes: y % (nb + 1), n: nb };
        const fromCells = hybridScoreDifference(share(a.successes, a.n), share(b.successes, b.n));
        expect(fromCells).toEqual(newcombeDifference(a, b));
      }),
    );
  });
});
