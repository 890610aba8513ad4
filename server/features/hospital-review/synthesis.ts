import type { CoverageUnit } from '../../../contract/coverage.js';
import { AREAS, type Area, type Grade } from '../../../contract/domain.js';
import type { ClinicReviewLine, Synthesis, WeakArea } from '../../../contract/hospital-review.js';
import { coverageShares } from '../coverage/rules.js';

/**
 * The synthesis of a hospital's clinic reviews beside its hospital-level review: the coverage
 * figures (features/coverage) and the assessment areas that recur as weak. Pure functions of the
 * coverage table's rows, so the figures are the coverage page's own.
 */

/** An area is weak for a unit when its latest review graded it C or D (the review model's "not met"-side grades). */
const WEAK: readonly Grade[] = ['C', 'D'];

/** "Recurs" means in more than one unit: one weak unit is that unit's finding, not the hospital's pattern. */
export const RECURRING_UNITS = 2;

export interface UnitGrades {
  unitId: string;
  reviewId: string;
  grades: Readonly<Record<string, Grade | null>>;
}

/**
 * Per area, how many units' latest clinic reviews graded it C or D, kept when at least
 * `minimum` units did; the most often weak first, then D before C, then the area's order. Each
 * unit counts once, with its own latest review; a review covering several units stands for each,
 * as its grades do in the coverage table, and `reviews` says how many distinct reviews that is.
 */
export function recurringWeakAreas(units: readonly UnitGrades[], minimum = RECURRING_UNITS): WeakArea[] {
  const latest = new Map(units.map((u) => [u.unitId, u]));
  const areas = AREAS.map((area: Area): WeakArea => {
    let C = 0;
    let D = 0;
    let gradedUnits = 0;
    const reviews = new Set<string>();
    for (const unit of latest.values()) {
      const grade = unit.grades[area] ?? null;
      if (grade === null) continue;
      gradedUnits++;
      if (!WEAK.includes(grade)) continue;
      if (grade === 'C') C++;
      else D++;
      reviews.add(unit.reviewId);
    }
    return { area, weakUnits: C + D, C, D, gradedUnits, reviews: reviews.size };
  });
  return areas.filter((a) => a.weakUnits >= minimum).sort((a, b) => b.weakUnits - a.weakUnits || b.D - a.D || AREAS.indexOf(a.area) - AREAS.indexOf(b.area));
}

/** Each unit's latest review on this platform with its grades (units whose latest review was elsewhere have none here). */
export function unitGrades(units: readonly CoverageUnit[]): UnitGrades[] {
  return units.flatMap((u) =>
    u.lastReview?.source === 'platform' && u.lastReview.reviewId && u.grades ? [{ unitId: u.unitId, reviewId: u.lastReview.reviewId, grades: u.grades }] : [],
  );
}

/** The latest clinic reviews, one line per review with the units it is the latest for. */
export function clinicReviewLines(units: readonly CoverageUnit[]): ClinicReviewLine[] {
  const lines = new Map<string, ClinicReviewLine>();
  for (const u of units) {
    if (u.lastReview?.source !== 'platform' || !u.lastReview.reviewId) continue;
    const line = lines.get(u.lastReview.reviewId) ?? { reviewId: u.lastReview.reviewId, publishedOn: u.lastReview.date, units: [], grades: u.grades ?? {} };
    line.units.push(u.name);
    lines.set(u.lastReview.reviewId, line);
  }
  return [...lines.values()].sort((a, b) => b.publishedOn.localeCompare(a.publishedOn) || Number(a.reviewId) - Number(b.reviewId));
}

export function synthesise(units: readonly CoverageUnit[], asOf: string): Synthesis {
  const shares = coverageShares([...units]);
  return {
    asOf,
    coverage: {
      units: shares.headline.units,
      specialties: shares.headline.specialties,
      bySpecialty: shares.bySpecialty,
      overdue: units.filter((u) => u.dueState === 'overdue').length,
      never: units.filter((u) => u.dueState === 'never').length,
    },
    clinicReviews: clinicReviewLines(units),
    weakAreas: recurringWeakAreas(unitGrades(units)),
  };
}
