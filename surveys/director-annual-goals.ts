import type { AnnualGoal } from '../contract/director-annual.js';

/**
 * The goal set a new organisation starts from: the thirteen goals one university hospital's study
 * directors report against (docs/domain.md §4). Admins change it per year.
 */
export const suggestedAnnualGoals: readonly AnnualGoal[] = [
  goal(
    'formal-st-offered',
    'Formell ST-tjänst erbjuds alla i ST-liknande anställning',
    'A formal ST post offered to all in ST-like posts',
    'formal-st-offered',
    'yes',
    null,
    'none',
  ),
  goal('iup-within-7-months', 'IUP inom 7 månader för alla', 'An IUP within 7 months for all', 'iup-within-7-months', 'atLeast', 100, 'percent'),
  goal('supervision-talks', 'Handledarsamtal 9 gånger per år', 'Supervision talks 9 times a year', 'supervision-talks', 'atLeast', 9, 'perYear'),
  goal(
    'assessments',
    'Strukturerade bedömningar med skriftlig återkoppling 9 per år',
    'Structured assessments with written feedback 9 a year',
    'assessments',
    'atLeast',
    9,
    'perYear',
  ),
  goal('specialist-panels', 'Minst 3 specialistkollegier under ST', 'At least 3 specialist panels during ST', 'specialist-panels', 'atLeast', 3, 'count'),
  goal('trainee-panel', 'ST-läkarkollegium på varje klinik', 'A trainees’ panel at every clinic', 'trainee-panel', 'yes', null, 'none'),
  goal('self-study', 'Självstudier minst 4 timmar per månad', 'Self-study at least 4 hours a month', 'self-study', 'atLeast', 4, 'perMonth'),
  goal('science-weeks', 'Vetenskapligt arbete upp till 10 veckor', 'A scientific project of up to 10 weeks', 'science-weeks', 'atLeast', 10, 'weeks'),
  goal('quality-weeks', 'Kvalitetsarbete upp till 5 veckor', 'Quality-improvement work of up to 5 weeks', 'quality-weeks', 'atLeast', 5, 'weeks'),
  goal(
    'director-meetings',
    'Studierektorn möter handledare och ST-läkare två gånger per termin',
    'The study director meets supervisors and trainees twice a term',
    'director-meetings',
    'atLeast',
    4,
    'perYear',
  ),
  goal(
    'management-group',
    'Studierektorn i ledningsgruppen två gånger per termin',
    'The study director in the management group twice a term',
    'management-group',
    'atLeast',
    4,
    'perYear',
  ),
  goal('director-paid', 'Studierektorn ersätts enligt beslut', 'The study director paid as decided', 'director-paid', 'yes', null, 'none'),
  goal('supervision-scheduled', 'Handledningen är schemalagd', 'Supervision is scheduled', 'supervision-scheduled', 'yes', null, 'none'),
];

function goal(
  key: string,
  sv: string,
  en: string,
  measure: string,
  comparison: AnnualGoal['comparison'],
  threshold: number | null,
  unit: AnnualGoal['unit'],
): AnnualGoal {
  return { key, label: { sv, en }, measure, comparison, threshold, unit };
}
