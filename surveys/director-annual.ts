import type { SurveyBank, Text } from './types.js';

/**
 * The yearly study-director report (docs/domain.md §4): each clinic's study director reports once a
 * year, by name, on the clinic's ST against the organisation's own quality goals. The answers are
 * about the clinic, not about the person, so the report shows each clinic's line; only the
 * director's own lot (status, pay) is shown added up over clinics.
 *
 * The goals judge measures (annualMeasures below), and a measure is computed from the items: a
 * count over the months the answer covers is extrapolated to a year (3 talks in 6 months = 6 a year).
 */

const t = (sv: string, en: string): Text => ({ sv, en });
const director = (sv: string, en: string) => ({ director: t(sv, en) });
const yesNo = (notApplicable?: Text) => [
  { value: 'yes', text: t('Ja', 'Yes') },
  { value: 'no', text: t('Nej', 'No') },
  ...(notApplicable ? [{ value: 'notApplicable', text: notApplicable }] : []),
];
const count = (id: string, sv: string, en: string, max: number, unit: Text, required = true, step?: number) => ({
  kind: 'numeric' as const,
  id,
  wording: director(sv, en),
  required,
  min: 0,
  max,
  ...(step ? { step } : {}),
  unit,
});
const perTrainee = t('per ST-läkare', 'per ST doctor');
const people = t('personer', 'people');
const comment = (id: string, sv: string, en: string) => ({ kind: 'text' as const, id, wording: director(sv, en), maxLength: 2000 });

export const directorAnnual: SurveyBank = {
  key: 'director-annual',
  title: t('Studierektorns årsrapport', 'The study director’s annual report'),
  description: t(
    'Rapporten gäller klinikens ST under det gångna året, mätt mot organisationens kvalitetsmål. Svaren redovisas per klinik.',
    'The report concerns the clinic’s ST over the past year, measured against the organisation’s quality goals. Answers are reported per clinic.',
  ),
  roles: ['director'],
  pages: [
    {
      id: 'clinic',
      title: t('Kliniken', 'The clinic'),
      description: t('Antal vid årets slut.', 'Numbers at the end of the year.'),
      items: [
        count('annual.trainees', 'Hur många ST-läkare har kliniken?', 'How many ST doctors does the clinic have?', 500, people),
        count('annual.specialists', 'Hur många specialister har kliniken?', 'How many specialists does the clinic have?', 1000, people),
        count('annual.supervisors', 'Hur många av specialisterna är handledare?', 'How many of the specialists are supervisors?', 1000, people),
        count(
          'annual.supervisors-untrained',
          'Hur många handledare saknar handledarutbildning?',
          'How many supervisors lack supervisor training?',
          1000,
          people,
        ),
        count(
          'annual.temporary-st-like',
          'Hur många läkare har en tidsbegränsad ST-liknande anställning?',
          'How many doctors hold a temporary ST-like post?',
          200,
          people,
        ),
        {
          kind: 'choice',
          id: 'annual.temporary-offered-st',
          wording: director(
            'Har alla läkare i ST-liknande anställning erbjudits en formell ST-tjänst?',
            'Has every doctor in an ST-like post been offered a formal ST post?',
          ),
          choices: yesNo(t('Inga sådana anställningar', 'No such posts')),
        },
      ],
    },
    {
      id: 'iup-supervision',
      title: t('IUP och handledning', 'IUP and supervision'),
      items: [
        count('annual.new-trainees', 'Hur många ST-läkare började under året?', 'How many ST doctors started during the year?', 200, people),
        count(
          'annual.iup-within-7-months',
          'Hur många av dem hade en individuell utbildningsplan (IUP) inom 7 månader?',
          'How many of them had an individual training plan (IUP) within 7 months?',
          200,
          people,
        ),
        count(
          'annual.service-months',
          'Hur många månaders klinisk tjänstgöring avser svaren om samtal och bedömningar nedan?',
          'How many months of clinical service do the answers on talks and assessments below cover?',
          12,
          t('månader', 'months'),
        ),
        count(
          'annual.supervision-talks',
          'Hur många handledarsamtal hade en ST-läkare i genomsnitt under den tiden?',
          'How many supervision talks did an ST doctor have on average in that time?',
          100,
          perTrainee,
          true,
          0.1,
        ),
        count(
          'annual.assessments',
          'Hur många strukturerade bedömningar med skriftlig återkoppling fick en ST-läkare i genomsnitt under den tiden?',
          'How many structured assessments with written feedback did an ST doctor get on average in that time?',
          100,
          perTrainee,
          // Not every clinic counts them: the report gives the n that answered.
          false,
          0.1,
        ),
        {
          kind: 'choice',
          id: 'annual.supervision-scheduled',
          wording: director('Är handledningen schemalagd?', 'Is supervision scheduled?'),
          choices: yesNo(),
        },
        count(
          'annual.development-talks',
          'Hur många ST-läkare hade ett utvecklingssamtal under året?',
          'How many ST doctors had a development talk during the year?',
          500,
          people,
          false,
        ),
        comment('annual.comment-supervision', 'Kommentar om IUP och handledning', 'Comment on IUP and supervision'),
      ],
    },
    {
      id: 'learning',
      title: t('Lärande', 'Learning'),
      items: [
        count(
          'annual.specialist-panels',
          'Hur många specialistkollegier får en ST-läkare under sin ST?',
          'How many specialist panels does an ST doctor get during ST?',
          20,
          perTrainee,
        ),
        {
          kind: 'choice',
          id: 'annual.trainee-panel',
          wording: director('Har kliniken ett ST-läkarkollegium?', 'Does the clinic have a trainees’ panel?'),
          choices: yesNo(),
        },
        count(
          'annual.self-study-hours',
          'Hur många timmar i månaden är avsatta för självstudier?',
          'How many hours a month are set aside for self-study?',
          80,
          t('timmar i månaden', 'hours a month'),
        ),
        count(
          'annual.internal-teaching-hours',
          'Hur många timmar internutbildning hade ST-läkarna under året?',
          'How many hours of internal teaching did the ST doctors have during the year?',
          500,
          t('timmar', 'hours'),
          false,
        ),
        count(
          'annual.course-days',
          'Hur många kursdagar hade en ST-läkare i genomsnitt under året?',
          'How many course days did an ST doctor have on average during the year?',
          60,
          t('dagar', 'days'),
          false,
          0.5,
        ),
        count(
          'annual.science-weeks',
          'Hur många veckor avsätts för ST-läkarens vetenskapliga arbete?',
          'How many weeks are set aside for the ST doctor’s scientific project?',
          52,
          t('veckor', 'weeks'),
          true,
          0.5,
        ),
        count(
          'annual.quality-weeks',
          'Hur många veckor avsätts för ST-läkarens kvalitetsarbete?',
          'How many weeks are set aside for the ST doctor’s quality-improvement work?',
          52,
          t('veckor', 'weeks'),
          true,
          0.5,
        ),
        comment('annual.comment-learning', 'Kommentar om lärandet', 'Comment on learning'),
      ],
    },
    {
      id: 'assignment',
      title: t('Studierektorsuppdraget', 'The study director’s assignment'),
      description: t(
        'Dina egna bedömningar i detta avsnitt (status och ersättning) redovisas bara sammanräknade för alla kliniker.',
        'Your own ratings in this section (status and pay) are only reported added up over all clinics.',
      ),
      items: [
        count(
          'annual.meetings-supervisors',
          'Hur många möten hade du med klinikens handledare under året?',
          'How many meetings did you have with the clinic’s supervisors during the year?',
          100,
          t('möten', 'meetings'),
        ),
        count(
          'annual.meetings-trainees',
          'Hur många möten hade du med klinikens ST-läkare under året?',
          'How many meetings did you have with the clinic’s ST doctors during the year?',
          100,
          t('möten', 'meetings'),
        ),
        count(
          'annual.management-group',
          'Hur många gånger var du inbjuden till klinikens ledningsgrupp under året?',
          'How many times were you invited to the clinic’s management group during the year?',
          100,
          t('gånger', 'times'),
          false,
        ),
        {
          kind: 'choice',
          id: 'annual.director-paid',
          wording: director('Får du ersättning för uppdraget enligt fattat beslut?', 'Are you paid for the assignment as decided?'),
          choices: yesNo(),
        },
        {
          kind: 'rating',
          id: 'annual.director-status',
          wording: director('Vilken status har uppdraget som studierektor?', 'What status does the study director’s assignment have?'),
          min: 1,
          max: 10,
          minLabel: t('Mycket låg', 'Very low'),
          maxLabel: t('Mycket hög (5 = som kliniskt arbete)', 'Very high (5 = as clinical work)'),
        },
        {
          kind: 'choice',
          id: 'annual.recruitment-role',
          wording: director('Är du delaktig i rekryteringen av ST-läkare?', 'Are you involved in recruiting ST doctors?'),
          choices: [
            { value: 'always', text: t('Alltid', 'Always') },
            { value: 'sometimes', text: t('Ibland', 'Sometimes') },
            { value: 'never', text: t('Aldrig', 'Never') },
          ],
        },
        comment('annual.comment-assignment', 'Kommentar om uppdraget', 'Comment on the assignment'),
      ],
    },
  ],
};
