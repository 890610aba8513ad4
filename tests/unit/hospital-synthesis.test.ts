import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AREAS, GRADES, type Grade } from '../../contract/domain.js';
import { recurringWeakAreas, type UnitGrades } from '../../server/features/hospital-review/synthesis.js';
import { hospitalCompletenessProblems, hospitalContentProblems, emptyHospitalContent } from '../../server/features/hospital-review/report-content.js';
import { providerDuties } from '../../surveys/provider-duties.js';

/** The grades of a review: B everywhere except those given. */
const graded = (unitId: string, reviewId: string, grades: Record<string, Grade | null> = {}): UnitGrades => ({
  unitId,
  reviewId,
  grades: Object.fromEntries(AREAS.map((a) => [a, a in grades ? grades[a] : 'B'])),
});

describe('the areas that recur as weak across the latest clinic reviews', () => {
  it('counts each unit once with its latest review, a hospital-wide review for each unit it covers, and says how many reviews that is', () => {
    const units = [
      graded('1', 'r1', { F: 'C', E: 'D' }),
      graded('2', 'r1', { F: 'C', E: 'D' }),
      graded('3', 'r2', { F: 'D', G: 'C' }),
      graded('4', 'r3', { H: 'A' }),
    ];
    expect(recurringWeakAreas(units)).toEqual([
      { area: 'F', weakUnits: 3, C: 2, D: 1, gradedUnits: 4, reviews: 2 },
      { area: 'E', weakUnits: 2, C: 0, D: 2, gradedUnits: 4, reviews: 1 },
    ]);
  });

  it('leaves out an area weak in one unit only, and areas a review did not grade', () => {
    const units = [graded('1', 'r1', { G: 'D', C: null }), graded('2', 'r2', { C: null })];
    expect(recurringWeakAreas(units)).toEqual([]);
    expect(recurringWeakAreas(units, 1)).toEqual([{ area: 'G', weakUnits: 1, C: 0, D: 1, gradedUnits: 2, reviews: 1 }]);
  });

  it('puts more D before more C when as many units are weak', () => {
    const units = [graded('1', 'r1', { A: 'C', B: 'D' }), graded('2', 'r2', { A: 'C', B: 'C' })];
    expect(recurringWeakAreas(units).map((a) => a.area)).toEqual(['B', 'A']);
  });

  it('matches a plain recount for any grades (property)', () => {
    const unit = fc.record({
      unitId: fc.integer({ min: 1, max: 12 }).map(String),
      reviewId: fc.integer({ min: 1, max: 5 }).map(String),
      grades: fc.record(Object.fromEntries(AREAS.map((a) => [a, fc.constantFrom<Grade | null>(...GRADES, null)]))),
    });
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 20 }), fc.integer({ min: 1, max: 4 }), (units, minimum) => {
        const result = recurringWeakAreas(units, minimum);
        const latest = [...new Map(units.map((u) => [u.unitId, u])).values()];
        for (const area of AREAS) {
          const weak = latest.filter((u) => u.grades[area] === 'C' || u.grades[area] === 'D');
          const found = result.find((r) => r.area === area);
          if (weak.length >= minimum) {
            expect(found).toMatchObject({ weakUnits: weak.length, reviews: new Set(weak.map((u) => u.reviewId)).size });
          } else expect(found).toBeUndefined();
        }
        for (let i = 1; i < result.length; i++) expect(result[i - 1].weakUnits).toBeGreaterThanOrEqual(result[i].weakUnits);
      }),
    );
  });
});

describe('a hospital-level report’s text', () => {
  it('has no areas to grade and only the provider’s duties', () => {
    const content = { ...emptyHospitalContent(), areas: { A: { grade: 'A' as const, justification: '', strengths: '', weaknesses: '', recommendations: [] } } };
    expect(hospitalContentProblems(content).map((p) => p.code)).toEqual(['hospitalReview.areasNotGraded']);
    const unknown = { ...emptyHospitalContent(), duties: { P99: { judgement: 'met' as const, finding: 'x', recommendations: [] } } };
    expect(hospitalContentProblems(unknown).map((p) => p.code)).toEqual(['hospitalReview.dutyUnknown']);
  });

  it('is complete when every duty is judged and has a finding', () => {
    const content = emptyHospitalContent();
    const judged = new Map(providerDuties.map((d) => [d.id, 'met' as const]));
    expect(hospitalCompletenessProblems(content, judged)).toHaveLength(providerDuties.length);
    for (const d of providerDuties) content.duties![d.id].finding = 'Ja.';
    expect(hospitalCompletenessProblems(content, judged)).toEqual([]);
    judged.set('P2', 'not_assessed' as never);
    expect(hospitalCompletenessProblems(content, judged).map((p) => p.field)).toEqual(['duties.P2.judgement']);
  });
});
