import type { Text } from './types.js';

/**
 * The national model for leadership-ST (docs/domain.md §5) as a checklist a programme is held
 * against: what the contract must say, how the programme is funded and filled, what it teaches and
 * what the trainee does. Like survey content it is versioned: an assessment records the version it
 * judged, so a change of the model's wording or points gets a new version key and the judgements
 * made against the old one stay readable as what they were.
 *
 * The nine course subjects are points of their own, so the matrix shows which ones a programme
 * lacks rather than one "courses: partly met".
 */
export const MODEL_POINT_GROUPS = ['organisation', 'contract', 'content', 'courses', 'practice'] as const;
export type ModelPointGroup = (typeof MODEL_POINT_GROUPS)[number];

export interface ModelPoint {
  /** Stable within a version, lower-case with hyphens. */
  key: string;
  group: ModelPointGroup;
  text: Text;
}

export interface NationalModel {
  version: string;
  title: Text;
  points: readonly ModelPoint[];
}

export const MODEL_GROUP_TEXTS: Record<ModelPointGroup, Text> = {
  organisation: { sv: 'Finansiering och antagning', en: 'Funding and admission' },
  contract: { sv: 'Avtalet (fem punkter)', en: 'The contract (five points)' },
  content: { sv: 'Utbildningsplan och lärandemål', en: 'Training plan and learning goals' },
  courses: { sv: 'Kurser', en: 'Courses' },
  practice: { sv: 'Projekt, praktik och nätverk', en: 'Project, placements and network' },
};

const p = (key: string, group: ModelPointGroup, sv: string, en: string): ModelPoint => ({ key, group, text: { sv, en } });
const course = (key: string, sv: string, en: string) => p(`course-${key}`, 'courses', `Kurs i ${sv} ingår.`, `A course in ${en} is included.`);

const FIRST: NationalModel = {
  version: 'ledarskaps-st-1',
  title: { sv: 'Nationell modell för ledarskaps-ST', en: 'National model for leadership-ST' },
  points: [
    p('central-funding', 'organisation', 'Programmet finansieras centralt.', 'The programme is funded centrally.'),
    p(
      'central-selection',
      'organisation',
      'Antagning sker genom nominering eller ansökan, med central urvalsprocess.',
      'Admission is by nomination or application, with central selection.',
    ),
    p(
      'contract-programme-time',
      'contract',
      'Avtalet anger programtiden, normalt 12 månader utöver ordinarie ST.',
      'The contract states the programme time, normally 12 months on top of ordinary ST.',
    ),
    p(
      'contract-mentor',
      'contract',
      'Avtalet anger en mentor som varken är verksamhetschef eller huvudhandledare, med timmar per månad.',
      'The contract names a mentor who is neither the head of department nor the main supervisor, with hours a month.',
    ),
    p(
      'contract-training-programme',
      'contract',
      'Avtalet innehåller ett utbildningsprogram med antal veckor för varje moment.',
      'The contract holds a training programme with the number of weeks for each element.',
    ),
    p('contract-study-time', 'contract', 'Avtalet anger studietid i timmar per månad.', 'The contract states study time in hours a month.'),
    p(
      'contract-specialist-pay',
      'contract',
      'Specialistlön utgår från den tidpunkt då ordinarie ST skulle ha avslutats.',
      'Specialist pay applies from when ordinary ST would have ended.',
    ),
    p(
      'joint-training-plan',
      'content',
      'Utbildningsplanen tas fram av verksamhetschef, mentor, ST-läkare och huvudhandledare tillsammans.',
      'The training plan is drawn up by the head of department, the mentor, the trainee and the main supervisor together.',
    ),
    p(
      'learning-goals',
      'content',
      'Lärandemål finns inom ekonomi, ledarskap, pedagogik, organisation och styrning samt verksamhetsutveckling.',
      'There are learning goals in economics, leadership, pedagogy, organisation and governance, and service development.',
    ),
    course('management', 'verksamhetsstyrning och management', 'management'),
    course('health-economics', 'hälsoekonomi', 'health economics'),
    course('law', 'juridik (arbetsmiljö, arbetsrätt, diskriminering)', 'law (work environment, labour law, discrimination)'),
    course('communication', 'kommunikation', 'communication'),
    course('conflict-handling', 'konflikthantering', 'conflict handling'),
    course('leadership', 'ledarskap', 'leadership'),
    course('organisation-theory', 'organisationsteori', 'organisation theory'),
    course('pedagogy', 'pedagogik', 'pedagogy'),
    course('group-development', 'grupputveckling (t.ex. UGL)', 'group development (e.g. UGL)'),
    p(
      'university-course',
      'courses',
      'Minst en av kurserna är en universitetskurs om minst 7,5 högskolepoäng.',
      'At least one of the courses is a university course of at least 7.5 credits.',
    ),
    p(
      'improvement-project',
      'practice',
      'ST-läkaren leder ett förbättringsarbete som förs ut i verksamheten.',
      'The trainee leads an improvement project and takes it into practice.',
    ),
    p(
      'management-placement',
      'practice',
      'Minst 3 månaders praktik i chefsarbete, en del av den utanför den kliniska verksamheten.',
      'At least 3 months of management placements, part of them outside clinical work.',
    ),
    p('managers-network', 'practice', 'ST-läkaren ingår i ett nätverk med chefer.', 'The trainee is part of a managers’ network.'),
  ],
};

/** Every version, oldest first; the last is the one new assessments use. */
export const NATIONAL_MODELS: readonly NationalModel[] = [FIRST];

export const currentModel = (): NationalModel => NATIONAL_MODELS[NATIONAL_MODELS.length - 1];

export const nationalModel = (version: string): NationalModel | undefined => NATIONAL_MODELS.find((m) => m.version === version);
