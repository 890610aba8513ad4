import { Type, type Static } from '@sinclair/typebox';
import { Body, Email, Id } from './common.js';
import { CalendarDate } from './domain.js';
import { TargetComparison } from './targets.js';

/**
 * The yearly study-director report (docs/domain.md §4): an organisation's goals, one whole set per
 * year it changed, each clinic's values, and the report with its trends over the years.
 */

export const GOAL_UNITS = ['perYear', 'perMonth', 'perWeek', 'weeks', 'percent', 'count', 'none'] as const;
export const GoalUnit = Type.Union(
  GOAL_UNITS.map((u) => Type.Literal(u)),
  { description: 'per year, per month, per week, weeks, per cent, a count, or none (a yes goal)' },
);
export type GoalUnit = Static<typeof GoalUnit>;

const Text = Type.Object(
  { sv: Type.String({ minLength: 1, maxLength: 200 }), en: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
const Year = Type.Integer({ minimum: 2000, maximum: 2100 });

export const AnnualGoal = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,59}$', description: 'stable name of the goal, e.g. supervision-talks' }),
    label: Text,
    measure: Type.String({ minLength: 1, maxLength: 60, description: 'a measure of the annual survey (GET …/goals lists them)' }),
    comparison: TargetComparison,
    threshold: Type.Unsafe<number | null>({ type: ['number', 'null'], minimum: 0, maximum: 1_000_000, description: 'null exactly when the comparison is yes' }),
    unit: GoalUnit,
  },
  { additionalProperties: false },
);
export type AnnualGoal = Static<typeof AnnualGoal>;

export const GoalSetParams = Body({ id: Id, year: Year });
export const SaveGoalSetBody = Body({ goals: Type.Array(AnnualGoal, { maxItems: 40 }) });
export type SaveGoalSetBody = Static<typeof SaveGoalSetBody>;

/** The goal set a new organisation may start from (surveys/director-annual-goals.ts). */
export const SuggestedGoals = Type.Object({ goals: Type.Array(AnnualGoal) });
export type SuggestedGoals = Static<typeof SuggestedGoals>;

export const MeasureInfo = Type.Object({
  key: Type.String(),
  label: Type.Object({ sv: Type.String(), en: Type.String() }),
  unit: GoalUnit,
  yesNo: Type.Boolean(),
});

export const GoalSet = Type.Object({
  organisationId: Id,
  year: Type.Integer(),
  fromYear: Type.Union([Type.Integer(), Type.Null()], { description: 'the year the applying set was saved for (null: none yet)' }),
  goals: Type.Array(AnnualGoal),
  versions: Type.Array(Type.Integer(), { description: 'every year a set was saved for' }),
  lockedThrough: Type.Union([Type.Integer(), Type.Null()], {
    description: 'the latest year an annual report has been closed for: sets can be saved only for later years',
  }),
  measures: Type.Array(MeasureInfo),
});
export type GoalSet = Static<typeof GoalSet>;

export const CreateAnnualBody = Body({
  organisationId: Id,
  year: Year,
  title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
  closesAt: Type.Optional(Type.Union([CalendarDate, Type.Null()])),
});
export type CreateAnnualBody = Static<typeof CreateAnnualBody>;

export const AnnualCampaign = Type.Object({
  id: Id,
  title: Type.String(),
  year: Type.Integer(),
  status: Type.Union([Type.Literal('draft'), Type.Literal('open'), Type.Literal('closed')]),
  organisation: Type.Object({ id: Id, name: Type.String() }),
  clinics: Type.Integer(),
  closesAt: Type.Union([CalendarDate, Type.Null()]),
  publishedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
});
export type AnnualCampaign = Static<typeof AnnualCampaign>;
export const AnnualCampaignList = Type.Object({ campaigns: Type.Array(AnnualCampaign) });

const Share = Type.Object({
  met: Type.Integer(),
  n: Type.Integer(),
  percent: Type.Union([Type.Integer(), Type.Null()], { description: 'met / n as whole per cent (contract/shares.ts)' }),
});

export const GoalFigure = Type.Object({
  key: Type.String(),
  label: Type.Object({ sv: Type.String(), en: Type.String() }),
  measure: Type.String(),
  comparison: TargetComparison,
  threshold: Type.Union([Type.Number(), Type.Null()]),
  unit: GoalUnit,
  share: Share,
  /** When the goal changed this year: the share the clinics' values give at last year's threshold. */
  atPreviousThreshold: Type.Union([Type.Object({ threshold: Type.Union([Type.Number(), Type.Null()]), share: Share }), Type.Null()]),
  mean: Type.Union([Type.Number(), Type.Null()]),
  median: Type.Union([Type.Number(), Type.Null()]),
  /** The organisation's own total where the measure is a ratio of counts (IUP in time: of all who started). */
  pooledPercent: Type.Union([Type.Integer(), Type.Null()]),
  quotes: Type.Array(Type.String()),
});
export type GoalFigure = Static<typeof GoalFigure>;

export const TrendPoint = Type.Object({
  year: Type.Integer(),
  percent: Type.Union([Type.Number(), Type.Null()]),
  n: Type.Integer(),
  threshold: Type.Union([Type.Number(), Type.Null()]),
  source: Type.Union([Type.Literal('platform'), Type.Literal('imported')]),
});
export const Trend = Type.Object({
  goal: Type.String(),
  points: Type.Array(TrendPoint),
  changes: Type.Array(Type.Integer(), { description: 'years where the threshold differs from the year before' }),
});

export const AnnualReport = Type.Object({
  campaign: AnnualCampaign,
  computedAt: Type.String({ format: 'date-time' }),
  clinicsAsked: Type.Integer(),
  clinicsAnswered: Type.Integer(),
  goals: Type.Array(GoalFigure),
  totals: Type.Array(
    Type.Object({
      measure: Type.String(),
      label: Type.Object({ sv: Type.String(), en: Type.String() }),
      n: Type.Integer(),
      sum: Type.Union([Type.Number(), Type.Null()]),
      mean: Type.Union([Type.Number(), Type.Null()]),
      median: Type.Union([Type.Number(), Type.Null()]),
      hidden: Type.Boolean({ description: 'the director’s own lot with fewer answers than the threshold' }),
    }),
  ),
  distributions: Type.Array(
    Type.Object({
      item: Type.String(),
      label: Type.Object({ sv: Type.String(), en: Type.String() }),
      n: Type.Integer(),
      counts: Type.Array(Type.Object({ value: Type.String(), label: Type.Object({ sv: Type.String(), en: Type.String() }), count: Type.Integer() })),
      hidden: Type.Boolean(),
    }),
  ),
  trends: Type.Array(Trend),
  reviews: Type.Array(Type.Object({ date: CalendarDate, title: Type.String() }), {
    description: 'SPUR reviews of the organisation’s clinics, marked on the trends',
  }),
  grid: Type.Union(
    [
      Type.Array(
        Type.Object({
          unitId: Id,
          unitName: Type.String(),
          hospitalName: Type.String(),
          answered: Type.Boolean(),
          values: Type.Record(Type.String(), Type.Union([Type.Number(), Type.Null()])),
          met: Type.Record(Type.String(), Type.Union([Type.Boolean(), Type.Null()])),
        }),
      ),
      Type.Null(),
    ],
    {
      description:
        'the clinic × goal lines the caller may see: all for the coordinators (and readers once the organisation publishes the grid), a head’s own clinic, else none',
    },
  ),
});
export type AnnualReport = Static<typeof AnnualReport>;

export const HistoryImportResult = Type.Object({ imported: Type.Integer() });

export const AnnualClinics = Type.Object({
  clinics: Type.Array(
    Type.Object({
      unitId: Id,
      unitName: Type.String(),
      hospitalName: Type.String(),
      director: Type.Union([Type.Object({ name: Type.String(), email: Type.String() }), Type.Null()]),
      invited: Type.Boolean(),
      answered: Type.Boolean(),
    }),
  ),
});
export type AnnualClinics = Static<typeof AnnualClinics>;

export const AddDirectorsBody = Body({
  directors: Type.Array(Body({ unitId: Id, name: Type.String({ minLength: 1, maxLength: 200 }), email: Email }), { minItems: 1, maxItems: 500 }),
});
export type AddDirectorsBody = Static<typeof AddDirectorsBody>;

export const OpenAnnualResult = Type.Object({ sent: Type.Integer() });
