import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Target } from '../../contract/targets.js';
import { MAIN_SURVEY } from '../../server/features/reviews/service.js';
import { currentSurvey } from '../../server/features/surveys/service.js';
import { numericAttainment } from '../../server/features/targets/compare.js';
import { meetsTarget } from '../../server/statistics.js';
import { NATIONAL_TARGETS } from '../../server/features/targets/national.js';
import { measurableItems, targetProblems } from '../../server/features/targets/validate.js';
import { numericThresholds } from '../../server/features/report/targets.js';

const measurable = measurableItems(currentSurvey(MAIN_SURVEY).items);

describe('comparing an answer with a target', () => {
  it('counts the threshold itself as reaching ≥, ≤ and =', () => {
    expect(meetsTarget(6, 'atLeast', 6)).toBe(true);
    expect(meetsTarget(5, 'atLeast', 6)).toBe(false);
    expect(meetsTarget(5.5, 'atLeast', 6)).toBe(false);
    expect(meetsTarget(6, 'atMost', 6)).toBe(true);
    expect(meetsTarget(7, 'atMost', 6)).toBe(false);
    expect(meetsTarget(6, 'equal', 6)).toBe(true);
    expect(meetsTarget(0.5, 'equal', 1)).toBe(false);
  });

  it('gives the share of people reaching it and the median: the hospital report’s “6 supervision talks a year”', () => {
    expect(numericAttainment([6, 4, 9, 6, 2], 'atLeast', 6)).toEqual({ n: 5, met: 3, metShare: 0.6, median: 6 });
    expect(numericAttainment([0, 0, 0.5, 1, 1, 2, 3], 'atLeast', 1)).toEqual({ n: 7, met: 4, metShare: 4 / 7, median: 1 });
    expect(numericAttainment([0, 0, 0.5, 1, 1, 2, 3], 'atMost', 0)).toEqual({ n: 7, met: 2, metShare: 2 / 7, median: 1 });
    expect(numericAttainment([2, 4], 'equal', 3)).toEqual({ n: 2, met: 0, metShare: 0, median: 3 });
    expect(numericAttainment([], 'atLeast', 6)).toEqual({ n: 0, met: 0, metShare: null, median: null });
  });

  it('splits everyone between ≥ and ≤, counting those exactly at the threshold in both', () => {
    const answers = fc.array(fc.integer({ min: 0, max: 52 }), { minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(answers, fc.integer({ min: 0, max: 52 }), (values, threshold) => {
        const share = (c: 'atLeast' | 'atMost' | 'equal') => numericAttainment(values, c, threshold).metShare!;
        expect(share('atLeast') + share('atMost') - share('equal')).toBeCloseTo(1, 12);
        for (const c of ['atLeast', 'atMost', 'equal'] as const) expect(share(c)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('never lowers the share reaching “at least” when the threshold falls', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 40, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        fc.double({ min: 0, max: 40, noNaN: true }),
        (values, a, b) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          expect(numericAttainment(values, 'atLeast', low).metShare!).toBeGreaterThanOrEqual(numericAttainment(values, 'atLeast', high).metShare!);
        },
      ),
    );
  });
});

describe('the national defaults', () => {
  it('are a valid set whose measures the survey has', () => {
    expect(targetProblems(NATIONAL_TARGETS, measurable)).toEqual([]);
    expect(NATIONAL_TARGETS.filter((t) => t.measure).map((t) => t.measure!.itemId)).toEqual([
      'E.supervision-talks-12m',
      'E.assessments-12m',
      'D.yearly-follow-up',
      'F.self-study-hours',
    ]);
  });

  it('give the numeric tables their “at least” thresholds', () => {
    expect(numericThresholds(NATIONAL_TARGETS)).toEqual({ 'E.supervision-talks-12m': 6, 'E.assessments-12m': 6, 'F.self-study-hours': 1 });
  });
});

describe('validating a target set', () => {
  const item = fc.constantFrom(...measurable);
  const target = fc.record({
    key: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
    measure: fc.option(fc.tuple(item, fc.constantFrom('st', 'supervisor', 'director', 'head') as fc.Arbitrary<'st'>), { nil: null }),
    comparison: fc.constantFrom('atLeast', 'atMost', 'equal', 'yes') as fc.Arbitrary<Target['comparison']>,
    threshold: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
  });

  it('accepts a target exactly when its fields agree with each other and with the survey', () => {
    fc.assert(
      fc.property(target, ({ key, measure, comparison, threshold }) => {
        const candidate: Target = {
          key,
          label: { sv: 'Mål', en: 'Target' },
          measure: measure && { itemId: measure[0].itemId, role: measure[1] },
          comparison,
          threshold,
          unit: { sv: '', en: '' },
        };
        const found = measure?.[0];
        const valid =
          (comparison === 'yes') === (threshold === null) &&
          (!found ||
            (found.roles.includes(measure![1]) &&
              (found.kind === 'statement' ? comparison === 'yes' : comparison !== 'yes' && threshold! >= found.min! && threshold! <= found.max!)));
        const problems = targetProblems([candidate], measurable);
        expect(problems.length === 0).toBe(valid);
        for (const p of problems) expect(p.field).toMatch(/^body\.targets\.0\.(key|threshold|comparison|measure\.role|measure\.itemId)$/);
      }),
    );
  });

  it('refuses the same key twice, naming the second', () => {
    const [first] = NATIONAL_TARGETS;
    expect(targetProblems([first, { ...first }], measurable)).toEqual([
      {
        field: 'body.targets.1.key',
        code: 'targets.key.duplicate',
        params: { key: 'supervision-talks' },
        message: '"supervision-talks" is used by another target of the set.',
      },
    ]);
  });
});
