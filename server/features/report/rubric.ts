import type { StatementResult } from '../../../contract/report.js';
import type { Grade, PointStatus } from '../../../contract/domain.js';

/**
 * How the platform suggests a grade A–D for an area from the survey (the inspector decides; a
 * grade that departs from the suggestion needs a written justification). Kept as data so the
 * review body can tune it; the README explains it.
 *
 * A statement counts against the area when the trainees' agreeing share (the role the training
 * exists for) is below the level for its basis; binding rules weigh more than general advice
 * and quality indicators. The sum of weights gives the grade.
 *
 * Once the inspectors have judged a checklist point (at the visit, with the survey as one
 * source), their judgement replaces the survey's inference for the statements of that point:
 * a point not met or partly met adds its weight. A binding rule not met weighs 3, more than
 * the 2 a grade B allows, so it can never give A or B.
 */
export const GRADE_RUBRIC = {
  role: 'st',
  levels: { rule: 0.75, advice: 0.6, indicator: 0.6 },
  weights: { rule: 2, advice: 1, indicator: 1 },
  checklist: {
    not_met: { rule: 3, advice: 1, indicator: 1 },
    partly: { rule: 1, advice: 0.5, indicator: 0.5 },
  },
  /** Highest total weight for each grade; anything above the last is D. */
  grades: [
    { grade: 'A', maxPoints: 0 },
    { grade: 'B', maxPoints: 2 },
    { grade: 'C', maxPoints: 4 },
  ],
} as const;

export interface GradeSuggestion {
  grade: Grade | null;
  points: number;
  reasons: { itemId: string; basis: string; agreeing: number; n: number; share: number; level: number; weight: number }[];
  checklistReasons: { pointId: string; basis: string; status: 'not_met' | 'partly'; weight: number }[];
}

type BasisKind = keyof typeof GRADE_RUBRIC.levels;

/** The inspectors' judgement of one checklist point of the area. */
export interface PointJudgement {
  pointId: string;
  basis: BasisKind;
  status: PointStatus;
}

/** Null grade when neither a judged checklist point nor a trainee figure gives anything to go by. */
export function suggestGrade(statements: StatementResult[], points: PointJudgement[] = [], rubric = GRADE_RUBRIC): GradeSuggestion {
  const reasons: GradeSuggestion['reasons'] = [];
  const checklistReasons: GradeSuggestion['checklistReasons'] = [];
  const judgedPoints = new Set<string>();
  for (const point of points) {
    if (point.status === 'not_assessed') continue;
    judgedPoints.add(point.pointId);
    if (point.status === 'met') continue;
    checklistReasons.push({ pointId: point.pointId, basis: point.basis, status: point.status, weight: rubric.checklist[point.status][point.basis] });
  }
  let judged = judgedPoints.size;
  for (const statement of statements) {
    if (statement.checkpoint && judgedPoints.has(statement.checkpoint)) continue;
    const cell = statement.byRole[rubric.role];
    const basis = (statement.basis ?? 'indicator') as BasisKind;
    if (!cell || cell.suppressed || cell.share === null) continue;
    judged++;
    if (cell.share < rubric.levels[basis]) {
      reasons.push({
        itemId: statement.itemId,
        basis,
        agreeing: cell.agreeing!,
        n: cell.n!,
        share: cell.share,
        level: rubric.levels[basis],
        weight: rubric.weights[basis],
      });
    }
  }
  const total = [...reasons, ...checklistReasons].reduce((sum, r) => sum + r.weight, 0);
  if (judged === 0) return { grade: null, points: total, reasons, checklistReasons };
  const grade = (rubric.grades.find((g) => total <= g.maxPoints)?.grade ?? 'D') as Grade;
  return { grade, points: total, reasons, checklistReasons };
}
