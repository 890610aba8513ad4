import type { Basis, SurveyBank, Text } from './types.js';

/**
 * Supplementary survey to study directors about their own assignment (docs/domain.md §3, last bullets,
 * and §4): support, time, reporting routines and involvement in strategic questions.
 *
 * Statements still carry area, checkpoint and basis so that they can be read beside the external
 * review: 'D' (organisation of the training) for the assignment, time and reporting, 'B' for staffing.
 * D7 is the checkpoint on access to a study director in spur-external; D10 and B6 are used only here.
 */

const t = (sv: string, en: string): Text => ({ sv, en });

/** Required by the regulation. The paragraph is not cited, as it is not known for every point. */
const rule = (): Basis => ({ kind: 'rule', reference: 'HSLF-FS 2021:8' });
/** General advice (allmänt råd). */
const advice = (): Basis => ({ kind: 'advice' });
/** A quality indicator. */
const indicator = (): Basis => ({ kind: 'indicator' });

/** The study director's own wording: this survey has one role. */
const director = (sv: string, en: string) => ({ director: t(sv, en) });

const frequency = () => [
  { value: 'always', text: t('Alltid', 'Always') },
  { value: 'sometimes', text: t('Ibland', 'Sometimes') },
  { value: 'never', text: t('Aldrig', 'Never') },
];

export const directorSupplement: SurveyBank = {
  key: 'director-supplement',
  title: t('Tilläggsenkät till studierektorer', 'Supplementary survey to study directors'),
  description: t(
    'Frågorna gäller ditt eget uppdrag som studierektor: stöd, tid, rapportering och delaktighet i strategiska frågor. ' +
      'Svaren redovisas endast på gruppnivå.',
    'The questions concern your own assignment as study director: support, time, reporting and involvement in ' +
      'strategic questions. Answers are only reported for groups.',
  ),
  roles: ['director'],
  pages: [
    // ---------------------------------------------------------------- assignment
    {
      id: 'assignment',
      title: t('Uppdraget', 'The assignment'),
      description: t('Förutsättningarna för ditt uppdrag som studierektor.', 'The conditions for your assignment as study director.'),
      items: [
        {
          kind: 'numeric',
          id: 'D.director-time-share',
          area: 'D',
          checkpoint: 'D7',
          basis: indicator(),
          wording: director(
            'Hur stor andel av din arbetstid är avsatt för uppdraget som studierektor?',
            'What share of your working time is set aside for the study director assignment?',
          ),
          description: t('Ange en procentsats mellan 0 och 100.', 'Give a percentage between 0 and 100.'),
          // The director's own assignment, stated in it: known to whoever answers.
          required: true,
          min: 0,
          max: 100,
          unit: t('procent', 'percent'),
        },
        {
          kind: 'statement',
          id: 'D.director-time-enough',
          area: 'D',
          checkpoint: 'D7',
          basis: advice(),
          wording: director(
            'Den tid som är avsatt för mitt uppdrag räcker för att jag ska kunna utföra det.',
            'The time set aside for my assignment is enough for me to carry it out.',
          ),
        },
        {
          kind: 'statement',
          id: 'D.director-assignment-written',
          area: 'D',
          checkpoint: 'D7',
          basis: advice(),
          wording: director('Mitt uppdrag som studierektor är skriftligt beskrivet.', 'My assignment as study director is described in writing.'),
        },
        {
          kind: 'statement',
          id: 'D.director-compensated',
          area: 'D',
          checkpoint: 'D7',
          basis: indicator(),
          wording: director(
            'Uppdraget som studierektor är skäligt ersatt, i lön eller på annat sätt.',
            'The study director assignment is fairly compensated, in pay or otherwise.',
          ),
        },
        {
          kind: 'rating',
          id: 'D.director-status',
          area: 'D',
          wording: director(
            'Vilken status har uppdraget som studierektor på din arbetsplats?',
            'What status does the study director assignment have at your workplace?',
          ),
          description: t(
            'Skala 1–10, där 5 betyder samma status som enbart kliniskt arbete. Lägre värden betyder lägre status och högre värden högre status.',
            'Scale 1–10, where 5 means the same status as clinical work only. Lower values mean lower status and higher values higher status.',
          ),
          min: 1,
          max: 10,
          minLabel: t('Mycket lägre status', 'Much lower status'),
          maxLabel: t('Mycket högre status', 'Much higher status'),
        },
      ],
    },

    // ---------------------------------------------------------------- support
    {
      id: 'support',
      title: t('Stöd', 'Support'),
      items: [
        {
          kind: 'statement',
          id: 'D.director-head-support',
          area: 'D',
          checkpoint: 'D7',
          basis: advice(),
          wording: director(
            'Jag får det stöd jag behöver från verksamhetschefen i mitt uppdrag.',
            'I get the support I need from the head of department in my assignment.',
          ),
        },
        {
          kind: 'statement',
          id: 'D.director-management-support',
          area: 'D',
          checkpoint: 'D7',
          basis: advice(),
          wording: director(
            'Jag får det stöd jag behöver från sjukhusets eller förvaltningens ledning i mitt uppdrag.',
            'I get the support I need from the hospital’s or organisation’s management in my assignment.',
          ),
        },
        {
          kind: 'statement',
          id: 'D.director-overarching-support',
          area: 'D',
          checkpoint: 'D7',
          basis: advice(),
          wording: director(
            'Jag får det stöd jag behöver från den övergripande studierektorn.',
            'I get the support I need from the hospital-wide study director.',
          ),
        },
        {
          kind: 'statement',
          id: 'D.director-mandate',
          area: 'D',
          checkpoint: 'D7',
          basis: advice(),
          wording: director(
            'Jag har det mandat jag behöver för att kunna driva frågor som rör ST.',
            'I have the mandate I need to pursue questions concerning ST.',
          ),
        },
        {
          kind: 'statement',
          id: 'B.director-enough-supervisors',
          area: 'B',
          checkpoint: 'B6',
          basis: rule(),
          wording: director(
            'Det finns tillräckligt många specialister med handledarutbildning för att varje ST-läkare ska kunna få en lämplig handledare.',
            'There are enough specialists with supervisor training for every ST doctor to be given a suitable supervisor.',
          ),
        },
      ],
    },

    // ---------------------------------------------------------------- reporting
    {
      id: 'reporting',
      title: t('Rapportering', 'Reporting'),
      items: [
        {
          kind: 'statement',
          id: 'D.director-reports-to-head',
          area: 'D',
          checkpoint: 'D10',
          basis: advice(),
          wording: director(
            'Det finns rutiner för hur jag rapporterar om ST till verksamhetschefen.',
            'There are routines for how I report on ST to the head of department.',
          ),
        },
        {
          kind: 'statement',
          id: 'D.director-reports-to-management-group',
          area: 'D',
          checkpoint: 'D10',
          basis: advice(),
          wording: director(
            'Det finns rutiner för hur jag rapporterar om ST till ledningsgruppen.',
            'There are routines for how I report on ST to the management group.',
          ),
        },
        {
          kind: 'statement',
          id: 'D.director-reports-acted-on',
          area: 'D',
          checkpoint: 'D10',
          basis: advice(),
          wording: director('Brister i ST som jag rapporterar leder till åtgärder.', 'Shortcomings in ST that I report lead to action.'),
        },
      ],
    },

    // ---------------------------------------------------------------- strategy
    {
      id: 'strategy',
      title: t('Strategiska frågor', 'Strategic questions'),
      items: [
        {
          kind: 'choice',
          id: 'D.director-invited-to-management-group',
          area: 'D',
          checkpoint: 'D10',
          basis: indicator(),
          wording: director(
            'Blir du inbjuden till ledningsgruppen när frågor som rör ST behandlas?',
            'Are you invited to the management group when questions concerning ST are discussed?',
          ),
          choices: frequency(),
        },
        {
          kind: 'choice',
          id: 'B.director-recruitment-role',
          area: 'B',
          checkpoint: 'B6',
          basis: indicator(),
          wording: director('Är du delaktig när ST-läkare rekryteras?', 'Are you involved when ST doctors are recruited?'),
          choices: frequency(),
        },
        {
          kind: 'text',
          id: 'comment',
          wording: director(
            'Vill du kommentera något om ditt uppdrag som studierektor?',
            'Would you like to comment on anything about your assignment as study director?',
          ),
          description: t(
            'Frivilligt. Skriv inte namn eller annat som kan identifiera enskilda personer.',
            'Optional. Do not write names or anything else that could identify individuals.',
          ),
          maxLength: 2000,
        },
      ],
    },
  ],
};
