import { addCalendarMonths, monthOf } from '../../../contract/dates.js';
import type { Report, ReportQuery } from '../../../contract/report.js';
import type { Db } from '../../db/database.js';
import { NotFound } from '../../http/errors.js';
import * as pool from '../benchmark/repository.js';
import { responseRates } from '../invitations/service.js';
import * as reviews from '../reviews/repository.js';
import { MAIN_SURVEY } from '../reviews/service.js';
import type { CatalogItem } from '../surveys/compiler.js';
import { findSurveyVersion } from '../surveys/service.js';
import { agreementByRole } from './agreement.js';
import { benchmarkRows, NUMERIC_BENCHMARKS } from './benchmark.js';
import { numericResults } from './numeric.js';
import * as repo from './repository.js';
import type { Scope } from './scope.js';
import { BENCHMARK_DEFAULTS, PATTERN_DEFAULTS } from './statistics.js';
import { DEFAULT_TARGETS } from './targets.js';

export const DEFAULT_WINDOW_MONTHS = 24;

/**
 * The first month of a benchmark window of `months` months ending with the current one. Months
 * are UTC months because poolMonth files answers by them; Swedish months would shift the window
 * against the pool around midnight of the 1st.
 */
export function windowStart(months: number, now = new Date()): string {
  return addCalendarMonths(monthOf(now), -(months - 1));
}

/** Every figure of the graded report, for the whole review or one group or unit of it. */
export async function buildReport(db: Db, reviewId: string, query: ReportQuery): Promise<Report> {
  const review = await reviews.findReview(db, reviewId);
  if (!review) throw new NotFound('There is no such review.');
  const pinned = (await reviews.reviewSurveys(db, reviewId)).find((s) => s.key === MAIN_SURVEY);
  if (!pinned) throw new NotFound('This review has no survey.');
  const survey = await findSurveyVersion(db, MAIN_SURVEY, pinned.hash.slice(0, 12));
  const units = await repo.reviewUnits(db, reviewId);
  const scope = scopeOf(query, units);
  const threshold = review.anonymityThreshold;
  const windowMonths = query.windowMonths ?? DEFAULT_WINDOW_MONTHS;
  const fromMonth = windowStart(windowMonths);

  const statements = survey.items.filter((i) => i.kind === 'statement');
  const numericItems = survey.items.filter((i) => i.kind === 'numeric');
  const [counts, values, ownTargets, code, rates] = await Promise.all([
    repo.agreementCounts(db, reviewId, statements.map((s) => s.id)),
    repo.numericValues(db, reviewId, numericItems.map((i) => i.id)),
    repo.hospitalTargets(db, review.hospitalId),
    repo.hospitalCode(db, review.hospitalId),
    responseRates(db, reviewId),
  ]);
  const atLeastItems = numericItems.filter((i) => i.id in NUMERIC_BENCHMARKS);
  const [poolShares, poolUnits, poolAtLeast] = await Promise.all([
    pool.poolShares(db, fromMonth, code),
    pool.poolUnitQuartiles(db, fromMonth, code, threshold),
    pool.poolAtLeastShares(db, fromMonth, code, atLeastItems.map((i) => ({ itemId: i.id, atLeast: NUMERIC_BENCHMARKS[i.id].atLeast }))),
  ]);

  const numeric = numericResults(numericItems, units, values, { ...DEFAULT_TARGETS, ...ownTargets }, threshold);
  const { results, scoped } = agreementByRole(statements, units, counts, scope, threshold);
  const areaPages = (survey.forms.supervisor?.pages ?? []) as { name: string; title: { sv: string; en: string } }[];
  const areas = areaPages
    .filter((page) => /^[A-H]$/.test(page.name))
    .map((page) => ({ area: page.name, title: page.title, statements: results.filter((r) => statements.find((s) => s.id === r.itemId)?.area === page.name) }));

  const scopedUnits = scope.kind === 'unit' ? units.filter((u) => u.id === scope.unitId) : scope.kind === 'group' ? units.filter((u) => u.specialtyGroup === scope.group) : units;
  return {
    review: {
      id: review.id,
      title: review.title,
      hospitalName: review.hospitalName,
      status: review.status,
      anonymityThreshold: threshold,
      reportPublishedAt: review.reportPublishedAt?.toISOString() ?? null,
    },
    scope: {
      unitId: scope.kind === 'unit' ? scope.unitId : null,
      specialtyGroup: scope.kind === 'group' ? scope.group : null,
      label: scope.kind === 'unit' ? scopedUnits[0].name : scope.kind === 'group' ? scope.group : review.hospitalName,
    },
    settings: {
      windowMonths,
      fromMonth,
      poolMinimum: BENCHMARK_DEFAULTS.poolMinimum,
      minDifferencePp: BENCHMARK_DEFAULTS.minDifferencePp,
      breakMarginPp: PATTERN_DEFAULTS.breakMarginPp,
      leadershipGapPp: PATTERN_DEFAULTS.leadershipGapPp,
    },
    responseRates: rates,
    areas,
    benchmark: [
      ...benchmarkRows(statements, scoped, poolShares, poolUnits),
      ...benchmarkRows(
        atLeastItems.map((i) => ({ ...i, label: NUMERIC_BENCHMARKS[i.id].label })),
        atLeastCounts(atLeastItems, values, numeric, scope, units),
        poolAtLeast,
        [],
      ),
    ],
    numeric,
  };
}

/**
 * The scope's counts at or above each item's benchmark level. Numeric figures exist for the
 * review and its specialty groups (as in the numeric section) and are hidden where that section
 * hides them, so a unit scope or a hidden figure gives no row.
 */
function atLeastCounts(items: CatalogItem[], values: { itemId: string; unitId: string | null; role: string; value: number }[], numeric: Report['numeric'], scope: Scope, units: { id: string; specialtyGroup: string }[]) {
  const counts = new Map<string, { answered: number; agreeing: number } | null>();
  if (scope.kind === 'unit') return counts;
  for (const item of items) {
    const result = numeric.find((n) => n.itemId === item.id)!;
    const figure = scope.kind === 'group' ? result.groups.find((g) => g.specialtyGroup === scope.group) : result.total;
    if (!figure || figure.suppressed) continue;
    const inScope = new Set(units.filter((u) => scope.kind === 'review' || u.specialtyGroup === scope.group).map((u) => u.id));
    for (const role of item.roles) {
      const mine = values.filter((v) => v.itemId === item.id && v.role === role && v.unitId !== null && inScope.has(v.unitId));
      counts.set(`${item.id}|${role}`, { answered: mine.length, agreeing: mine.filter((v) => v.value >= NUMERIC_BENCHMARKS[item.id].atLeast).length });
    }
  }
  return counts;
}

function scopeOf(query: ReportQuery, units: { id: string; specialtyGroup: string }[]): Scope {
  if (query.unitId) {
    if (!units.some((u) => u.id === query.unitId)) throw new NotFound('That unit is not part of this review.');
    return { kind: 'unit', unitId: query.unitId };
  }
  if (query.specialtyGroup) {
    if (!units.some((u) => u.specialtyGroup === query.specialtyGroup)) throw new NotFound('This review has no unit in that specialty group.');
    return { kind: 'group', group: query.specialtyGroup };
  }
  return { kind: 'review' };
}
