import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annualFigures, goalShare, measureValue, meets, setFor, trendOf, type Clinic } from '../../server/features/director-annual/figures.js';
import { directorAnnual } from '../../surveys/director-annual.js';
import { suggestedAnnualGoals } from '../../surveys/director-annual-goals.js';
import { annualMeasures } from '../../surveys/director-annual-measures.js';

const items = directorAnnual.pages.flatMap((p) => p.items);
const talks = { kind: 'perYear', item: 'annual.supervision-talks', months: 'annual.service-months' } as const;
const clinic = (id: number, answers: Record<string, unknown> | null): Clinic => ({
  unitId: String(id),
  unitName: `Klinik ${id}`,
  hospitalName: 'Sjukhuset',
  answers,
});
const goal = (key: string) => suggestedAnnualGoals.find((g) => g.key === key)!;

describe('a clinic’s measures', () => {
  it('extrapolates a count to twelve months of service: 3 talks in 6 months is 6 a year', () => {
    expect(measureValue(talks, { 'annual.supervision-talks': 3, 'annual.service-months': 6 })).toBe(6);
    expect(measureValue(talks, { 'annual.supervision-talks': 4.5, 'annual.service-months': 6 })).toBe(9);
    expect(measureValue(talks, { 'annual.supervision-talks': 3 })).toBeNull();
  });

  it('takes a ratio as a per cent, never above 100, and nothing of an empty denominator', () => {
    const rule = { kind: 'ratio', numerator: 'a', denominator: 'b' } as const;
    expect(measureValue(rule, { a: 7, b: 8 })).toBe(87.5);
    expect(measureValue(rule, { a: 9, b: 8 })).toBe(100);
    expect(measureValue(rule, { a: 0, b: 0 })).toBeNull();
  });

  it('reads yes as 1, no as 0 and "not applicable" as no value; the least of several answers', () => {
    const yes = { kind: 'yes', item: 'q' } as const;
    expect([measureValue(yes, { q: 'yes' }), measureValue(yes, { q: 'no' }), measureValue(yes, { q: 'notApplicable' })]).toEqual([1, 0, null]);
    expect(measureValue({ kind: 'least', items: ['a', 'b'] }, { a: 5, b: 3 })).toBe(3);
    expect(measureValue({ kind: 'least', items: ['a', 'b'] }, { a: 5 })).toBeNull();
  });

  it('names only items of the annual survey', () => {
    const ids = new Set(items.map((i) => i.id));
    for (const m of annualMeasures) {
      const rule = m.rule;
      const used =
        rule.kind === 'perYear'
          ? [rule.item, rule.months]
          : rule.kind === 'ratio'
            ? [rule.numerator, rule.denominator]
            : rule.kind === 'least'
              ? rule.items
              : [rule.item];
      for (const id of used) expect(ids, `${m.key}: ${id}`).toContain(id);
      if (m.comment) expect(ids).toContain(m.comment);
    }
    for (const g of suggestedAnnualGoals) expect(annualMeasures.map((m) => m.key)).toContain(g.measure);
    const comments = annualMeasures.flatMap((m) => (m.comment ? [m.comment] : []));
    expect(new Set(comments).size, 'a comment item beside one measure only, so a quote is printed once').toBe(comments.length);
    expect(suggestedAnnualGoals).toHaveLength(13);
  });

  it('extrapolates monotonically: more talks in the same months is never fewer a year', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 12 }), (a, b, months) => {
        const [lo, hi] = a <= b ? [a / 10, b / 10] : [b / 10, a / 10];
        const year = (n: number) => measureValue(talks, { 'annual.supervision-talks': n, 'annual.service-months': months })!;
        expect(year(lo)).toBeLessThanOrEqual(year(hi));
      }),
    );
  });
});

describe('a goal judged over the clinics', () => {
  it('counts only clinics with a value, so n varies per goal', () => {
    expect(goalShare({ comparison: 'atLeast', threshold: 9 }, [9, 12, 6, null, null])).toEqual({ met: 2, n: 3, percent: 67 });
    expect(meets({ comparison: 'yes', threshold: null }, 1)).toBe(true);
    expect(meets({ comparison: 'atMost', threshold: 5 }, null)).toBeNull();
  });

  it('never counts more met than judged, and prints met / n', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 30 }),
        (values, threshold) => {
          const share = goalShare({ comparison: 'atLeast', threshold }, values);
          expect(share.met).toBeLessThanOrEqual(share.n);
          expect(share.n).toBe(values.filter((v) => v !== null).length);
          expect(share.percent).toBe(share.n === 0 ? null : Math.floor((share.met * 100 * 2 + share.n) / (2 * share.n)));
        },
      ),
    );
  });

  it('applies the set saved for the latest year not after the one judged', () => {
    const sets = [{ fromYear: 2016 }, { fromYear: 2023 }, { fromYear: 2025 }];
    expect(setFor(sets, 2022)?.fromYear).toBe(2016);
    expect(setFor(sets, 2024)?.fromYear).toBe(2023);
    expect(setFor(sets, 2030)?.fromYear).toBe(2025);
    expect(setFor(sets, 2015)).toBeUndefined();
  });
});

describe('the organisation’s figures', () => {
  const answers = (talksInSixMonths: number, status: number) => ({
    'annual.supervision-talks': talksInSixMonths,
    'annual.service-months': 6,
    'annual.trainees': 10,
    'annual.new-trainees': 4,
    'annual.iup-within-7-months': 3,
    'annual.director-status': status,
    'annual.recruitment-role': 'always',
    'annual.comment-supervision': 'Schemalagd handledning hjälper.',
  });
  const base = {
    goals: [{ ...goal('supervision-talks') }, goal('iup-within-7-months')],
    previousGoals: [{ ...goal('supervision-talks'), threshold: 6 }],
    items,
  };

  it('shares, totals, the organisation’s own ratio, and a raised goal at its earlier threshold too', () => {
    const clinics = [clinic(1, answers(4.5, 5)), clinic(2, answers(3, 6)), clinic(3, answers(2, 4)), clinic(4, null)];
    const f = annualFigures({ ...base, clinics, threshold: 3 });
    expect([f.clinicsAsked, f.clinicsAnswered]).toEqual([4, 3]);
    const talksFigure = f.goals.find((g) => g.key === 'supervision-talks')!;
    expect(talksFigure.share).toEqual({ met: 1, n: 3, percent: 33 });
    expect(talksFigure.atPreviousThreshold).toEqual({ threshold: 6, share: { met: 2, n: 3, percent: 67 } });
    expect(talksFigure.median).toBe(6);
    expect(talksFigure.quotes).toHaveLength(3);
    expect(f.goals.find((g) => g.key === 'iup-within-7-months')!.pooledPercent).toBe(75);
    expect(f.totals.find((t) => t.measure === 'trainees')!.sum).toBe(30);
    expect(f.totals.find((t) => t.measure === 'director-status')).toMatchObject({ hidden: false, mean: 5 });
    expect(f.grid.find((c) => c.unitId === '4')).toMatchObject({ answered: false });
    expect(f.grid.find((c) => c.unitId === '1')!.met['supervision-talks']).toBe(true);
  });

  it('hides the directors’ own lot below the threshold and never puts it on a clinic’s line', () => {
    const f = annualFigures({ ...base, clinics: [clinic(1, answers(4.5, 9)), clinic(2, answers(3, 2))], threshold: 3 });
    expect(f.totals.find((t) => t.measure === 'director-status')).toMatchObject({ hidden: true, mean: null, median: null });
    expect(f.distributions.find((d) => d.item === 'annual.director-status')).toMatchObject({ hidden: true, counts: [] });
    for (const line of f.grid) expect(Object.keys(line.values)).not.toContain('director-status');
    expect(JSON.stringify(f)).not.toMatch(/"director-status":\s*[29]/);
  });
});

describe('a goal’s trend', () => {
  it('prefers the platform’s own year over an imported one and marks where the threshold changed', () => {
    const trend = trendOf('supervision-talks', [
      { year: 2023, percent: 75, n: 48, threshold: 6, source: 'imported' },
      { year: 2024, percent: 88, n: 49, threshold: 6, source: 'imported' },
      { year: 2025, percent: 28, n: 50, threshold: 9, source: 'platform' },
      { year: 2025, percent: 30, n: 50, threshold: 9, source: 'imported' },
    ]);
    expect(trend.points.map((p) => [p.year, p.percent])).toEqual([
      [2023, 75],
      [2024, 88],
      [2025, 28],
    ]);
    expect(trend.changes).toEqual([2025]);
  });
});
