import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseHospitalCode } from '../../server/features/hospitals/codes.js';
import { numericValue } from '../../server/features/pool-import/rows.js';
import { poolAtLeast, poolNumericFigure, quantileOfCounts } from '../../server/features/report/numeric-pool.js';
import { numericSummary, targetAttainment } from '../../server/statistics.js';
import { benchmarkWindow, checkBenchmarkPeriod, reviewWindow } from '../../server/features/benchmark/window.js';
import type { CatalogItem } from '../../server/features/surveys/compiler.js';

const CODE_CHARS = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-'];
const aCode = fc.array(fc.constantFrom(...CODE_CHARS), { minLength: 1, maxLength: 40 }).map((chars) => chars.join(''));
const WHITE = [' ', '\t', '\u00a0', '\u2007', '\u3000', '\u200b', '\ufeff', '\n'];

/** The code as a hand-written file might have it: any case, white space anywhere. */
const writtenDifferently = (code: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: code.length, maxLength: code.length }),
      fc.array(fc.option(fc.constantFrom(...WHITE), { nil: '' }), { minLength: code.length + 1, maxLength: code.length + 1 }),
    )
    .map(([upper, gaps]) => gaps[0] + [...code].map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase()) + gaps[i + 1]).join(''));

describe('normaliseHospitalCode', () => {
  it('gives one form for a code written in any case, with white space anywhere', () => {
    fc.assert(
      fc.property(
        aCode.chain((code) => fc.tuple(fc.constant(code), writtenDifferently(code))),
        ([code, written]) => {
          expect(normaliseHospitalCode(written)).toBe(code.toUpperCase());
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('keeps codes apart that differ in more than case', () => {
    fc.assert(
      fc.property(aCode, aCode, (a, b) => {
        expect(normaliseHospitalCode(a) === normaliseHospitalCode(b)).toBe(a.toUpperCase() === b.toUpperCase());
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a code of the register’s shape or nothing, and its result is its own form', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), (raw) => {
        const code = normaliseHospitalCode(raw);
        if (code === null) return;
        expect(code).toMatch(/^[A-Z0-9_-]{1,40}$/);
        expect(normaliseHospitalCode(code)).toBe(code);
      }),
      { numRuns: 3000 },
    );
  });

  it('folds full-width letters but does not turn other letters into ASCII ones', () => {
    expect(normaliseHospitalCode('ＫＳ－１')).toBe('KS-1');
    expect(normaliseHospitalCode('k\u00a0s')).toBe('KS');
    expect(normaliseHospitalCode('ﬃ')).toBe('FFI'); // a typographic ligature is its letters
    for (const raw of ['', '   ', 'kı', 'SÖS', 'K.S', 'a'.repeat(41), 'K/S']) expect(normaliseHospitalCode(raw), raw).toBeNull();
  });
});

describe('a numeric cell of a pool file', () => {
  const hours = { id: 'F.self-study-hours', kind: 'numeric', min: 0, max: 40, step: 0.5 } as const;
  const talks = { id: 'E.supervision-talks-12m', kind: 'numeric', min: 0, max: 52, step: 1 } as const;

  it('takes every value in the bounds and steps, with a decimal point or comma', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 80 }), fc.constantFrom('.', ','), (halves, mark) => {
        const value = halves / 2;
        expect(numericValue(String(value).replace('.', mark), hours)).toBe(value);
      }),
    );
  });

  it('names what is wrong with any other', () => {
    fc.assert(
      fc.property(fc.double({ min: -100, max: 100, noNaN: true }), (value) => {
        const raw = String(Math.round(value * 100) / 100);
        const result = numericValue(raw, talks);
        const n = Number(raw);
        if (n >= 0 && n <= 52 && Number.isInteger(n)) expect(result).toBe(n);
        else expect(result).toMatchObject({ code: expect.stringMatching(/^import\.row\.(outOfBounds|notWhole|notNumber)$/), params: { value: raw } });
      }),
      { numRuns: 2000 },
    );
    expect(numericValue('0.3', hours)).toEqual({ code: 'import.row.step', params: { value: '0.3', step: 0.5, bounds: '0–40' } });
    expect(numericValue('1e2', hours)).toEqual({ code: 'import.row.notNumber', params: { value: '1e2', bounds: '0–40' } });
    expect(numericValue('1 000', talks)).toEqual({ code: 'import.row.notNumber', params: { value: '1 000', bounds: '0–52' } });
  });
});

describe('the pool’s figures of a numeric item', () => {
  const item = { id: 'F.self-study-hours', roles: ['st'] } as CatalogItem;
  const histogramOf = (values: number[]) => {
    const counts = new Map<number, number>();
    for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
    return [{ itemId: item.id, role: 'st' as const, values: [...counts].map(([value, answered]) => ({ value, answered })) }];
  };
  const someHours = fc.array(
    fc.integer({ min: 0, max: 16 }).map((h) => h / 2),
    { minLength: 10, maxLength: 300 },
  );

  it('are what the numeric section computes from the same answers listed one by one', () => {
    fc.assert(
      fc.property(someHours, fc.integer({ min: 0, max: 8 }), (values, target) => {
        const summary = numericSummary(values);
        const figure = poolNumericFigure(histogramOf(values), item, target)!;
        expect(figure.n).toBe(values.length);
        expect(figure.atLeastOneShare).toBe(summary.atLeastOneShare);
        expect(figure.zeroShare).toBe(summary.zeroShare);
        expect(figure.median).toBeCloseTo(summary.median!, 12);
        expect(figure.targetShare).toBe(targetAttainment(values, target).share);
        expect([figure.atLeastOne, figure.zero, figure.atTarget]).toEqual([summary.atLeastOne, summary.zero, targetAttainment(values, target).count]);
      }),
      { numRuns: 500 },
    );
  });

  it('give any quantile of the listed values', () => {
    fc.assert(
      fc.property(someHours, fc.double({ min: 0, max: 1, noNaN: true }), (values, q) => {
        const sorted = [...values].sort((a, b) => a - b);
        const h = (sorted.length - 1) * q;
        const expected = sorted[Math.floor(h)] + (h - Math.floor(h)) * (sorted[Math.min(Math.floor(h) + 1, sorted.length - 1)] - sorted[Math.floor(h)]);
        const counts = histogramOf(values)[0].values.sort((a, b) => a.value - b.value);
        expect(quantileOfCounts(counts, values.length, q)).toBeCloseTo(expected, 12);
      }),
    );
  });

  it('need the pool minimum of answers, and count other roles’ and items’ answers apart', () => {
    expect(poolNumericFigure(histogramOf([1, 1, 0, 2, 0, 1, 1, 1, 3]), item, 1)).toBeNull();
    const other = [
      { itemId: item.id, role: 'supervisor' as const, values: [{ value: 5, answered: 100 }] },
      { itemId: 'E.assessments-12m', role: 'st' as const, values: [{ value: 5, answered: 100 }] },
    ];
    expect(poolNumericFigure([...histogramOf([0, 0, 0, 0, 0, 1, 1, 1, 1, 1]), ...other], item, null)).toEqual({
      n: 10,
      atLeastOne: 5,
      atLeastOneShare: 0.5,
      zero: 5,
      zeroShare: 0.5,
      atTarget: null,
      median: 0.5,
      targetShare: null,
    });
    expect(poolAtLeast(histogramOf([0, 0.5, 1, 2, 4]), [{ itemId: item.id, atLeast: 1 }])).toEqual([{ itemId: item.id, role: 'st', answered: 5, agreeing: 3 }]);
  });
});

describe('the benchmark window of a fixed period', () => {
  const at = (iso: string) => new Date(iso);
  const fixed = (from: string, until: string) => ({ benchmarkWindowMonths: 24, benchmarkFrom: from, benchmarkUntil: until });

  it('is the whole months inside the period', () => {
    expect(reviewWindow(fixed('2024-01-01', '2025-10-13'), at('2025-11-20T10:00:00Z'))).toMatchObject({
      fromMonth: '2024-01-01',
      untilMonth: '2025-09-01',
      months: 21,
    });
    expect(reviewWindow(fixed('2024-01-15', '2024-12-31'), at('2026-03-01T00:00:00Z'))).toMatchObject({
      fromMonth: '2024-02-01',
      untilMonth: '2024-12-01',
      months: 11,
    });
  });

  it('never holds the month the report is computed in, nor later ones', () => {
    expect(reviewWindow(fixed('2024-01-01', '2025-10-31'), at('2025-10-31T12:00:00Z'))).toMatchObject({ untilMonth: '2025-09-01', months: 21 });
    expect(reviewWindow(fixed('2025-10-01', '2025-10-31'), at('2025-10-31T12:00:00Z'))).toMatchObject({ months: 0 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 4000 }), (a, b, c) => {
        const day = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000);
        const [from, until] = [day(Math.min(a, b)), day(Math.max(a, b))].map((d) => d.toISOString().slice(0, 10));
        const now = day(c);
        const window = reviewWindow(fixed(from, until), now);
        const current = now.toISOString().slice(0, 7) + '-01';
        expect(window.untilMonth < current).toBe(true);
        if (window.months > 0) expect(window.fromMonth >= from.slice(0, 7) + '-01' && window.untilMonth <= until).toBe(true);
      }),
      { numRuns: 1000 },
    );
    // A thousand calendar computations: seconds on a loaded machine, so more than the default 5 s.
  }, 30_000);

  it('is the months before closing when no period is set', () => {
    const now = at('2027-01-15T12:00:00Z');
    expect(reviewWindow({ benchmarkWindowMonths: 12, benchmarkFrom: null, benchmarkUntil: null }, now)).toEqual({ ...benchmarkWindow(12, now), months: 12 });
  });

  it('refuses a period that cannot give one', () => {
    const problem = (from: string, until: string, closesAt: string | null = null) => {
      try {
        checkBenchmarkPeriod({ from, until }, closesAt);
        return null;
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(problem('2024-01-01', '2025-10-13', '2025-10-13')).toBeNull();
    expect(problem('2025-10-13', '2024-01-01')).toBe('The benchmark period ends before it starts.');
    expect(problem('2025-10-02', '2025-10-30')).toMatch(/holds no whole calendar month/);
    expect(problem('2024-01-01', '2025-10-14', '2025-10-13')).toBe('The benchmark period must not end after the review closes (2025-10-13).');
    expect(problem('2010-01-01', '2020-12-31')).toMatch(/at most 120 whole months/);
    expect(problem('2024-02-30', '2025-01-31')).toBe('2024-02-30 is not a real date.');
  });
});
