import { Type, type Static } from '@sinclair/typebox';
import { Body, Id } from './common.js';
import { Unit } from './hospitals.js';
import { CalendarDate, ReviewStatus, Role, SpecialtyGroup } from './domain.js';

export const PinnedSurvey = Type.Object({
  key: Type.String(),
  versionId: Type.String({ description: '12-digit version id' }),
  roles: Type.Array(Role),
});

export const Review = Type.Object({
  id: Id,
  title: Type.String(),
  status: ReviewStatus,
  hospital: Type.Object({ id: Id, name: Type.String() }),
  units: Type.Array(Unit),
  opensAt: Type.Union([CalendarDate, Type.Null()]),
  closesAt: Type.Union([CalendarDate, Type.Null()]),
  anonymityThreshold: Type.Integer(),
  benchmarkWindowMonths: Type.Integer(),
  benchmarkPeriod: Type.Union([Type.Object({ from: CalendarDate, until: CalendarDate }), Type.Null()], {
    description: 'a fixed benchmark period; null: the benchmarkWindowMonths whole months before closing',
  }),
  allowEdits: Type.Boolean(),
  inspectors: Type.Array(Type.Object({ id: Id, name: Type.String(), email: Type.String() })),
  surveys: Type.Array(PinnedSurvey),
  reportPublishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  createdAt: Type.String({ format: 'date-time' }),
});
export type Review = Static<typeof Review>;

export const ReviewSummary = Type.Object({
  id: Id,
  title: Type.String(),
  status: ReviewStatus,
  hospitalName: Type.String(),
  unitCount: Type.Integer(),
  closesAt: Type.Union([CalendarDate, Type.Null()]),
  invited: Type.Integer(),
  answered: Type.Integer(),
  reportPublishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export const ReviewList = Type.Object({ reviews: Type.Array(ReviewSummary) });

const Title = Type.String({ minLength: 1, maxLength: 300 });
const Threshold = Type.Integer({
  minimum: 1,
  maximum: 50,
  description: 'smallest group shown in reports (default 3); fixed from the first invitation on: it may be raised, never lowered',
});
const WindowMonths = Type.Integer({
  minimum: 1,
  maximum: 120,
  description: 'months of the national pool the benchmark compares with (default 24), fixed when the review closes',
});
const BenchmarkPeriod = Type.Union([Type.Object({ from: CalendarDate, until: CalendarDate }, { additionalProperties: false }), Type.Null()], {
  description:
    'a fixed benchmark period instead of benchmarkWindowMonths (null: back to the months before closing). The report compares with the whole months inside it; until must not be after the closing date. Fixed when the review closes.',
});

export const CreateReviewBody = Body({
  title: Title,
  hospitalId: Id,
  unitIds: Type.Array(Id, { minItems: 1, maxItems: 200, uniqueItems: true }),
  opensAt: Type.Optional(Type.Union([CalendarDate, Type.Null()])),
  closesAt: Type.Optional(Type.Union([CalendarDate, Type.Null()])),
  inspectorIds: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true })),
  anonymityThreshold: Type.Optional(Threshold),
  benchmarkWindowMonths: Type.Optional(WindowMonths),
  benchmarkPeriod: Type.Optional(BenchmarkPeriod),
  allowEdits: Type.Optional(Type.Boolean()),
  includeDirectorSupplement: Type.Optional(Type.Boolean()),
  surveyVersion: Type.Optional(Type.String({ pattern: '^[0-9a-f]{12}$', description: 'default: the current version' })),
});
export type CreateReviewBody = Static<typeof CreateReviewBody>;

export const UpdateReviewBody = Body({
  title: Type.Optional(Title),
  unitIds: Type.Optional(Type.Array(Id, { minItems: 1, maxItems: 200, uniqueItems: true })),
  opensAt: Type.Optional(Type.Union([CalendarDate, Type.Null()])),
  closesAt: Type.Optional(Type.Union([CalendarDate, Type.Null()])),
  inspectorIds: Type.Optional(Type.Array(Id, { maxItems: 20, uniqueItems: true })),
  anonymityThreshold: Type.Optional(Threshold),
  benchmarkWindowMonths: Type.Optional(WindowMonths),
  benchmarkPeriod: Type.Optional(BenchmarkPeriod),
  allowEdits: Type.Optional(Type.Boolean()),
  surveyVersion: Type.Optional(Type.String({ pattern: '^[0-9a-f]{12}$' })),
});
export type UpdateReviewBody = Static<typeof UpdateReviewBody>;

const RateCell = Type.Object({
  invited: Type.Integer(),
  answered: Type.Integer(),
  share: Type.Union([Type.Number(), Type.Null()], { description: 'answered / invited, null when none invited' }),
  unreachable: Type.Integer({ description: 'invited, not answered, and marked unreachable: the invitation bounced or they have left the clinic' }),
  adjustedShare: Type.Union([Type.Number(), Type.Null()], { description: 'answered / (invited − unreachable): the rate among those the invitation reached' }),
});
export type RateCell = Static<typeof RateCell>;

const ByRole = Type.Object({ st: RateCell, supervisor: RateCell, director: RateCell, head: RateCell });

export const ResponseRates = Type.Object({
  units: Type.Array(Type.Object({ unitId: Id, unitName: Type.String(), specialtyGroup: SpecialtyGroup, byRole: ByRole, total: RateCell })),
  groups: Type.Array(Type.Object({ specialtyGroup: SpecialtyGroup, byRole: ByRole, total: RateCell })),
  total: Type.Object({ byRole: ByRole, total: RateCell }),
});
export type ResponseRates = Static<typeof ResponseRates>;

/** The console's response rates: the main survey's, and the study directors' supplement as its own figures. */
export const ReviewResponseRates = Type.Object({
  ...ResponseRates.properties,
  supplement: Type.Union([ResponseRates, Type.Null()], {
    description: 'the study directors’ supplementary survey: invited directors and who answered it; null when the review has none',
  }),
});
export type ReviewResponseRates = Static<typeof ReviewResponseRates>;
