import type { Target } from '../../../contract/targets.js';

const t = (sv: string, en: string) => ({ sv, en });

/**
 * The targets that apply to a hospital that has set none of its own: the guideline targets of the
 * hospital in docs/domain.md §3 (supervision talks, competence assessments, specialist panel, follow-up
 * meeting, self-study, external and internal review) and the ones issue #18 adds (IUP, scientific
 * project, study-director time).
 *
 * A target is measured only where a survey item asks exactly that. The survey asks whether the IUP
 * came within seven months (the regulation's limit, D.iup-early), whether it is revised
 * "regularly" (D.iup-revised), whether time is set aside for the scientific project
 * (G.scientific-project-time) and whether a specialist panel is used (E.specialist-panel): none of
 * them says whether the target below was reached, so those targets are "not measured by this
 * survey" rather than measured by a look-alike.
 *
 * The study director's time per trainee has no national figure in our sources; 1 % of full time
 * per ST doctor (10 % for ten) is the platform's starting point for a hospital to replace.
 */
export const NATIONAL_TARGETS: readonly Target[] = [
  {
    key: 'supervision-talks',
    label: t('Handledningssamtal', 'Supervision talks'),
    measure: { itemId: 'E.supervision-talks-12m', role: 'st' },
    comparison: 'atLeast',
    threshold: 6,
    unit: t('per år', 'a year'),
  },
  {
    key: 'competence-assessments',
    label: t('Strukturerade kompetensbedömningar', 'Structured competence assessments'),
    measure: { itemId: 'E.assessments-12m', role: 'st' },
    comparison: 'atLeast',
    threshold: 6,
    unit: t('per år', 'a year'),
  },
  {
    key: 'specialist-panel',
    label: t('Specialistkollegium', 'Specialist panel (specialistkollegium)'),
    measure: null,
    comparison: 'atLeast',
    threshold: 2,
    unit: t('gånger under ST', 'times during ST'),
  },
  {
    key: 'follow-up-meeting',
    label: t('Årligt uppföljningsmöte', 'Yearly follow-up meeting'),
    measure: { itemId: 'D.yearly-follow-up', role: 'st' },
    comparison: 'yes',
    threshold: null,
    unit: t('', ''),
  },
  {
    key: 'self-study',
    label: t('Självstudier på arbetstid', 'Self-study during working time'),
    measure: { itemId: 'F.self-study-hours', role: 'st' },
    comparison: 'atLeast',
    threshold: 1,
    unit: t('timme per vecka', 'hour a week'),
  },
  {
    key: 'external-review',
    label: t('Extern granskning', 'External review'),
    measure: null,
    comparison: 'atMost',
    threshold: 5,
    unit: t('år mellan granskningarna', 'years between reviews'),
  },
  {
    key: 'internal-review',
    label: t('Intern granskning', 'Internal review'),
    measure: null,
    comparison: 'atLeast',
    threshold: 1,
    unit: t('per år', 'a year'),
  },
  {
    key: 'iup-established',
    label: t('IUP upprättat', 'IUP drawn up'),
    measure: null,
    comparison: 'atMost',
    threshold: 6,
    unit: t('månader efter ST-start', 'months after the start of ST'),
  },
  {
    key: 'iup-revised',
    label: t('IUP reviderat', 'IUP revised'),
    measure: null,
    comparison: 'atLeast',
    threshold: 2,
    unit: t('gånger per år', 'times a year'),
  },
  {
    key: 'scientific-project',
    label: t('Tid för vetenskapligt arbete', 'Time for the scientific project'),
    measure: null,
    comparison: 'atLeast',
    threshold: 5,
    unit: t('veckor', 'weeks'),
  },
  {
    key: 'study-director-time',
    label: t('Studierektorstid per ST-läkare', 'Study-director time per ST doctor'),
    measure: null,
    comparison: 'atLeast',
    threshold: 1,
    unit: t('% av heltid', '% of full time'),
  },
];
