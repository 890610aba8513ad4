import type { ChoiceItem, NumericItem, SurveyBank, Text, TextItem } from './types.js';

/**
 * The national mapping of leadership training in ST (docs/domain.md §5): two kinds of source answer
 * the same questions for their region, by name: the junior doctors' association's local branches
 * (the respondent's role is `st`) and the region's overarching study director (`director`). Beside
 * each question a free-text field, as in the real mapping. The last two questions are what the
 * association's 10 % goal needs and the real mapping lacked: places a year and the ST doctors.
 */

const t = (sv: string, en: string): Text => ({ sv, en });
/** Both sources are asked the same words. */
const both = (sv: string, en: string) => ({ st: t(sv, en), director: t(sv, en) });
const option = (value: string, sv: string, en: string) => ({ value, text: t(sv, en) });
const dontKnow = option('dontKnow', 'Vet inte', 'Don’t know');

const question = (id: string, sv: string, en: string, choices: ChoiceItem['choices'], description?: Text): ChoiceItem => ({
  kind: 'choice',
  id,
  wording: both(sv, en),
  choices,
  ...(description ? { description } : {}),
});
const count = (id: string, sv: string, en: string, max: number, unit: Text, description: Text): NumericItem => ({
  kind: 'numeric',
  id,
  wording: both(sv, en),
  // a source may not know the figure; the goal check then says "unknown", not "not met"
  required: false,
  min: 0,
  max,
  unit,
  description,
});
const comment = (id: string): TextItem => ({
  kind: 'text',
  id: `${id}-comment`,
  wording: both('Kommentar (frivillig)', 'Comment (optional)'),
  maxLength: 2000,
});

export const MAPPING_ITEMS = {
  leadershipSt: 'mapping.leadership-st',
  equivalent: 'mapping.equivalent',
  professions: 'mapping.professions',
  aimedAtJunior: 'mapping.aimed-at-junior',
  places: 'mapping.places',
  stDoctors: 'mapping.st-doctors',
} as const;

const yesNo = [option('yes', 'Ja', 'Yes'), option('no', 'Nej', 'No'), dontKnow];

export const leadershipMapping: SurveyBank = {
  key: 'leadership-mapping',
  title: t('Kartläggning av ledarskaps-ST', 'Mapping of leadership training in ST'),
  description: t(
    'Frågorna gäller ledarskapsutbildning för ST-läkare i er region. Svaren är inte anonyma: de redovisas per region tillsammans med vilken typ av källa som svarat (lokalavdelning eller övergripande studierektor).',
    'The questions concern leadership training for ST doctors in your region. The answers are not anonymous: they are reported per region together with the type of source that answered (local branch or overarching study director).',
  ),
  roles: ['st', 'director'],
  pages: [
    {
      id: 'programme',
      title: t('Ledarskapsutbildning i regionen', 'Leadership training in the region'),
      items: [
        question(
          MAPPING_ITEMS.leadershipSt,
          'Finns det en ledarskaps-ST i er region?',
          'Is there a leadership-ST in your region?',
          yesNo,
          t(
            'En ledarskaps-ST är en ST med ett särskilt ledarskapsprogram, normalt 12 månader utöver ST.',
            'A leadership-ST is ST with a dedicated leadership programme, normally 12 months on top of ST.',
          ),
        ),
        comment(MAPPING_ITEMS.leadershipSt),
        question(
          MAPPING_ITEMS.equivalent,
          'Om inte: finns det ett motsvarande program med ledarskapsprofil som ST-läkare kan söka?',
          'If not: is there an equivalent programme with a leadership profile that junior doctors can apply to?',
          [...yesNo, option('notApplicable', 'Ej aktuellt, det finns en ledarskaps-ST', 'Not applicable, there is a leadership-ST')],
        ),
        comment(MAPPING_ITEMS.equivalent),
        question(
          MAPPING_ITEMS.professions,
          'Är programmet bara för läkare eller för alla professioner?',
          'Is the programme only for doctors or for all professions?',
          [
            option('doctorsOnly', 'Bara för läkare', 'Only for doctors'),
            option('allProfessions', 'För alla professioner', 'For all professions'),
            option('both', 'Det finns båda slagen', 'There are both kinds'),
            option('noProgramme', 'Det finns inget program', 'There is no programme'),
            dontKnow,
          ],
        ),
        comment(MAPPING_ITEMS.professions),
        question(MAPPING_ITEMS.aimedAtJunior, 'Riktar sig programmet särskilt till yngre läkare?', 'Is the programme aimed at junior doctors?', [
          ...yesNo,
          option('noProgramme', 'Det finns inget program', 'There is no programme'),
        ]),
        comment(MAPPING_ITEMS.aimedAtJunior),
      ],
    },
    {
      id: 'size',
      title: t('Omfattning', 'Size'),
      description: t(
        'Målet är att ledarskaps-ST eller motsvarande erbjuds minst 10 % av regionens ST-läkare. Lämna tomt om du inte vet.',
        'The goal is that leadership-ST or equivalent is offered to at least 10 % of the region’s ST doctors. Leave empty if you do not know.',
      ),
      items: [
        count(
          MAPPING_ITEMS.places,
          'Hur många platser (eller deltagare) om året har ledarskaps-ST eller motsvarande program för ST-läkare?',
          'How many places (or participants) a year does the leadership-ST or equivalent programme for ST doctors have?',
          2000,
          t('platser om året', 'places a year'),
          t('Räkna bara platser som ST-läkare kan söka.', 'Count only places ST doctors can apply for.'),
        ),
        comment(MAPPING_ITEMS.places),
        count(
          MAPPING_ITEMS.stDoctors,
          'Hur många ST-läkare finns det i regionen?',
          'How many ST doctors are there in the region?',
          20000,
          t('ST-läkare', 'ST doctors'),
          t('Ungefärligt antal räcker.', 'An approximate number will do.'),
        ),
        comment(MAPPING_ITEMS.stDoctors),
      ],
    },
  ],
};
