import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { intervalPercent, sharePercent } from '../../contract/shares.js';

/** The exact rule on rationals: ⌊100·count/n + ½⌋, in BigInt, so no floating point is involved. */
const exactHalfUp = (count: number, n: number): number => {
  const [c, d] = [BigInt(count), BigInt(n)];
  return Number((200n * c + d) / (2n * d));
};

const fraction = (maxN: number) => fc.integer({ min: 1, max: maxN }).chain((n) => fc.tuple(fc.integer({ min: 0, max: n }), fc.constant(n)));

describe('how a share is printed', () => {
  it('prints 57 of 200 as 29, although 0.285 × 100 is 28.4999… in floating point', () => {
    expect(Math.round((57 / 200) * 100)).toBe(28);
    expect(sharePercent(57, 200)).toBe(29);
  });

  it('rounds halves up and everything else to the nearest per cent', () => {
    expect(sharePercent(1, 8)).toBe(13); // 12.5
    expect(sharePercent(1, 200)).toBe(1); // 0.5
    expect(sharePercent(7, 9)).toBe(78);
    expect(sharePercent(2, 3)).toBe(67);
    expect(sharePercent(0, 5)).toBe(0);
    expect(sharePercent(5, 5)).toBe(100);
    expect(sharePercent(0, 0)).toBeNull();
  });

  it('equals exact rational rounding for any count of any n (small, as in clinics)', () => {
    fc.assert(
      fc.property(fraction(400), ([count, n]) => {
        expect(sharePercent(count, n)).toBe(exactHalfUp(count, n));
      }),
      { numRuns: 20_000 },
    );
  });

  it('equals exact rational rounding for counts up to the largest it accepts', () => {
    fc.assert(
      fc.property(fraction(44_000_000_000_000), ([count, n]) => {
        expect(sharePercent(count, n)).toBe(exactHalfUp(count, n));
      }),
      { numRuns: 20_000 },
    );
  });

  it('is exact at every half: (2k + 1) / 200 prints as k + 1', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 1_000_000 }), (k, scale) => {
        expect(sharePercent((2 * k + 1) * scale, 200 * scale)).toBe(k + 1);
      }),
      { numRuns: 5_000 },
    );
  });

  it('is never more than half a point from the share, and never goes down as the count goes up', () => {
    fc.assert(
      fc.property(fraction(5_000), ([count, n]) => {
        const printed = sharePercent(count, n)!;
        // |printed − 100·count/n| ≤ ½, compared in integers: |2n·printed − 200·count| ≤ n.
        expect(Math.abs(2 * n * printed - 200 * count)).toBeLessThanOrEqual(n);
        if (count < n) expect(sharePercent(count + 1, n)!).toBeGreaterThanOrEqual(printed);
      }),
      { numRuns: 10_000 },
    );
  });

  it('refuses what is not a share of counts', () => {
    for (const [count, n] of [
      [3, 2],
      [-1, 4],
      [1.5, 4],
      [1, Number.NaN],
      [1, 2 ** 53],
    ])
      expect(() => sharePercent(count, n)).toThrow(RangeError);
  });
});

describe('how an interval is printed', () => {
  it('widens outwards to whole per cent, keeping whole ends through floating-point noise', () => {
    expect(intervalPercent({ low: 0.6412, high: 0.7888 })).toEqual({ low: 64, high: 79 });
    expect(intervalPercent({ low: 0.1 + 0.2, high: 0.7 })).toEqual({ low: 30, high: 70 });
    expect(intervalPercent({ low: 0, high: 1 })).toEqual({ low: 0, high: 100 });
    expect(intervalPercent({ low: -19.4, high: -2.2 }, 1)).toEqual({ low: -20, high: -2 });
    expect(Object.is(intervalPercent({ low: -0.0000000001, high: 0 }, 1).low, 0)).toBe(true);
  });

  it('always holds the interval it prints and the share inside it', () => {
    const ends = fc
      .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));
    fc.assert(
      fc.property(ends, fraction(300), (interval, [count, n]) => {
        const printed = intervalPercent(interval);
        expect(printed.low).toBeLessThanOrEqual(interval.low * 100 + 1e-6);
        expect(printed.high).toBeGreaterThanOrEqual(interval.high * 100 - 1e-6);
        const share = count / n;
        if (share >= interval.low && share <= interval.high) {
          expect(sharePercent(count, n)!).toBeGreaterThanOrEqual(printed.low);
          expect(sharePercent(count, n)!).toBeLessThanOrEqual(printed.high);
        }
      }),
      { numRuns: 5_000 },
    );
  });
});
