import { Type, type Static } from '@sinclair/typebox';
import { Body, Email, Id } from './common.js';
import { CalendarDate, Grade, ReviewStatus, SpecialtyGroup } from './domain.js';

/**
 * Review coverage (issue 20, domain.md §1): every ST unit needs an external review at least every
 * five years. The rules (due dates, statuses, the share) are in server/features/coverage/rules.ts.
 */

/** The regulation's interval, used for the headline share whatever an organisation's own interval. */
export const REGULATION_YEARS = 5;

/**
 * Where a unit stands on the day asked about. `due`: the next review falls due within 12 months
 * (the due day itself included); `overdue`: the due day has passed; `never`: no external review
 * known; `planned`: a review of the unit is under way (draft, open, or closed with its report not
 * yet published), whatever the due date says (the due date's own state stays in `dueState`).
 */
export const COVERAGE_STATUSES = ['overdue', 'due', 'on_time', 'planned', 'never'] as const;
export type CoverageStatus = (typeof COVERAGE_STATUSES)[number];
export const CoverageStatus = Type.Union(COVERAGE_STATUSES.map((s) => Type.Literal(s)));
export const DueState = Type.Union([Type.Literal('overdue'), Type.Literal('due'), Type.Literal('on_time'), Type.Literal('never')]);
export type DueState = Static<typeof DueState>;

const Text = (max: number) => Type.String({ minLength: 1, maxLength: max });
const OptionalText = (max: number) => Type.Union([Type.String({ maxLength: max }), Type.Null()]);
/** A link to the review's report: http(s) only, so no page of ours ever carries a javascript: link. */
export const ReviewLink = Type.String({ maxLength: 2000, pattern: '^https?://[^\\s]+$', description: 'an http(s) address' });

export const LastReview = Type.Object({
  date: CalendarDate,
  body: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  /** `platform`: a published review of this platform (its date is the report's publication day, in Sweden). */
  source: Type.Union([Type.Literal('platform'), Type.Literal('hand'), Type.Literal('import')]),
  reviewId: Type.Union([Id, Type.Null()]),
});
export type LastReview = Static<typeof LastReview>;

export const RecordedReview = Type.Object({
  id: Id,
  date: CalendarDate,
  body: Type.String(),
  link: Type.Union([Type.String(), Type.Null()]),
  source: Type.Union([Type.Literal('hand'), Type.Literal('import')]),
});
export type RecordedReview = Static<typeof RecordedReview>;

export const UnitContacts = Type.Object({
  headName: Type.Union([Type.String(), Type.Null()]),
  headEmail: Type.Union([Type.String(), Type.Null()]),
  directorName: Type.Union([Type.String(), Type.Null()]),
  directorEmail: Type.Union([Type.String(), Type.Null()]),
});
export type UnitContacts = Static<typeof UnitContacts>;

export const CoverageUnit = Type.Object({
  unitId: Id,
  hospitalId: Id,
  hospitalName: Type.String(),
  code: Type.String(),
  name: Type.String(),
  specialty: Type.String(),
  specialtyGroup: SpecialtyGroup,
  intervalYears: Type.Integer(),
  lastReview: Type.Union([LastReview, Type.Null()]),
  /** The grades A–H of the unit's last published review on this platform (the review's report, which may cover several units). */
  grades: Type.Union([Type.Record(Type.String(), Type.Union([Grade, Type.Null()])), Type.Null()]),
  nextDue: Type.Union([CalendarDate, Type.Null()]),
  dueState: DueState,
  planned: Type.Union([Type.Object({ reviewId: Id, status: ReviewStatus }), Type.Null()]),
  status: CoverageStatus,
  /** Reviewed within the regulation's five years as of the day asked about. */
  withinFiveYears: Type.Boolean(),
  internalReview: Type.Union([Type.Object({ year: Type.Integer(), method: Type.String() }), Type.Null()]),
  contacts: UnitContacts,
  /** Whether anyone gets the reminders (a head's or a study director's address is known). */
  remindable: Type.Boolean(),
  recorded: Type.Array(RecordedReview),
});
export type CoverageUnit = Static<typeof CoverageUnit>;

export const ShareOfUnits = Type.Object({
  reviewed: Type.Integer(),
  units: Type.Integer(),
  /** Whole per cent as contract/shares.ts prints it; null with no units. */
  percent: Type.Union([Type.Integer(), Type.Null()]),
});
export type ShareOfUnits = Static<typeof ShareOfUnits>;

export const Coverage = Type.Object({
  scope: Type.Object({
    kind: Type.Union([Type.Literal('hospital'), Type.Literal('organisation')]),
    id: Id,
    name: Type.String(),
    intervalYears: Type.Integer({
      description: 'The years the organisation keeps between external reviews of a unit (the regulation’s five unless set shorter)',
    }),
  }),
  asOf: CalendarDate,
  headline: Type.Object({
    units: ShareOfUnits,
    /** Specialties all of whose units were reviewed within five years (the real hospital's "6 of 15 specialties"). */
    specialties: ShareOfUnits,
  }),
  bySpecialty: Type.Array(Type.Intersect([Type.Object({ specialty: Type.String() }), ShareOfUnits])),
  units: Type.Array(CoverageUnit),
  /** Whether the caller may record reviews, internal reviews and contacts. */
  canManage: Type.Boolean(),
});
export type Coverage = Static<typeof Coverage>;

export const AsOfQuery = Type.Object({ asOf: Type.Optional(CalendarDate) }, { additionalProperties: false });

export const RecordReviewBody = Body({ reviewedOn: CalendarDate, body: Text(200), link: Type.Optional(Type.Union([ReviewLink, Type.Null()])) });
export type RecordReviewBody = Static<typeof RecordReviewBody>;

export const InternalReviewBody = Body({ method: Text(200) });
export const InternalReviewParams = Body({ id: Id, year: Type.Integer({ minimum: 2000, maximum: 2100 }) });

const Contact = Type.Union([Email, Type.Null()]);
export const UnitContactsBody = Body({
  headName: OptionalText(200),
  headEmail: Contact,
  directorName: OptionalText(200),
  directorEmail: Contact,
});
export type UnitContactsBody = Static<typeof UnitContactsBody>;

export const ReviewIntervalBody = Body({ years: Type.Integer({ minimum: 1, maximum: REGULATION_YEARS, description: 'at most the regulation’s five' }) });
