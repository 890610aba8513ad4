import type { Report, ReportQuery } from '../../../contract/report.js';
import type { Db } from '../../db/database.js';
import { NotFound } from '../../http/errors.js';
import * as pool from '../benchmark/repository.js';
import { responseRates } from '../invitations/service.js';
import * as reviews from '../reviews/repository.js';
import { MAIN_SURVEY } from '../reviews/service.js';
import { findSurveyVersion } from '../surveys/service.js';
import { agreementByRole } from './agreement.js';
import { benchmarkRows } from './benchmark.js';
import { numericResults } from './numeric.js';
import * as repo from './repository.js';
import type { Scope } from './scope.js';
import { BENCHMARK_DEFAULTS, PATTERN_DEFAULTS } from './statistics.js';
import { DEFAULT_TARGETS } from './targets.js';

export const DEFAULT_WINDOW_MONTHS = 24;

/** The first month of a benchmark window of `months` months ending with the current one. */
export function windowStart(months: number, now = new Date()): string {
  const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (months - 1), 1));
  return start.toISOString().slice(0, 10);
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
  const [poolShares, poolUnits] = await Promise.all([
    pool.poolShares(db, fromMonth, code),
    pool.poolUnitQuartiles(db, fromMonth, code, threshold),
  ]);

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
    benchmark: benchmarkRows(statements, scoped, poolShares, poolUnits),
    numeric: numericResults(numericItems, units, values, { ...DEFAULT_TARGETS, ...ownTargets }, threshold),
  };
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
