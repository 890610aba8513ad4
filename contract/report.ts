import { Type, type Static } from '@sinclair/typebox';
import { Body, Id } from './common.js';
import { SpecialtyGroup } from './hospitals.js';
import { ResponseRates } from './reviews.js';
import { RoleCode } from './surveys.js';

const LocalText = Type.Object({ sv: Type.String(), en: Type.String() });
const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(t: T) => Type.Union([t, Type.Null()]);

/** The filters computed into the report's snapshot; the benchmark window is the review's, not the reader's. */
export const ReportQuery = Body({
  unitId: Type.Optional(Id),
  specialtyGroup: Type.Optional(SpecialtyGroup),
});
export type ReportQuery = Static<typeof ReportQuery>;

/** A figure for one group of respondents; suppressed figures carry no numbers at all. */
export const Cell = Type.Object({
  suppressed: Type.Boolean({ description: 'true: fewer people of the role submitted there than the threshold (or a complement of such a figure)' }),
  n: Nullable(Type.Integer({ description: 'answers on the agreement scale' })),
  share: Nullable(Type.Number()),
  dontKnow: Nullable(Type.Integer({ description: 'answers "don’t know / not applicable", left out of the share' })),
});
export type Cell = Static<typeof Cell>;

export const PatternFlag = Type.Union([
  Type.Object({ kind: Type.Literal('order-break'), role: RoleCode, below: RoleCode, marginPp: Type.Number() }),
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

export const BenchmarkRow = Type.Object({
  itemId: Type.String(),
  area: Type.String(),
  label: LocalText,
  role: RoleCode,
  local: Type.Object({ n: Type.Integer(), share: Type.Number() }),
  pool: Type.Object({ n: Type.Integer(), share: Type.Number() }),
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
  n: Nullable(Type.Integer()),
  atLeastOneShare: Nullable(Type.Number()),
  zeroShare: Nullable(Type.Number()),
  median: Nullable(Type.Number()),
  targetShare: Nullable(Type.Number({ description: 'share at or above the target' })),
});

/** The national pool's figures of a numeric item (other hospitals, the benchmark window). */
export const PoolNumericFigure = Type.Object({
  n: Type.Integer(),
  atLeastOneShare: Type.Number(),
  zeroShare: Type.Number(),
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

export const LateAddition = Type.Object({
  unitId: Id,
  unitName: Type.String(),
  role: RoleCode,
  added: Type.Integer(),
  addedBy: Type.Array(Type.String()),
});

export const Report = Type.Object({
  review: Type.Object({
    id: Id,
    title: Type.String(),
    hospitalName: Type.String(),
    status: Type.String(),
    anonymityThreshold: Type.Integer({ description: 'the threshold that applied to this report' }),
    reportPublishedAt: Nullable(Type.String({ format: 'date-time' })),
    computedAt: Type.String({ format: 'date-time', description: 'when the figures were computed, as the review closed; they never change' }),
  }),
  scope: Type.Object({ unitId: Nullable(Id), specialtyGroup: Nullable(Type.String()), label: Type.String() }),
  settings: Type.Object({
    windowMonths: Type.Integer({ description: 'whole months the benchmark compares with' }),
    fromMonth: Type.String({ description: 'first month of the benchmark window' }),
    untilMonth: Type.String({ description: 'last month of the benchmark window (at the latest the last whole month before the review closed)' }),
    period: Nullable(
      Type.Object({ from: Type.String(), until: Type.String() }, { description: 'the fixed period the inspectors chose, whose whole months are the window; null: the months before closing' }),
    ),
    poolMinimum: Type.Integer(),
    poolMinimumHospitals: Type.Integer({ description: 'a pool figure needs answers from at least this many other hospitals' }),
    poolMonthMinimum: Nullable(Type.Integer({ description: 'a month of the pool counts only with at least this many answers from other hospitals (null in reports computed before the rule)' })),
    excludedOwnAnswers: Nullable(Type.Integer({ description: 'pool answers from the reviewed hospital in the window, left out as its own (null in reports computed before it was counted)' })),
    minDifferencePp: Type.Number(),
    breakMarginPp: Type.Number(),
    leadershipGapPp: Type.Number(),
  }),
  responseRates: ResponseRates,
  areas: Type.Array(AreaResult),
  benchmark: Type.Array(BenchmarkRow),
  numeric: Type.Array(NumericResult),
  lateAdditions: Type.Array(LateAddition, { description: 'respondents added after the first invitations: they never count towards the threshold' }),
});
export type Report = Static<typeof Report>;
