import { Type, type Static } from '@sinclair/typebox';
import { Body, Id } from './common.js';
import { Role } from './domain.js';

/**
 * A hospital's own quantitative targets for ST (docs/domain.md §3: supervision talks 6 a year, …), one
 * set per hospital and year. The shape is meant to serve every campaign that holds answers against
 * goals (the review's report now, the yearly study-director report later): what is measured, how
 * it is compared, the threshold and its unit, and the year the set belongs to.
 */

export const TARGET_COMPARISONS = ['atLeast', 'atMost', 'equal', 'yes'] as const;
export const TargetComparison = Type.Union(
  TARGET_COMPARISONS.map((c) => Type.Literal(c)),
  {
    description: 'atLeast (≥), atMost (≤), equal (=) compare a numeric answer with the threshold; yes: a statement agreed with (no threshold)',
  },
);
export type TargetComparison = Static<typeof TargetComparison>;

const Label = Type.Object(
  { sv: Type.String({ minLength: 1, maxLength: 200 }), en: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);
const UnitText = Type.Object({ sv: Type.String({ maxLength: 60 }), en: Type.String({ maxLength: 60 }) }, { additionalProperties: false });

export const TargetMeasure = Type.Object(
  {
    itemId: Type.String({ minLength: 1, maxLength: 120, description: 'a statement or numeric item of the review survey' }),
    role: Role,
  },
  { additionalProperties: false, description: 'the survey item, and whose answers, that measure the target' },
);

export const Target = Type.Object(
  {
    key: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,59}$', description: 'stable name of the target within the set, e.g. supervision-talks' }),
    label: Label,
    measure: Type.Union([TargetMeasure, Type.Null()], { description: 'null: the survey does not measure it' }),
    comparison: TargetComparison,
    // One type list rather than a union: the server coerces types, and in a union null would be
    // coerced to the number 0 (and 0 to null the other way round).
    threshold: Type.Unsafe<number | null>({ type: ['number', 'null'], minimum: 0, maximum: 1_000_000, description: 'null exactly when the comparison is yes' }),
    unit: UnitText,
  },
  { additionalProperties: false },
);
export type Target = Static<typeof Target>;

export const TargetSetParams = Body({ id: Id, year: Type.Integer({ minimum: 2000, maximum: 2100 }) });

export const SaveTargetSetBody = Body({ targets: Type.Array(Target, { maxItems: 40 }) });
export type SaveTargetSetBody = Static<typeof SaveTargetSetBody>;

/** A survey item a target can be measured by, with the comparisons that suit it. */
export const MeasurableItem = Type.Object({
  itemId: Type.String(),
  kind: Type.Union([Type.Literal('statement'), Type.Literal('numeric')]),
  label: Type.Object({ sv: Type.String(), en: Type.String() }),
  roles: Type.Array(Role),
  min: Type.Union([Type.Number(), Type.Null()]),
  max: Type.Union([Type.Number(), Type.Null()]),
});
export type MeasurableItem = Static<typeof MeasurableItem>;

export const TargetSet = Type.Object({
  hospitalId: Id,
  year: Type.Integer(),
  source: Type.Union([Type.Literal('hospital'), Type.Literal('national')], {
    description: 'hospital: the hospital’s own set for this year or, failing that, for the latest year before it; national: the national defaults',
  }),
  fromYear: Type.Union([Type.Integer(), Type.Null()], { description: 'the year of the hospital’s set that applies (null for the national defaults)' }),
  targets: Type.Array(Target),
  updatedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  updatedBy: Type.Union([Type.String(), Type.Null()]),
  measurable: Type.Array(MeasurableItem, { description: 'the items of the current review survey that can measure a target' }),
});
export type TargetSet = Static<typeof TargetSet>;
