import { Type, type Static } from '@sinclair/typebox';
import { Body, Email, Id } from './common.js';
import { CalendarDate, ReviewStatus } from './domain.js';

/**
 * The national mapping of leadership training in ST (docs/mapping.md): rounds, the sources that
 * answer for a region, the coordinator's decisions and the published report.
 */

export const MAPPING_CATEGORIES = ['leadership_st', 'early_career', 'all_professions', 'nothing'] as const;
export const MappingCategory = Type.Union(
  MAPPING_CATEGORIES.map((c) => Type.Literal(c)),
  { description: 'leadership-ST; another programme for early-career doctors; a programme for all professions; nothing' },
);
export type MappingCategory = Static<typeof MappingCategory>;

export const SOURCE_TYPES = ['branch', 'director'] as const;
export const SourceType = Type.Union(
  SOURCE_TYPES.map((s) => Type.Literal(s)),
  { description: 'a local branch of the junior doctors’ association, or the region’s overarching study director' },
);
export type SourceType = Static<typeof SourceType>;

export const GOAL_STATUSES = ['met', 'notMet', 'unknown'] as const;
export const GoalStatus = Type.Union(GOAL_STATUSES.map((s) => Type.Literal(s)));
export type GoalStatus = Static<typeof GoalStatus>;

export const RegionCode = Type.String({ pattern: '^[A-Z]{1,2}$', description: 'county letter code, e.g. AB' });
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });
const Name = Type.Object({ sv: Type.String(), en: Type.String() });

export const Region = Type.Object({ code: RegionCode, name: Name });
export const RegionList = Type.Object({ regions: Type.Array(Region) });

export const Branch = Type.Object({ id: Id, name: Type.String(), regionCode: RegionCode });
export const BranchList = Type.Object({ branches: Type.Array(Branch) });
export const CreateBranchBody = Body({ name: Type.String({ minLength: 1, maxLength: 200 }), regionCode: RegionCode });
export type CreateBranchBody = Static<typeof CreateBranchBody>;

export const MappingRound = Type.Object({
  id: Id,
  title: Type.String(),
  year: Type.Integer(),
  status: ReviewStatus,
  closesAt: Type.Union([CalendarDate, Type.Null()]),
  publishedAt: Type.Union([Type.String(), Type.Null()]),
  sources: Type.Integer(),
  answered: Type.Integer(),
});
export type MappingRound = Static<typeof MappingRound>;
export const MappingRoundList = Type.Object({ rounds: Type.Array(MappingRound) });

export const CreateMappingBody = Body({
  year: Year,
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
  closesAt: Type.Optional(CalendarDate),
});
export type CreateMappingBody = Static<typeof CreateMappingBody>;

export const NewSource = Body({
  regionCode: RegionCode,
  type: SourceType,
  branchId: Type.Optional(Id),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  email: Email,
});
export type NewSource = Static<typeof NewSource>;
export const AddSourcesBody = Body({ sources: Type.Array(NewSource, { minItems: 1, maxItems: 200 }) });

export const Source = Type.Object({
  respondentId: Id,
  regionCode: RegionCode,
  type: SourceType,
  branch: Type.Union([Type.Object({ id: Id, name: Type.String() }), Type.Null()]),
  name: Type.String(),
  email: Type.String(),
  invited: Type.Boolean(),
  answered: Type.Boolean(),
});
export const SourceList = Type.Object({ sources: Type.Array(Source) });
export const OpenMappingResult = Type.Object({ sent: Type.Integer() });

/** One source's answers as the coordinator reads them side by side. */
export const SourceAnswers = Type.Object({
  respondentId: Id,
  type: SourceType,
  branchName: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  answered: Type.Boolean(),
  answers: Type.Record(Type.String(), Type.Union([Type.String(), Type.Number()])),
  /** What the answers say about the region's categories; null: the source does not know enough. */
  categories: Type.Union([Type.Array(MappingCategory), Type.Null()]),
});

export const Decision = Type.Object({
  categories: Type.Array(MappingCategory),
  note: Type.String(),
  placesPerYear: Type.Union([Type.Integer(), Type.Null()]),
  stDoctors: Type.Union([Type.Integer(), Type.Null()]),
  decidedAt: Type.String(),
});

export const RegionReconciliation = Type.Object({
  region: Region,
  sources: Type.Array(SourceAnswers),
  conflict: Type.Boolean(),
  /** What the sources agree on, as a start for the decision; null when they disagree or none answered. */
  suggested: Type.Union([Type.Array(MappingCategory), Type.Null()]),
  decision: Type.Union([Decision, Type.Null()]),
  /** The region's registered programmes (shared with the conformance check), for reference. */
  programmes: Type.Array(
    Type.Object({ name: Type.String(), type: Type.String(), status: Type.String(), placesPerYear: Type.Union([Type.Integer(), Type.Null()]) }),
  ),
});
export const Reconciliation = Type.Object({
  round: MappingRound,
  regions: Type.Array(RegionReconciliation),
  /** Regions whose sources disagree and that have no decision yet. */
  openConflicts: Type.Array(RegionCode),
  undecided: Type.Integer(),
});
export type Reconciliation = Static<typeof Reconciliation>;

export const DecisionParams = Body({ id: Id, code: RegionCode });
export const DecisionBody = Body({
  categories: Type.Array(MappingCategory, { minItems: 1, maxItems: 4 }),
  note: Type.String({ maxLength: 4000 }),
  // one JSON type list, not a union: with the validator's type coercion a union would read null as 0
  placesPerYear: Type.Unsafe<number | null>({ type: ['integer', 'null'], minimum: 0, maximum: 100000, description: 'places a year; null: not known' }),
  stDoctors: Type.Unsafe<number | null>({ type: ['integer', 'null'], minimum: 1, maximum: 100000, description: 'ST doctors in the region; null: not known' }),
});
export type DecisionBody = Static<typeof DecisionBody>;

export const ReportRegion = Type.Object({
  code: RegionCode,
  name: Name,
  categories: Type.Array(MappingCategory),
  previousCategories: Type.Union([Type.Array(MappingCategory), Type.Null()]),
  note: Type.String(),
  placesPerYear: Type.Union([Type.Integer(), Type.Null()]),
  stDoctors: Type.Union([Type.Integer(), Type.Null()]),
  goal: Type.Object({ status: GoalStatus, share: Type.Union([Type.Number(), Type.Null()]), percent: Type.Union([Type.Integer(), Type.Null()]) }),
  sourcesAsked: Type.Integer(),
  sourcesAnswered: Type.Integer(),
  conflictDecided: Type.Boolean(),
});
export type ReportRegion = Static<typeof ReportRegion>;

export const CategoryChange = Type.Object({
  category: MappingCategory,
  now: Type.Integer(),
  before: Type.Union([Type.Integer(), Type.Null()]),
  gained: Type.Array(RegionCode),
  lost: Type.Array(RegionCode),
});

export const Quote = Type.Object({
  regionCode: RegionCode,
  /** The type of source only: a named kind, but a quote never carries a person’s or a branch’s name. */
  sourceType: SourceType,
  question: Type.String(),
  text: Type.String(),
});

export const MappingReport = Type.Object({
  round: MappingRound,
  previous: Type.Union([Type.Object({ id: Id, year: Type.Integer(), title: Type.String() }), Type.Null()]),
  computedAt: Type.String(),
  /** A preview computed now from the current decisions (the coordinator before publishing). */
  preview: Type.Boolean(),
  regionsTotal: Type.Integer(),
  sourcesAsked: Type.Integer(),
  sourcesAnswered: Type.Integer(),
  categories: Type.Array(CategoryChange),
  goal: Type.Object({ met: Type.Integer(), notMet: Type.Integer(), unknown: Type.Integer() }),
  regions: Type.Array(ReportRegion),
  quotes: Type.Array(Quote),
});
export type MappingReport = Static<typeof MappingReport>;
