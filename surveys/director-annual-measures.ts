import type { GoalUnit } from '../contract/director-annual.js';
import type { Text } from './types.js';

/**
 * What the annual report measures per clinic, computed from the study director's answers
 * (director-annual.ts). Goals judge a measure; measures without a goal are printed as totals,
 * means and medians. Each clinic's raw value is stored, so a new threshold can judge old answers.
 */

export type MeasureRule =
  /** The answer as given. */
  | { kind: 'value'; item: string }
  /** A count over the months of service the answers cover, extrapolated to twelve months. */
  | { kind: 'perYear'; item: string; months: string }
  /** One count as a per cent of another (IUP within 7 months of those who started). */
  | { kind: 'ratio'; numerator: string; denominator: string }
  /** A yes / no choice: yes is 1, no is 0, "not applicable" is no value. */
  | { kind: 'yes'; item: string }
  /** The smallest of several answers (meetings with supervisors and with trainees, both twice a term). */
  | { kind: 'least'; items: string[] };

export interface AnnualMeasure {
  key: string;
  label: Text;
  unit: GoalUnit;
  rule: MeasureRule;
  /** How the organisation's figure adds up the clinics: a sum of headcounts, or a mean and a median. */
  total: 'sum' | 'mean' | 'none';
  /** The free-text item quoted beside it: each comment item beside one measure only, so a quote is printed once. */
  comment?: string;
  /** The director's own lot: shown only added up over clinics, never per clinic. */
  personal?: true;
}

const t = (sv: string, en: string): Text => ({ sv, en });

export const annualMeasures: readonly AnnualMeasure[] = [
  {
    key: 'formal-st-offered',
    label: t('Formell ST-tjänst erbjuden alla i ST-liknande anställning', 'Formal ST post offered to all in ST-like posts'),
    unit: 'none',
    rule: { kind: 'yes', item: 'annual.temporary-offered-st' },
    total: 'none',
  },
  {
    key: 'iup-within-7-months',
    label: t('IUP inom 7 månader', 'IUP within 7 months'),
    unit: 'percent',
    rule: { kind: 'ratio', numerator: 'annual.iup-within-7-months', denominator: 'annual.new-trainees' },
    total: 'none',
  },
  {
    key: 'supervision-talks',
    label: t('Handledarsamtal per år', 'Supervision talks a year'),
    unit: 'perYear',
    rule: { kind: 'perYear', item: 'annual.supervision-talks', months: 'annual.service-months' },
    total: 'mean',
    comment: 'annual.comment-supervision',
  },
  {
    key: 'assessments',
    label: t('Strukturerade bedömningar med skriftlig återkoppling per år', 'Structured assessments with written feedback a year'),
    unit: 'perYear',
    rule: { kind: 'perYear', item: 'annual.assessments', months: 'annual.service-months' },
    total: 'mean',
  },
  {
    key: 'specialist-panels',
    label: t('Specialistkollegier under ST', 'Specialist panels during ST'),
    unit: 'count',
    rule: { kind: 'value', item: 'annual.specialist-panels' },
    total: 'mean',
  },
  {
    key: 'trainee-panel',
    label: t('ST-läkarkollegium på kliniken', 'A trainees’ panel at the clinic'),
    unit: 'none',
    rule: { kind: 'yes', item: 'annual.trainee-panel' },
    total: 'none',
    comment: 'annual.comment-learning',
  },
  {
    key: 'self-study',
    label: t('Självstudietid per månad', 'Self-study time a month'),
    unit: 'perMonth',
    rule: { kind: 'value', item: 'annual.self-study-hours' },
    total: 'mean',
  },
  {
    key: 'science-weeks',
    label: t('Tid för vetenskapligt arbete', 'Time for the scientific project'),
    unit: 'weeks',
    rule: { kind: 'value', item: 'annual.science-weeks' },
    total: 'mean',
  },
  {
    key: 'quality-weeks',
    label: t('Tid för kvalitetsarbete', 'Time for quality-improvement work'),
    unit: 'weeks',
    rule: { kind: 'value', item: 'annual.quality-weeks' },
    total: 'mean',
  },
  {
    key: 'director-meetings',
    label: t('Studierektorns möten med handledare och med ST-läkare per år', 'The study director’s meetings with supervisors and with trainees a year'),
    unit: 'perYear',
    rule: { kind: 'least', items: ['annual.meetings-supervisors', 'annual.meetings-trainees'] },
    total: 'mean',
  },
  {
    key: 'management-group',
    label: t('Studierektorn i ledningsgruppen per år', 'The study director in the management group a year'),
    unit: 'perYear',
    rule: { kind: 'value', item: 'annual.management-group' },
    total: 'mean',
    comment: 'annual.comment-assignment',
  },
  {
    key: 'director-paid',
    label: t('Studierektorn ersätts enligt beslut', 'The study director paid as decided'),
    unit: 'none',
    rule: { kind: 'yes', item: 'annual.director-paid' },
    total: 'none',
    personal: true,
  },
  {
    key: 'supervision-scheduled',
    label: t('Handledningen är schemalagd', 'Supervision is scheduled'),
    unit: 'none',
    rule: { kind: 'yes', item: 'annual.supervision-scheduled' },
    total: 'none',
  },
  // Printed without a goal.
  { key: 'trainees', label: t('ST-läkare', 'ST doctors'), unit: 'count', rule: { kind: 'value', item: 'annual.trainees' }, total: 'sum' },
  { key: 'specialists', label: t('Specialister', 'Specialists'), unit: 'count', rule: { kind: 'value', item: 'annual.specialists' }, total: 'sum' },
  { key: 'supervisors', label: t('Handledare', 'Supervisors'), unit: 'count', rule: { kind: 'value', item: 'annual.supervisors' }, total: 'sum' },
  {
    key: 'supervisors-untrained',
    label: t('Handledare utan handledarutbildning', 'Supervisors without supervisor training'),
    unit: 'count',
    rule: { kind: 'value', item: 'annual.supervisors-untrained' },
    total: 'sum',
  },
  {
    key: 'development-talks',
    label: t('ST-läkare med utvecklingssamtal', 'ST doctors who had a development talk'),
    unit: 'count',
    rule: { kind: 'value', item: 'annual.development-talks' },
    total: 'sum',
  },
  {
    key: 'new-trainees',
    label: t('ST-läkare som började under året', 'ST doctors who started during the year'),
    unit: 'count',
    rule: { kind: 'value', item: 'annual.new-trainees' },
    total: 'sum',
  },
  {
    key: 'iup-in-time',
    label: t('Av dem med IUP inom 7 månader', 'Of them with an IUP within 7 months'),
    unit: 'count',
    rule: { kind: 'value', item: 'annual.iup-within-7-months' },
    total: 'sum',
  },
  {
    key: 'internal-teaching-hours',
    label: t('Timmar internutbildning', 'Hours of internal teaching'),
    unit: 'count',
    rule: { kind: 'value', item: 'annual.internal-teaching-hours' },
    total: 'mean',
  },
  {
    key: 'course-days',
    label: t('Kursdagar per ST-läkare', 'Course days per ST doctor'),
    unit: 'count',
    rule: { kind: 'value', item: 'annual.course-days' },
    total: 'mean',
  },
  {
    key: 'director-status',
    label: t('Uppdragets status (1–10, 5 = som kliniskt arbete)', 'The assignment’s status (1–10, 5 = as clinical work)'),
    unit: 'none',
    rule: { kind: 'value', item: 'annual.director-status' },
    total: 'mean',
    personal: true,
  },
];

/** Choices printed as a distribution over the clinics that answered (role in recruitment: always, sometimes, never). */
export const annualDistributions: readonly { item: string; label: Text; personal?: true }[] = [
  { item: 'annual.recruitment-role', label: t('Studierektorns roll i rekryteringen', 'The study director’s role in recruitment') },
  { item: 'annual.director-status', label: t('Uppdragets status (1–10)', 'The assignment’s status (1–10)'), personal: true },
];

export const measureByKey = new Map(annualMeasures.map((m) => [m.key, m]));
