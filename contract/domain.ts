/**
 * The domain's lists, declared once: each as the `as const` array to iterate, the TypeBox schema
 * the API validates with, and the type derived from that schema. Server, surveys and client all
 * import them from here (docs/domain.md names the terms; the README's glossary maps the Swedish).
 */
import { Type, type SchemaOptions, type Static, type TLiteral, type TUnion } from '@sinclair/typebox';

type Literals<T extends readonly string[]> = { -readonly [K in keyof T]: TLiteral<T[K]> };

/** A schema that takes exactly the listed codes; the array stays the one place they are written. */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, options?: SchemaOptions): TUnion<Literals<T>> {
  return Type.Union(
    values.map((value) => Type.Literal(value)),
    options,
  ) as unknown as TUnion<Literals<T>>;
}

/** Who answers a survey, in the order reports show them; the codes are used in data, URLs and exports alike. */
export const ROLES = ['st', 'supervisor', 'director', 'head'] as const;
export const Role = oneOf(ROLES, { description: 'st = ST doctor, supervisor, director = study director, head = head of department' });
export type Role = Static<typeof Role>;

/** The eight assessment areas (bedömningsområden) of the SPUR model. */
export const AREAS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'] as const;
export const Area = oneOf(AREAS, { description: 'an assessment area, A–H' });
export type Area = Static<typeof Area>;
/** A regular expression's class matching one area's letter, `[ABCDEFGH]`. */
const AREA_LETTER = `[${AREAS.join('')}]`;
/**
 * An area as a string the pattern checks, built from the same list: for the keys of a record of
 * areas (a union of literals as a record key would make every area required, and reports may
 * leave areas out) and for the area tags of visit notes, kept as text[].
 */
export const AreaKey = Type.String({ pattern: `^${AREA_LETTER}$`, description: 'an assessment area, A–H' });

export function isArea(value: string): value is Area {
  return (AREAS as readonly string[]).includes(value);
}

/**
 * A checklist point's id: its area's letter and its number within the area, e.g. 'D11'
 * (surveys/checklist.ts). The type lets the checklist's data name no area that does not exist;
 * the schema checks the same shape in requests.
 */
export type PointId = `${Area}${number}`;
export const PointId = Type.String({ pattern: `^${AREA_LETTER}[0-9]{1,2}$`, description: 'a checklist point, e.g. D11' });

export function pointArea(id: PointId): Area {
  return id[0] as Area;
}

/**
 * The area a survey statement belongs to, read from its id ('E.5' → 'E'); null for statements
 * outside the areas (background questions, the study directors' own time).
 */
export function statementArea(itemId: string): Area | null {
  const letter = itemId.charAt(0);
  return itemId.charAt(1) === '.' && isArea(letter) ? letter : null;
}

/** An area's grade in the report, A (best) to D. */
export const GRADES = ['A', 'B', 'C', 'D'] as const;
export const Grade = oneOf(GRADES);
export type Grade = Static<typeof Grade>;

/** What the inspectors judged a checklist point to be. */
export const POINT_STATUSES = ['met', 'partly', 'not_met', 'not_assessed'] as const;
export const PointStatus = oneOf(POINT_STATUSES);
export type PointStatus = Static<typeof PointStatus>;

/** What a slot of the site visit's schedule is for. */
export const SCHEDULE_KINDS = ['interview', 'tour', 'documents', 'feedback', 'other'] as const;
export const ScheduleKind = oneOf(SCHEDULE_KINDS);
export type ScheduleKind = Static<typeof ScheduleKind>;

/** A review's life: set up (draft), answered (open), closed with its report figures fixed. */
export const REVIEW_STATUSES = ['draft', 'open', 'closed'] as const;
export const ReviewStatus = oneOf(REVIEW_STATUSES);
export type ReviewStatus = Static<typeof ReviewStatus>;

/** A report's revision: written (draft), sent to the clinic for comment, published. */
export const REVISION_STATUSES = ['draft', 'for_comment', 'published'] as const;
export const RevisionStatus = oneOf(REVISION_STATUSES);
export type RevisionStatus = Static<typeof RevisionStatus>;

/** Where the clinic is with an action of its action plan. */
export const ACTION_STATUSES = ['planned', 'in_progress', 'done'] as const;
export const ActionStatus = oneOf(ACTION_STATUSES);
export type ActionStatus = Static<typeof ActionStatus>;

/**
 * Specialty groups reports break results down by (docs/domain.md §3). Kept as data: the database
 * checks the same codes (migrations/0001_core.sql).
 */
export const SPECIALTY_GROUPS = [
  {
    code: 'surgical',
    sv: 'Opererande specialiteter och akutsjukvård',
    en: 'Surgical specialties and emergency medicine',
    examples: ['anestesi och intensivvård', 'kirurgi', 'ortopedi', 'urologi', 'akutsjukvård'],
  },
  {
    code: 'medical',
    sv: 'Medicinska specialiteter',
    en: 'Medical specialties',
    examples: ['internmedicin', 'endokrinologi', 'gastroenterologi', 'hematologi', 'kardiologi', 'lungmedicin', 'neurologi', 'onkologi'],
  },
  {
    code: 'diagnostic',
    sv: 'Diagnostiska specialiteter',
    en: 'Diagnostic specialties',
    examples: ['klinisk fysiologi', 'radiologi'],
  },
  { code: 'other', sv: 'Övriga', en: 'Other', examples: [] },
] as const;
type SpecialtyGroupCode = (typeof SPECIALTY_GROUPS)[number]['code'];
export const SPECIALTY_GROUP_CODES = SPECIALTY_GROUPS.map((group) => group.code) as unknown as readonly [SpecialtyGroupCode, ...SpecialtyGroupCode[]];
export const SpecialtyGroup = oneOf(SPECIALTY_GROUP_CODES, { description: 'surgical (incl. emergency medicine), medical, diagnostic or other' });
export type SpecialtyGroup = Static<typeof SpecialtyGroup>;

/**
 * The format name of a calendar date: the format's check is `isCalendarDate` (contract/dates.ts),
 * registered with TypeBox by contract/field-check.ts. The server's Ajv checks the shape (the
 * pattern) and leaves the real day to the services, which report an impossible date beside the
 * request's other mistakes (422) with the code `field.notRealDate`.
 */
export const CALENDAR_DATE_FORMAT = 'calendar-date';
/** A day as it travels: 'YYYY-MM-DD', and a day the calendar has (not 2030-02-30). */
export const CalendarDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: CALENDAR_DATE_FORMAT, description: 'a date, YYYY-MM-DD' });
export type CalendarDate = Static<typeof CalendarDate>;
