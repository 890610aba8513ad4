/**
 * Quantitative guideline targets a hospital may set for numeric items (domain.md §3: supervision
 * talks 6 a year, competence assessments 6 a year, self-study 1 hour a week). These are the
 * defaults; a hospital's own targets (hospital_targets) take precedence.
 */
export const DEFAULT_TARGETS: Record<string, number> = {
  'E.supervision-talks-12m': 6,
  'E.assessments-12m': 6,
  'F.self-study-hours': 1,
};
