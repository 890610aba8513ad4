import { Type, type Static } from '@sinclair/typebox';
import { Body, Id } from './common.js';
import { ResponseRates } from './reviews.js';
import { TargetComparison } from './targets.js';
import { Role, SpecialtyGroup } from './domain.js';

const LocalText = Type.Object({ sv: Type.String(), en: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** The filters computed into the report's snapshot; the benchmark window is the review's, not the reader's. */
export const ReportQuery = Body({
  unitId: Type.Optional(Id),
  specialtyGroup: Type.Optional(SpecialtyGroup),
});
export type ReportQuery = Static<typeof ReportQuery>;

const ShareInterval = Type.Object(
  { low: Type.Number({ minimum: 0, maximum: 1 }), high: Type.Number({ minimum: 0, maximum: 1 }) },
  { description: 'Wilson 95 % interval of the share, 0–1, unrounded (printed with intervalPercent, contract/shares.ts)' },
);

/** A figure for one group of respondents; suppressed figures carry no numbers at all. */
export const Cell = Type.Object({
  suppressed: Type.Boolean({ description: 'true: fewer people of the role submitted there than the threshold (or a complement of such a figure)' }),
  n: Nullable(Type.Integer({ description: 'answers on the agreement scale' })),
  agreeing: Nullable(Type.Integer({ description: 'answers "agree fully" or "agree partly"; share = agreeing / n' })),
  share: Nullable(Type.Number({ description: 'agreeing / n, unrounded; printed as sharePercent(agreeing, n) (contract/shares.ts)' })),
  interval: Nullable(ShareInterval),
  dontKnow: Nullable(Type.Integer({ description: 'answers "don’t know / not applicable", left out of the share' })),
});
export type Cell = Static<typeof Cell>;

export const PatternFlag = Type.Union([
  Type.Object({ kind: Type.Literal('order-break'), role: Role, below: Role, marginPp: Type.Number() }),
  Type.Object({ kind: Type.Literal('leadership-gap'), gapPp: Type.Number() }),
]);

export const StatementResult = Type.Object({
  itemId: Type.String(),
  checkpoint: Nullable(Type.String()),
  basis: Nullable(Type.String()),
  label: LocalText,
  byRole: Type.Record(Type.String(), Cell),
  flags: Type.Array(PatternFlag),
});
export type StatementResult = Static<typeof StatementResult>;

export const AreaResult = Type.Object({ area: Type.String(), title: LocalText, statements: Type.Array(StatementResult) });

const BenchmarkSide = Type.Object({ n: Type.Integer(), agreeing: Type.Integer(), share: Type.Number(), interval: ShareInterval });

export const BenchmarkRow = Type.Object({
  itemId: Type.String(),
  area: Type.String(),
  label: LocalText,
  role: Role,
  local: BenchmarkSide,
  pool: BenchmarkSide,
  differencePp: Type.Number({ description: 'rounded local minus rounded pool, in percentage points' }),
  interval: Type.Object({ low: Type.Number(), high: Type.Number() }, { description: 'Newcombe 95 % interval of the difference, pp' }),
  excludesZero: Type.Boolean(),
  flagged: Type.Boolean({ description: 'differs by 10 pp or more (the review model’s rule)' }),
  quartile: Nullable(Type.Integer({ minimum: 1, maximum: 4 })),
  outlier: Type.Boolean(),
  poolUnits: Type.Integer(),
});
export type BenchmarkRow = Static<typeof BenchmarkRow>;

export const NumericFigure = Type.Object({
  suppressed: Type.Boolean(),
  n: Nullable(Type.Integer({ description: 'people who answered the item (it may be left unanswered)' })),
  submitted: Nullable(Type.Integer({ description: 'people of the item’s roles who submitted the survey there' })),
  atLeastOne: Nullable(Type.Integer({ description: 'answers of at least 1' })),
  atLeastOneShare: Nullable(Type.Number()),
  zero: Nullable(Type.Integer({ description: 'answers of 0' })),
  zeroShare: Nullable(Type.Number()),
  median: Nullable(Type.Number()),
  atTarget: Nullable(Type.Integer({ description: 'answers at or above the target' })),
  targetShare: Nullable(Type.Number({ description: 'share at or above the target' })),
});

/** The national pool's figures of a numeric item (other hospitals, the benchmark window). */
export const PoolNumericFigure = Type.Object({
  n: Type.Integer(),
  atLeastOne: Type.Integer(),
  atLeastOneShare: Type.Number(),
  zero: Type.Integer(),
  zeroShare: Type.Number(),
  atTarget: Nullable(Type.Integer()),
  median: Type.Number(),
  targetShare: Nullable(Type.Number({ description: 'share at or above this hospital’s target' })),
});

export const NumericResult = Type.Object({
  itemId: Type.String(),
  label: LocalText,
  target: Nullable(Type.Number()),
  total: NumericFigure,
  groups: Type.Array(Type.Intersect([Type.Object({ specialtyGroup: Type.String() }), NumericFigure])),
  pool: Nullable(PoolNumericFigure),
});

/** A target measured in the report's group: how many answered and the share who reached it. */
export const TargetFigure = Type.Object({
  suppressed: Type.Boolean({ description: 'true: fewer people of the measuring role submitted there than the threshold (or a complement of such a figure)' }),
  n: Nullable(Type.Integer({ description: 'answers to the measuring item' })),
  met: Nullable(Type.Integer({ description: 'answers that reach the target; printed as sharePercent(met, n)' })),
  metShare: Nullable(Type.Number({ description: 'share of those answers that reach the target (for a yes target: agree fully or partly)' })),
  median: Nullable(Type.Number({ description: 'the median answer, for a numeric target' })),
});

export const TargetResult = Type.Object({
  key: Type.String(),
  label: LocalText,
  comparison: TargetComparison,
  threshold: Nullable(Type.Number()),
  unit: LocalText,
  measure: Nullable(Type.Object({ itemId: Type.String(), role: Role, label: LocalText })),
  measured: Nullable(TargetFigure),
});
export type TargetResult = Static<typeof TargetResult>;

export const ReportTargets = Type.Object({
  year: Type.Integer({ description: 'the year the review closed, whose targets applied' }),
  source: Type.Union([Type.Literal('hospital'), Type.Literal('national')]),
  fromYear: Nullable(Type.Integer({ description: 'the year of the hospital’s set that applied' })),
  rows: Type.Array(TargetResult, { description: 'every target of the set; measured is null when no item of this survey measures it' }),
});
export type ReportTargets = Static<typeof ReportTargets>;

const SmallN = { smallN: Type.Boolean({ description: 'fewer answers than the comparison’s smallN: read with care' }) };

export const GroupCell = Type.Object({ ...Cell.properties, ...SmallN });
export type GroupCell = Static<typeof GroupCell>;

const GroupNumericFigure = Type.Object({ ...NumericFigure.properties, ...SmallN });

/** The specialty groups side by side: the group filters' own figures, one column per group. */
export const GroupComparison = Type.Object({
  groups: Type.Array(Type.String(), { description: 'the review’s specialty groups, in the usual order' }),
  smallN: Type.Integer({ description: 'a shown figure of fewer answers than this is marked "small n"' }),
  statements: Type.Array(
    Type.Object({
      itemId: Type.String(),
      area: Type.String(),
      label: LocalText,
      byRole: Type.Record(Type.String(), Type.Object({ groups: Type.Record(Type.String(), GroupCell), total: GroupCell })),
    }),
  ),
  numeric: Type.Array(
    Type.Object({
      itemId: Type.String(),
      label: LocalText,
      roles: Type.Array(Role),
      target: Nullable(Type.Number()),
      groups: Type.Record(Type.String(), GroupNumericFigure),
      total: GroupNumericFigure,
    }),
  ),
});
export type GroupComparison = Static<typeof GroupComparison>;

export const LateAddition = Type.Object({
  unitId: Id,
  unitName: Type.String(),
  role: Role,
  added: Type.Integer(),
  addedBy: Type.Array(Type.String()),
});

/** The survey's overall item ("my ST lives up to my expectations") by role, suppressed like every figure. */
export const OverallResult = Type.Object({
  itemId: Type.String(),
  label: LocalText,
  byRole: Type.Record(Type.String(), Cell),
});

export const RankedStatement = Type.Object({
  itemId: Type.String(),
  area: Type.String(),
  label: LocalText,
  cell: Cell,
  rank: Type.Integer({ minimum: 1, description: 'competition rank by agreeing share, highest first: equal shares share a rank' }),
  third: Type.Union([Type.Literal('top'), Type.Literal('middle'), Type.Literal('bottom')]),
});

export const Ranking = Type.Object({
  role: Role,
  suppressed: Type.Boolean({ description: 'true: the role’s figures are hidden at this filter, so there is no ranking' }),
  statements: Type.Array(RankedStatement),
});

/** A statement of the study directors' supplementary survey: the directors' agreeing share over the whole review. */
export const SupplementStatement = Type.Object({
  itemId: Type.String(),
  area: Nullable(Type.String()),
  checkpoint: Nullable(Type.String({ description: 'the checklist point the statement gives evidence for' })),
  basis: Nullable(Type.String()),
  label: LocalText,
  cell: Cell,
});
export type SupplementStatement = Static<typeof SupplementStatement>;

/** A numeric or 1–10 item of the supplement, over the whole review. */
export const SupplementNumeric = Type.Object({
  itemId: Type.String(),
  kind: Type.Union([Type.Literal('numeric'), Type.Literal('rating')]),
  label: LocalText,
  min: Nullable(Type.Number()),
  max: Nullable(Type.Number()),
  figure: NumericFigure,
});

/** A choice item of the supplement (always / sometimes / never): how many chose each option. */
export const SupplementChoice = Type.Object({
  itemId: Type.String(),
  checkpoint: Nullable(Type.String()),
  label: LocalText,
  n: Type.Integer({ description: 'directors who answered the item' }),
  options: Type.Array(Type.Object({ value: Type.String(), label: LocalText, count: Type.Integer() })),
});

/**
 * The study directors' supplementary survey, for the whole review only: directors are few (often
 * one a clinic), so no unit or specialty group is shown. Below the threshold only how many answered.
 */
export const SupplementSection = Type.Object({
  threshold: Type.Integer({ description: 'the review’s anonymity threshold that applied' }),
  answered: Type.Integer({ description: 'study directors who submitted the supplement' }),
  counted: Type.Integer({ description: 'of those, the ones who count towards the threshold (late additions never do)' }),
  shown: Type.Boolean({ description: 'counted reaches the threshold; false: every list below is empty' }),
  statements: Type.Array(SupplementStatement),
  numeric: Type.Array(SupplementNumeric),
  choices: Type.Array(SupplementChoice),
  comments: Type.Array(Type.String(), { description: 'the free-text comments, in an order that says nothing about who wrote them' }),
});
export type SupplementSection = Static<typeof SupplementSection>;

export const Report = Type.Object({
  review: Type.Object({
    id: Id,
    title: Type.String(),
    hospitalName: Type.String(),
    status: Type.String(),
    anonymityThreshold: Type.Integer({ description: 'the threshold that applied to this report' }),
    reportPublishedAt: Nullable(Type.String({ format: 'date-time' })),
    computedAt: Type.String({ format: 'date-time', description: 'when the figures were computed, as the review closed; they never change' }),
    opensAt: Nullable(Type.String({ description: 'the day the survey was planned to open (YYYY-MM-DD), as set up' })),
    closesAt: Nullable(Type.String({ description: 'the day the survey was planned to close (YYYY-MM-DD), as set up' })),
  }),
  scope: Type.Object({ unitId: Nullable(Id), specialtyGroup: Nullable(Type.String()), label: Type.String() }),
  settings: Type.Object({
    windowMonths: Type.Integer({ description: 'whole months the benchmark compares with' }),
    fromMonth: Type.String({ description: 'first month of the benchmark window' }),
    untilMonth: Type.String({ description: 'last month of the benchmark window (at the latest the last whole month before the review closed)' }),
    period: Nullable(
      Type.Object(
        { from: Type.String(), until: Type.String() },
        { description: 'the fixed period the inspectors chose, whose whole months are the window; null: the months before closing' },
      ),
    ),
    poolMinimum: Type.Integer(),
    poolMinimumHospitals: Type.Integer({ description: 'a pool figure needs answers from at least this many other hospitals' }),
    poolMonthMinimum: Nullable(
      Type.Integer({
        description: 'a month of the pool counts only with at least this many answers from other hospitals (null in reports computed before the rule)',
      }),
    ),
    excludedOwnAnswers: Nullable(
      Type.Integer({
        description: 'pool answers from the reviewed hospital in the window, left out as its own (null in reports computed before it was counted)',
      }),
    ),
    minDifferencePp: Type.Number(),
    breakMarginPp: Type.Number(),
    leadershipGapPp: Type.Number(),
  }),
  responseRates: ResponseRates,
  supplementRates: Type.Union([ResponseRates, Type.Null()], {
    description: 'the study directors’ supplementary survey: invited and answered, as its own line beside the main survey’s; null when the review has none',
  }),
  supplement: Type.Union([SupplementSection, Type.Null()], {
    description:
      'the study directors’ supplementary survey, the whole review’s report only; null at a unit or group filter, when the review has none, or in a report computed before the section existed',
  }),
  overall: Type.Union([OverallResult, Type.Null()], { description: 'the overall item at this filter; null when the survey has none' }),
  ranking: Ranking,
  areas: Type.Array(AreaResult),
  benchmark: Type.Array(BenchmarkRow),
  numeric: Type.Array(NumericResult),
  lateAdditions: Type.Array(LateAddition, { description: 'respondents added after the first invitations: they never count towards the threshold' }),
  targets: Nullable(ReportTargets), // null in reports closed before targets were kept in the snapshot
  groupComparison: Nullable(GroupComparison), // the whole review's report only
});
export type Report = Static<typeof Report>;
