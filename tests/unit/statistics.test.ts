import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sharePercent } from '../../contract/shares.js';
import {
  agreementShare,
  BENCHMARK_DEFAULTS,
  benchmarkComparison,
  isOutlier,
  newcombeDifference,
  numericSummary,
  PATTERN_DEFAULTS,
  quartileCuts,
  quartileOf,
  ROLE_ORDER,
  rolePatternFlags,
  targetAttainment,
  wilsonInterval,
} from '../../server/statistics.js';

/** A count n with 0 ≤ successes ≤ n. */
const proportion = (maxN = 2000) => fc.integer({ min: 1, max: maxN }).chain((n) => fc.record({ successes: fc.integer({ min: 0, max: n }), n: fc.constant(n) }));

describe('agreement share', () => {
  it('is the share agreeing among answers on the scale', () => {
    expect(agreementShare({ agreeing: 91, answered: 100 })).toBe(0.91);
    expect(agreementShare({ agreeing: 0, answered: 7 })).toBe(0);
  });

  it('is null when nobody answered on the scale', () => {
    expect(agreementShare({ agreeing: 0, answered: 0 })).toBeNull();
  });

  it('refuses more agreeing than answered and negative counts', () => {
    expect(() => agreementShare({ agreeing: 5, answered: 4 })).toThrow(RangeError);
    expect(() => agreementShare({ agreeing: -1, answered: 4 })).toThrow(RangeError);
  });

  it('always lies between 0 and 1', () => {
    fc.assert(
      fc.property(proportion(), ({ successes, n }) => {
        const share = agreementShare({ agreeing: successes, answered: n })!;
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe('Wilson interval', () => {
  it('Wilson 95% for 7 of 10 is about 0.397 to 0.892', () => {
    const { low, high } = wilsonInterval(7, 10)!;
    expect(low).toBeCloseTo(0.3968, 4);
    expect(high).toBeCloseTo(0.8922, 4);
  });

  it('matches Newcombe 1998 (single proportion): 81/263, 15/148, 0/20 and 1/29', () => {
    const cases: [number, number, number, number][] = [
      [81, 263, 0.2553, 0.3662],
      [15, 148, 0.0624, 0.1605],
      [0, 20, 0, 0.1611],
      [1, 29, 0.0061, 0.1718],
    ];
    for (const [successes, n, low, high] of cases) {
      const interval = wilsonInterval(successes, n)!;
      expect(interval.low).toBeCloseTo(low, 4);
      expect(interval.high).toBeCloseTo(high, 4);
    }
  });

  it('starts at exactly 0 for 0 of n and ends at exactly 1 for n of n', () => {
    // Hand: at 0/10 the upper bound is (z²/n) / (1 + z²/n) = 0.38415 / 1.38415 = 0.2775.
    expect(wilsonInterval(0, 10)).toEqual({ low: 0, high: expect.closeTo(0.2775, 4) });
    expect(wilsonInterval(10, 10)).toEqual({ low: expect.closeTo(0.7225, 4), high: 1 });
  });

  it('is null with no answers', () => {
    expect(wilsonInterval(0, 0)).toBeNull();
  });

  it('narrows with a smaller z (90% inside 95%)', () => {
    const wide = wilsonInterval(7, 10)!;
    const narrow = wilsonInterval(7, 10, 1.6448536269514722)!;
    expect(narrow.low).toBeGreaterThan(wide.low);
    expect(narrow.high).toBeLessThan(wide.high);
  });

  it('always contains the estimate and stays inside 0 to 1', () => {
    fc.assert(
      fc.property(proportion(), ({ successes, n }) => {
        const { low, high } = wilsonInterval(successes, n)!;
        expect(low).toBeGreaterThanOrEqual(0);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(successes / n);
        expect(high).toBeGreaterThanOrEqual(successes / n);
      }),
    );
  });
});

describe('Newcombe difference of two proportions', () => {
  it('gives 0.2000 (0.0524 to 0.3339) for 56/70 vs 48/80, Newcombe 1998 example (a)', () => {
    const result = newcombeDifference({ successes: 56, n: 70 }, { successes: 48, n: 80 })!;
    expect(result.difference).toBeCloseTo(0.2, 10);
    expect(result.low).toBeCloseTo(0.0524, 4);
    expect(result.high).toBeCloseTo(0.3339, 4);
    expect(result.excludesZero).toBe(true);
  });

  it('gives 0.6 (0.1705 to 0.8090) for 9/10 vs 3/10, Newcombe 1998 example (b)', () => {
    const result = newcombeDifference({ successes: 9, n: 10 }, { successes: 3, n: 10 })!;
    expect(result.difference).toBeCloseTo(0.6, 10);
    expect(result.low).toBeCloseTo(0.1705, 4);
    expect(result.high).toBeCloseTo(0.809, 4);
  });

  it('for 0/10 vs 0/20 runs from minus the upper Wilson bound of 0/20 to that of 0/10', () => {
    // Both estimates 0 and both lower bounds 0, so the formula reduces to −u₂ and +u₁.
    const result = newcombeDifference({ successes: 0, n: 10 }, { successes: 0, n: 20 })!;
    expect(result.low).toBeCloseTo(-0.1611, 4);
    expect(result.high).toBeCloseTo(0.2775, 4);
    expect(result.excludesZero).toBe(false);
  });

  it('ends at exactly 1 when every answer agrees on one side and none on the other', () => {
    expect(newcombeDifference({ successes: 10, n: 10 }, { successes: 0, n: 10 })!.high).toBe(1);
  });

  it('is null when either side has no answers', () => {
    expect(newcombeDifference({ successes: 0, n: 0 }, { successes: 3, n: 10 })).toBeNull();
    expect(newcombeDifference({ successes: 3, n: 10 }, { successes: 0, n: 0 })).toBeNull();
  });

  it('always contains the difference and lies within −1 to 1', () => {
    fc.assert(
      fc.property(proportion(500), proportion(500), (a, b) => {
        const { difference, low, high, excludesZero } = newcombeDifference(a, b)!;
        expect(low).toBeGreaterThanOrEqual(-1);
        expect(high).toBeLessThanOrEqual(1);
        expect(low).toBeLessThanOrEqual(difference + 1e-12);
        expect(high).toBeGreaterThanOrEqual(difference - 1e-12);
        expect(excludesZero).toBe(low > 0 || high < 0);
      }),
    );
  });
});

describe('national benchmark', () => {
  it('lists "varied clinical work", 79 vs 94 in the hospital report, with an interval that excludes zero', () => {
    const result = benchmarkComparison({ successes: 79, n: 100 }, { successes: 2792, n: 2970 })!;
    expect(result.localShare).toBe(0.79);
    expect(sharePercent(2792, 2970)).toBe(94);
    expect(result.differencePp).toBe(-15);
    expect(result.flagged).toBe(true);
    expect(result.suppressed).toBe(false);
    expect(result.excludesZero).toBe(true);
    expect(result.interval.high).toBeLessThan(0);
  });

  it('lists a difference of exactly 10 points and not one of 9', () => {
    const pool = { successes: 74, n: 100 };
    expect(benchmarkComparison({ successes: 64, n: 100 }, pool)).toMatchObject({ differencePp: -10, flagged: true });
    expect(benchmarkComparison({ successes: 65, n: 100 }, pool)).toMatchObject({ differencePp: -9, flagged: false });
  });

  it('uses the printed figures: 79.4 % vs 89.5 % prints as 79 vs 90 and is listed', () => {
    const result = benchmarkComparison({ successes: 794, n: 1000 }, { successes: 895, n: 1000 })!;
    expect(result.differencePp).toBe(-11);
    expect(result.flagged).toBe(true);
  });

  it('gives the Newcombe interval in percentage points', () => {
    const result = benchmarkComparison({ successes: 56, n: 70 }, { successes: 48, n: 80 })!;
    expect(result.differencePp).toBe(20);
    expect(result.interval.low).toBeCloseTo(5.24, 2);
    expect(result.interval.high).toBeCloseTo(33.39, 2);
  });

  it('treats a pool under 10 answers as no benchmark and lists nothing from it', () => {
    const result = benchmarkComparison({ successes: 16, n: 100 }, { successes: 8, n: 9 })!;
    expect(result.suppressed).toBe(true);
    expect(result.flagged).toBe(false);
    expect(BENCHMARK_DEFAULTS).toEqual({ minDifferencePp: 10, poolMinimum: 10 });
  });

  it('follows a stricter rule when given one', () => {
    const rule = { minDifferencePp: 20, poolMinimum: 10 };
    expect(benchmarkComparison({ successes: 79, n: 100 }, { successes: 94, n: 100 }, rule)!.flagged).toBe(false);
  });

  it('is null when the unit has no answers', () => {
    expect(benchmarkComparison({ successes: 0, n: 0 }, { successes: 50, n: 100 })).toBeNull();
  });
});

describe('role pattern', () => {
  const pct = (agreeing: number) => ({ successes: agreeing, n: 100 });
  const shares = (st: number, supervisor: number, director: number, head: number) => ({
    st: pct(st),
    supervisor: pct(supervisor),
    director: pct(director),
    head: pct(head),
  });

  it('runs from trainees to heads, the usual order from least to most positive', () => {
    expect(ROLE_ORDER).toEqual(['st', 'supervisor', 'director', 'head']);
    expect(PATTERN_DEFAULTS).toEqual({ breakMarginPp: 10, leadershipGapPp: 20 });
  });

  it('flags nothing when everyone agrees: personal supervisor 100/100/100/100', () => {
    expect(rolePatternFlags(shares(100, 100, 100, 100))).toEqual([]);
  });

  it('flags directors 11 points below supervisors and a 28-point leadership gap on the IUP (72/84/73/100)', () => {
    expect(rolePatternFlags(shares(72, 84, 73, 100))).toEqual([
      { kind: 'order-break', role: 'director', below: 'supervisor', marginPp: 11 },
      { kind: 'leadership-gap', gapPp: 28 },
    ]);
  });

  it('flags only the leadership gap on quality-work assessment (31/68/60/60): 8 points below is noise', () => {
    expect(rolePatternFlags(shares(31, 68, 60, 60))).toEqual([{ kind: 'leadership-gap', gapPp: 29 }]);
  });

  it('flags directors as least positive on varied clinical work, below both trainees and supervisors', () => {
    expect(rolePatternFlags(shares(80, 85, 70, 88))).toEqual([
      { kind: 'order-break', role: 'director', below: 'st', marginPp: 10 },
      { kind: 'order-break', role: 'director', below: 'supervisor', marginPp: 15 },
    ]);
  });

  it('flags heads below trainees as an order break, not as a gap', () => {
    expect(rolePatternFlags({ st: pct(90), head: pct(70) })).toEqual([{ kind: 'order-break', role: 'head', below: 'st', marginPp: 20 }]);
  });

  it('skips roles with no share', () => {
    expect(rolePatternFlags({ st: pct(50), supervisor: null, director: pct(20) })).toEqual([
      { kind: 'order-break', role: 'director', below: 'st', marginPp: 30 },
    ]);
    expect(rolePatternFlags({ st: pct(50), head: null })).toEqual([]);
  });

  it('follows given thresholds', () => {
    expect(rolePatternFlags(shares(80, 85, 70, 88), { breakMarginPp: 20, leadershipGapPp: 5 })).toEqual([{ kind: 'leadership-gap', gapPp: 8 }]);
  });
});

describe('quartile position and outliers', () => {
  const pool = [0.5, 0.6, 0.7, 0.8, 0.9]; // Q1 0.6, median 0.7, Q3 0.8

  it('places values strictly below Q1 in the bottom quartile and strictly above Q3 in the top', () => {
    expect(quartileOf(0.55, quartileCuts(pool))).toBe(1);
    expect(quartileOf(0.6, quartileCuts(pool))).toBe(2);
    expect(quartileOf(0.65, quartileCuts(pool))).toBe(2);
    expect(quartileOf(0.7, quartileCuts(pool))).toBe(3);
    expect(quartileOf(0.8, quartileCuts(pool))).toBe(3);
    expect(quartileOf(0.85, quartileCuts(pool))).toBe(4);
  });

  it('interpolates quartiles between answers: Q1 of 1, 2, 3, 4 is 1.75', () => {
    expect(quartileOf(1.7, quartileCuts([4, 1, 3, 2]))).toBe(1);
    expect(quartileOf(1.75, quartileCuts([4, 1, 3, 2]))).toBe(2);
  });

  it('puts no one at either end of a pool of equal values', () => {
    expect(quartileOf(0.8, quartileCuts([0.8, 0.8, 0.8]))).toBe(3);
  });

  it('refuses an empty pool', () => {
    expect(() => quartileOf(0.5, quartileCuts([]))).toThrow(RangeError);
  });

  it('never moves down as the value goes up', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(quartileOf(lo, quartileCuts(values))).toBeLessThanOrEqual(quartileOf(hi, quartileCuts(values)));
        },
      ),
    );
  });

  it('flags a bottom-quartile unit whose interval lies wholly below the pool mean', () => {
    expect(isOutlier({ share: 0.4, interval: { low: 0.3, high: 0.55 } }, quartileCuts(pool), 0.7)).toBe(true);
  });

  it('does not flag a bottom-quartile unit whose interval reaches the pool mean', () => {
    expect(isOutlier({ share: 0.4, interval: { low: 0.1, high: 0.75 } }, quartileCuts(pool), 0.7)).toBe(false);
  });

  it('flags a top-quartile unit whose interval lies wholly above the pool mean', () => {
    expect(isOutlier({ share: 0.95, interval: { low: 0.85, high: 0.99 } }, quartileCuts(pool), 0.7)).toBe(true);
  });

  it('does not flag a middle unit even with a narrow interval off the mean', () => {
    expect(isOutlier({ share: 0.65, interval: { low: 0.64, high: 0.66 } }, quartileCuts(pool), 0.7)).toBe(false);
  });
});

describe('numeric items', () => {
  it('summarises self-study hours as the share with at least 1 hour and with none', () => {
    // Sorted: 0 0 0 0 0.5 1 2 3 → median (0 + 0.5) / 2, mean 6.5 / 8.
    expect(numericSummary([0, 0, 1, 2, 0, 3, 0.5, 0])).toEqual({
      n: 8,
      atLeastOne: 3,
      atLeastOneShare: 3 / 8,
      zero: 4,
      zeroShare: 4 / 8,
      median: 0.25,
      mean: 0.8125,
    });
  });

  it('takes the middle answer as median for an odd count', () => {
    expect(numericSummary([4, 1, 2]).median).toBe(2);
  });

  it('has no shares, median or mean without answers', () => {
    expect(numericSummary([])).toEqual({ n: 0, atLeastOne: 0, atLeastOneShare: null, zero: 0, zeroShare: null, median: null, mean: null });
  });

  it('counts answers meeting a target: 3 of 5 clinics reach 6 supervision talks a year', () => {
    expect(targetAttainment([6, 4, 9, 6, 2], 6)).toEqual({ count: 3, share: 0.6 });
    expect(targetAttainment([], 6)).toEqual({ count: 0, share: null });
  });

  it('keeps its shares between 0 and 1', () => {
    const hours = fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 50 });
    fc.assert(
      fc.property(hours, fc.integer({ min: 0, max: 40 }), (values, target) => {
        const summary = numericSummary(values);
        for (const share of [summary.atLeastOneShare, summary.zeroShare, targetAttainment(values, target).share]) {
          if (share === null) continue;
          expect(share).toBeGreaterThanOrEqual(0);
          expect(share).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
