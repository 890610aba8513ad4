/**
 * The annual report's figures as plain functions of plain data: a clinic's measures from its
 * director's answers, a goal judged on them, and the organisation's shares, totals and
 * distributions. The repository feeds them; they never reach for a database.
 */
import type { AnnualGoal, AnnualReport, GoalFigure } from '../../../contract/director-annual.js';
import { sharePercent } from '../../../contract/shares.js';
import { meetsTarget, quantile } from '../../statistics.js';
import { annualDistributions, annualMeasures, measureByKey, type AnnualMeasure, type MeasureRule } from '../../../surveys/director-annual-measures.js';
import type { ChoiceItem, Item, RatingItem, Text } from '../../../surveys/types.js';

export type Answers = Readonly<Record<string, unknown>>;
export type ClinicValues = Record<string, number | null>;

const numberOf = (answers: Answers, item: string): number | null => {
  const value = answers[item];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
};

/** Two decimals: 4.5 talks in 6 months is 9 a year, not 8.999…; no answer is given finer. */
const rounded = (value: number) => Math.round(value * 100) / 100;

/** A measure's value for one clinic; null when the director did not answer what it needs. */
export function measureValue(rule: MeasureRule, answers: Answers): number | null {
  switch (rule.kind) {
    case 'value':
      return numberOf(answers, rule.item);
    case 'perYear': {
      const count = numberOf(answers, rule.item);
      const months = numberOf(answers, rule.months);
      return count === null || months === null || months <= 0 ? null : rounded((count / months) * 12);
    }
    case 'ratio': {
      const part = numberOf(answers, rule.numerator);
      const whole = numberOf(answers, rule.denominator);
      return part === null || whole === null || whole <= 0 ? null : rounded((Math.min(part, whole) / whole) * 100);
    }
    case 'yes': {
      const choice = answers[rule.item];
      return choice === 'yes' ? 1 : choice === 'no' ? 0 : null;
    }
    case 'least': {
      const values = rule.items.map((item) => numberOf(answers, item));
      return values.some((v) => v === null) ? null : Math.min(...(values as number[]));
    }
  }
}

export function clinicValues(answers: Answers): ClinicValues {
  return Object.fromEntries(annualMeasures.map((m) => [m.key, measureValue(m.rule, answers)]));
}

/** Whether a clinic's value meets a goal; null when it has no value. */
export function meets(goal: Pick<AnnualGoal, 'comparison' | 'threshold'>, value: number | null): boolean | null {
  if (value === null) return null;
  if (goal.comparison === 'yes') return value === 1;
  return meetsTarget(value, goal.comparison, goal.threshold ?? 0);
}

export function goalShare(goal: Pick<AnnualGoal, 'comparison' | 'threshold'>, values: readonly (number | null)[]) {
  const judged = values.map((v) => meets(goal, v)).filter((m): m is boolean => m !== null);
  const met = judged.filter(Boolean).length;
  return { met, n: judged.length, percent: sharePercent(met, judged.length) };
}

function meanMedian(values: readonly number[]): { mean: number | null; median: number | null } {
  if (values.length === 0) return { mean: null, median: null };
  const sorted = [...values].sort((a, b) => a - b);
  return { mean: rounded(values.reduce((a, b) => a + b, 0) / values.length), median: rounded(quantile(sorted, 0.5)) };
}

/** The set that applies to a year: the one saved for the latest year not after it. */
export function setFor<T extends { fromYear: number }>(sets: readonly T[], year: number): T | undefined {
  return [...sets].filter((s) => s.fromYear <= year).sort((a, b) => b.fromYear - a.fromYear)[0];
}

export interface Clinic {
  unitId: string;
  unitName: string;
  hospitalName: string;
  /** The director's answers; null when they did not answer. */
  answers: Answers | null;
}

export interface AnnualInput {
  clinics: readonly Clinic[];
  goals: readonly AnnualGoal[];
  /** The set of the year before, to show a changed goal at its earlier threshold too. */
  previousGoals: readonly AnnualGoal[] | null;
  /** The director's own lot is shown only when at least this many answered. */
  threshold: number;
  items: readonly Item[];
}

export type AnnualFigures = Omit<AnnualReport, 'campaign' | 'computedAt' | 'trends' | 'reviews' | 'grid'> & {
  grid: NonNullable<AnnualReport['grid']>;
};

/** Everything the snapshot keeps of a closed annual report. */
export function annualFigures(input: AnnualInput): AnnualFigures {
  const answered = input.clinics.filter((c): c is Clinic & { answers: Answers } => c.answers !== null);
  const values = new Map(answered.map((c) => [c.unitId, clinicValues(c.answers)]));
  const column = (measure: string) => answered.map((c) => values.get(c.unitId)![measure] ?? null);
  const present = (measure: string) => column(measure).filter((v): v is number => v !== null);

  const goals: GoalFigure[] = input.goals.map((goal) => {
    const measure = measureByKey.get(goal.measure);
    const previous = input.previousGoals?.find((g) => g.key === goal.key);
    const changed = previous !== undefined && (previous.threshold !== goal.threshold || previous.comparison !== goal.comparison);
    const numbers = goal.comparison === 'yes' ? { mean: null, median: null } : meanMedian(present(goal.measure));
    return {
      key: goal.key,
      label: goal.label,
      measure: goal.measure,
      comparison: goal.comparison,
      threshold: goal.threshold,
      unit: goal.unit,
      share: goalShare(goal, column(goal.measure)),
      atPreviousThreshold: changed ? { threshold: previous.threshold, share: goalShare(previous, column(goal.measure)) } : null,
      ...numbers,
      pooledPercent: measure ? pooledPercent(measure, answered) : null,
      quotes: measure?.comment && !measure.personal ? quotes(answered, measure.comment) : [],
    };
  });

  const hideOwn = answered.length < input.threshold;
  const totals = annualMeasures
    .filter((m) => m.total !== 'none')
    .map((m) => {
      const list = present(m.key);
      const hidden = Boolean(m.personal) && hideOwn;
      return {
        measure: m.key,
        label: m.label,
        n: list.length,
        sum: hidden || m.total !== 'sum' ? null : list.reduce((a, b) => a + b, 0),
        ...(hidden ? { mean: null, median: null } : meanMedian(list)),
        hidden,
      };
    });

  const distributions = annualDistributions.map((d) => {
    const item = input.items.find((i) => i.id === d.item) as ChoiceItem | RatingItem | undefined;
    const options: { value: string; label: Text }[] =
      item?.kind === 'choice'
        ? item.choices.map((c) => ({ value: c.value, label: c.text }))
        : item?.kind === 'rating'
          ? Array.from({ length: item.max - item.min + 1 }, (_, i) => ({
              value: String(item.min + i),
              label: { sv: String(item.min + i), en: String(item.min + i) },
            }))
          : [];
    const given = answered.map((c) => c.answers[d.item]).filter((v) => v !== undefined && v !== null);
    const hidden = Boolean(d.personal) && hideOwn;
    return {
      item: d.item,
      label: d.label,
      n: given.length,
      counts: hidden ? [] : options.map((o) => ({ value: o.value, label: o.label, count: given.filter((v) => String(v) === o.value).length })),
      hidden,
    };
  });

  // A clinic's line: its values and judgements, without the director's own lot.
  const shown = annualMeasures.filter((m) => !m.personal).map((m) => m.key);
  const grid = input.clinics.map((c) => {
    const own = values.get(c.unitId);
    return {
      unitId: c.unitId,
      unitName: c.unitName,
      hospitalName: c.hospitalName,
      answered: own !== undefined,
      values: Object.fromEntries(shown.map((key) => [key, own?.[key] ?? null])),
      met: Object.fromEntries(
        input.goals.filter((g) => !measureByKey.get(g.measure)?.personal).map((g) => [g.key, own ? meets(g, own[g.measure] ?? null) : null]),
      ),
    };
  });

  return { clinicsAsked: input.clinics.length, clinicsAnswered: answered.length, goals, totals, distributions, grid };
}

/** For a ratio of counts, the organisation's own: all who made it over all there were (87 % of trainees). */
function pooledPercent(measure: AnnualMeasure, answered: readonly { answers: Answers }[]): number | null {
  const rule = measure.rule;
  if (rule.kind !== 'ratio') return null;
  let part = 0;
  let whole = 0;
  for (const { answers } of answered) {
    const p = numberOf(answers, rule.numerator);
    const w = numberOf(answers, rule.denominator);
    if (p === null || w === null || w <= 0) continue;
    part += Math.min(p, w);
    whole += w;
  }
  return sharePercent(part, whole);
}

function quotes(answered: readonly { answers: Answers }[], item: string): string[] {
  return answered.map((c) => c.answers[item]).filter((v): v is string => typeof v === 'string' && v.trim() !== '');
}

export interface TrendSource {
  year: number;
  percent: number | null;
  n: number;
  threshold: number | null;
  source: 'platform' | 'imported';
}

/** A goal's series over the years: the platform's own reports over imported ones for the same year, with the years its threshold changed. */
export function trendOf(goal: string, sources: readonly TrendSource[]): AnnualReport['trends'][number] {
  const byYear = new Map<number, TrendSource>();
  for (const point of sources) {
    const there = byYear.get(point.year);
    if (!there || (there.source === 'imported' && point.source === 'platform')) byYear.set(point.year, point);
  }
  const points = [...byYear.values()].sort((a, b) => a.year - b.year);
  const changes = points.filter((p, i) => i > 0 && p.threshold !== points[i - 1]!.threshold).map((p) => p.year);
  return { goal, points, changes };
}
