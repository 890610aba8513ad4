import type { StatementResult } from '../../../contract/report.js';

/**
 * How the platform suggests a grade A–D for an area from the survey (the inspector decides; a
 * grade that departs from the suggestion needs a written justification). Kept as data so the
 * review body can tune it; the README explains it.
 *
 * A statement counts against the area when the trainees' agreeing share (the role the training
 * exists for) is below the level for its basis; binding rules weigh more than general advice
 * and quality indicators. The sum of weights gives the grade.
 */
export const GRADE_RUBRIC = {
  role: 'st',
  levels: { rule: 0.75, advice: 0.6, indicator: 0.6 },
  weights: { rule: 2, advice: 1, indicator: 1 },
  /** Highest total weight for each grade; anything above the last is D. */
  grades: [
    { grade: 'A', maxPoints: 0 },
    { grade: 'B', maxPoints: 2 },
    { grade: 'C', maxPoints: 4 },
  ],
} as const;

export type Grade = 'A' | 'B' | 'C' | 'D';

export interface GradeSuggestion {
  grade: Grade | null;
  points: number;
  reasons: { itemId: string; basis: string; share: number; level: number; weight: number }[];
}

/** Null grade when no statement of the area has a trainee figure to judge by. */
export function suggestGrade(statements: StatementResult[], rubric = GRADE_RUBRIC): GradeSuggestion {
  const reasons: GradeSuggestion['reasons'] = [];
  let judged = 0;
  for (const statement of statements) {
    const cell = statement.byRole[rubric.role];
    const basis = (statement.basis ?? 'indicator') as keyof typeof rubric.levels;
    if (!cell || cell.suppressed || cell.share === null) continue;
    judged++;
    if (cell.share < rubric.levels[basis]) {
      reasons.push({ itemId: statement.itemId, basis, share: cell.share, level: rubric.levels[basis], weight: rubric.weights[basis] });
    }
  }
  const points = reasons.reduce((sum, r) => sum + r.weight, 0);
  if (judged === 0) return { grade: null, points, reasons };
  const grade = (rubric.grades.find((g) => points <= g.maxPoints)?.grade ?? 'D') as Grade;
  return { grade, points, reasons };
}
