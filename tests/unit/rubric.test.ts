import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StatementResult } from '../../contract/report.js';
import { GRADE_RUBRIC, suggestGrade, type PointJudgement } from '../../server/features/report/rubric.js';

const BASES = ['rule', 'advice', 'indicator'] as const;

const statement = (checkpoint: string, basis: (typeof BASES)[number], share: number | null): StatementResult => ({
  itemId: `A.${checkpoint}-${basis}-${share}`,
  checkpoint,
  basis,
  label: { sv: '', en: '' },
  byRole: {
    st:
      share === null
        ? { suppressed: true, n: null, agreeing: null, share: null, interval: null, dontKnow: null }
        : { suppressed: false, n: 10, agreeing: Math.round(share * 10), share, interval: null, dontKnow: 0 },
  },
  flags: [],
});

const statements = fc.array(
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom(...BASES), fc.option(fc.double({ min: 0, max: 1, noNaN: true })))
    .map(([n, basis, share]) => statement(`A${n}`, basis, share)),
  { maxLength: 12 },
);
const judgements = fc.uniqueArray(
  fc.record({
    pointId: fc.integer({ min: 1, max: 9 }).map((n) => `A${n}`),
    basis: fc.constantFrom(...BASES),
    status: fc.constantFrom('met' as const, 'partly' as const, 'not_met' as const, 'not_assessed' as const),
  }),
  { selector: (j) => j.pointId, maxLength: 9 },
);

describe('the grade rubric with the checklist', () => {
  it('never suggests A or B when a binding rule point is judged not met, whatever the survey says', () => {
    fc.assert(
      fc.property(statements, judgements, (s, j) => {
        fc.pre(j.some((p) => p.basis === 'rule' && p.status === 'not_met'));
        expect(['C', 'D']).toContain(suggestGrade(s, j).grade);
      }),
    );
  });

  it('lets a judged point replace the survey statements of that point, and leaves the others to the survey', () => {
    const survey = [statement('A1', 'rule', 0.2), statement('A2', 'indicator', 0.1)];
    expect(suggestGrade(survey).points).toBe(3);
    const met: PointJudgement[] = [{ pointId: 'A1', basis: 'rule', status: 'met' }];
    const result = suggestGrade(survey, met);
    expect(result).toMatchObject({ grade: 'B', points: 1, checklistReasons: [] });
    expect(result.reasons.map((r) => r.itemId)).toEqual([survey[1].itemId]);
  });

  it('grades from the checklist alone when no survey figure can be shown, and not at all without either', () => {
    const suppressed = [statement('A1', 'rule', null)];
    expect(suggestGrade(suppressed).grade).toBeNull();
    expect(suggestGrade(suppressed, [{ pointId: 'A3', basis: 'indicator', status: 'partly' }])).toMatchObject({ grade: 'B', points: 0.5 });
    expect(suggestGrade(suppressed, [{ pointId: 'A3', basis: 'indicator', status: 'not_assessed' }]).grade).toBeNull();
  });

  it('adds weights monotonically: judging a point worse never improves the grade', () => {
    const order = ['met', 'partly', 'not_met'] as const;
    fc.assert(
      fc.property(statements, judgements, fc.constantFrom(...BASES), (s, j, basis) => {
        const grades = order.map((status) => suggestGrade(s, [...j.filter((p) => p.pointId !== 'A9'), { pointId: 'A9', basis, status }]).grade ?? 'A');
        expect([...grades].sort()).toEqual(grades);
      }),
    );
    expect(GRADE_RUBRIC.checklist.not_met.rule).toBeGreaterThan(GRADE_RUBRIC.grades[1].maxPoints);
  });
});
