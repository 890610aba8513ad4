import type { Target } from '../../contract/targets.js';
import { NATIONAL_TARGETS } from '../features/targets/national.js';

/**
 * The demo hospital's own targets: those of docs/domain.md §3's hospital (supervision talks 6 a year,
 * competence assessments 6, specialist panel twice during ST, a yearly follow-up meeting,
 * self-study 1 hour a week, external review every 5 years, internal review yearly) and the ones
 * the issue adds, with its own study-director time. The year before, it asked for 4 supervision
 * talks, so the target page shows a target raised between two years.
 */
export function demoTargets(): { previousYear: Target[]; thisYear: Target[] } {
  const thisYear = NATIONAL_TARGETS.map((target) =>
    target.key === 'study-director-time' ? { ...target, threshold: 1.5 } : { ...target, label: { ...target.label }, unit: { ...target.unit } },
  );
  const previousYear = thisYear.map((target) => (target.key === 'supervision-talks' ? { ...target, threshold: 4 } : target));
  return { previousYear, thisYear };
}
