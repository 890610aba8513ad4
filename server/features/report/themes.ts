/** The themes improvement suggestions were grouped into in the hospital-wide report (docs/domain.md §3). */
export const DEFAULT_THEMES = [
  { key: 'clinical-exposure', label: { sv: 'Klinisk exponering och innehåll', en: 'Clinical exposure and content' } },
  { key: 'supervision-feedback', label: { sv: 'Handledning och återkoppling', en: 'Supervision and feedback' } },
  { key: 'production-vs-training', label: { sv: 'Produktion kontra utbildning', en: 'Care production vs training' } },
  { key: 'training-activities', label: { sv: 'Utbildningsaktiviteter', en: 'Training activities' } },
] as const;
