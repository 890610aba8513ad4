import { addCalendarMonths, monthOf } from '../../../contract/dates.js';
import type { Report, ReportQuery } from '../../../contract/report.js';
import { ROLES } from '../../../surveys/types.js';
import type { Db } from '../../db/database.js';
import { Conflict, NotFound } from '../../http/errors.js';
import * as pool from '../benchmark/repository.js';
import { responseRates } from '../invitations/service.js';
import * as reviews from '../reviews/repository.js';
import { MAIN_SURVEY } from '../reviews/service.js';
import type { CatalogItem } from '../surveys/compiler.js';
import { findSurveyVersion } from '../surveys/service.js';
import { agreementByRole } from './agreement.js';
import { benchmarkRows, NUMERIC_BENCHMARKS, POOL_MINIMUM_HOSPITALS } from './benchmark.js';
import { numericResults } from './numeric.js';
import * as repo from './repository.js';
import { groupNode, ROOT, scopeNode, unitNode, type PeopleCounts, type Scope } from './scope.js';
import { BENCHMARK_DEFAULTS, PATTERN_DEFAULTS } from './statistics.js';
import { shownSuggestions, type ShownSuggestion } from './suggestions.js';
import { DEFAULT_TARGETS } from './targets.js';

/**
 * The first month of a benchmark window of `months` months ending with the current one. Months
 * are UTC months because poolMonth files answers by them; Swedish months would shift the window
 * against the pool around midnight of the 1st.
 */
export function windowStart(months: number, now = new Date()): string {
  return addCalendarMonths(monthOf(now), -(months - 1));
}

/**
 * The benchmark window of a report computed at `now`: the `months` whole months before the
 * current one. The month in progress is left out, so reports computed within one month compare
 * with the same pool.
 */
export function benchmarkWindow(months: number, now: Date): pool.PoolWindow {
  return { fromMonth: windowStart(months + 1, now), untilMonth: windowStart(2, now), minimumHospitals: POOL_MINIMUM_HOSPITALS };
}

type ScopeFigures = Omit<Report, 'review'>;

/**
 * What a closed review's report shows, computed once: the figures of every filter a reader can
 * choose (the whole review, each specialty group, each unit), suppressed together, and the free
 * text with the roles it may show. Stored as it is computed and never recomputed.
 */
export interface ReportSnapshot {
  threshold: number;
  scopes: Record<string, ScopeFigures>;
  suggestions: ShownSuggestion[];
}

export const FIGURES_AFTER_CLOSING =
  'The report’s figures and free text are shown once the review has closed, so that no answer can be told apart by reading them before and after it arrives. Until then, follow the response rates.';

/** The report at one filter, from the review's snapshot; only a closed review has one. */
export async function buildReport(db: Db, reviewId: string, query: ReportQuery): Promise<Report> {
  const review = await reviews.findReview(db, reviewId);
  if (!review) throw new NotFound('There is no such review.');
  if (review.status !== 'closed') throw new Conflict(FIGURES_AFTER_CLOSING);
  const { snapshot, computedAt } = await ensureSnapshot(db, reviewId);
  const key = query.unitId ? unitNode(query.unitId) : query.specialtyGroup ? groupNode(query.specialtyGroup) : ROOT;
  const figures = snapshot.scopes[key];
  if (!figures) throw new NotFound(query.unitId ? 'That unit is not part of this review.' : 'This review has no unit in that specialty group.');
  return {
    review: {
      id: review.id,
      title: review.title,
      hospitalName: review.hospitalName,
      status: review.status,
      anonymityThreshold: snapshot.threshold,
      reportPublishedAt: review.reportPublishedAt?.toISOString() ?? null,
      computedAt,
    },
    ...figures,
  };
}

/** The report of a closed review, or null while it is a draft or open. */
export async function reportIfClosed(db: Db, reviewId: string): Promise<Report | null> {
  const review = await reviews.findReview(db, reviewId);
  return review?.status === 'closed' ? buildReport(db, reviewId, {}) : null;
}

/**
 * The review's snapshot, computed and stored on first use. Closing a review computes it in the
 * closing transaction; this also serves reviews closed before snapshots existed.
 */
export async function ensureSnapshot(db: Db, reviewId: string, now = new Date()): Promise<{ snapshot: ReportSnapshot; computedAt: string }> {
  let row = await repo.findSnapshot(db, reviewId);
  if (!row) {
    await repo.insertSnapshot(db, reviewId, await computeSnapshot(db, reviewId, now));
    row = (await repo.findSnapshot(db, reviewId))!;
  }
  return { snapshot: row.figures as ReportSnapshot, computedAt: row.computed_at.toISOString() };
}

/** Every figure of the graded report, for the whole review and each group and unit of it. */
export async function computeSnapshot(db: Db, reviewId: string, now: Date): Promise<ReportSnapshot> {
  const review = await reviews.findReview(db, reviewId);
  if (!review) throw new NotFound('There is no such review.');
  const pinned = (await reviews.reviewSurveys(db, reviewId)).find((s) => s.key === MAIN_SURVEY);
  if (!pinned) throw new NotFound('This review has no survey.');
  const survey = await findSurveyVersion(db, MAIN_SURVEY, pinned.hash.slice(0, 12));
  const units = await repo.reviewUnits(db, reviewId);
  const threshold = review.anonymityThreshold;
  const windowMonths = review.benchmarkWindowMonths;
  const window = benchmarkWindow(windowMonths, now);

  const statements = survey.items.filter((i) => i.kind === 'statement');
  const numericItems = survey.items.filter((i) => i.kind === 'numeric');
  const atLeastItems = numericItems.filter((i) => i.id in NUMERIC_BENCHMARKS);
  // One after another: inside the closing transaction the embedded database runs one statement at a time anyway.
  const counts = await repo.agreementCounts(db, reviewId, statements.map((s) => s.id));
  const values = await repo.numericValues(db, reviewId, numericItems.map((i) => i.id));
  const ownTargets = await repo.hospitalTargets(db, review.hospitalId);
  const code = await repo.hospitalCode(db, review.hospitalId);
  const rates = await responseRates(db, reviewId);
  const people = peopleMap(await repo.peopleCounts(db, reviewId, MAIN_SURVEY));
  const lateAdditions = await repo.lateAdditions(db, reviewId);
  const poolShares = await pool.poolShares(db, window, code);
  const poolUnits = await pool.poolUnitQuartiles(db, window, code, threshold);
  const poolAtLeast = await pool.poolAtLeastShares(db, window, code, atLeastItems.map((i) => ({ itemId: i.id, atLeast: NUMERIC_BENCHMARKS[i.id].atLeast })));
  const suggestions = await shownSuggestions(db, reviewId, threshold);

  const numeric = numericResults(numericItems, units, values, people, { ...DEFAULT_TARGETS, ...ownTargets }, threshold);
  const areaPages = (survey.forms.supervisor?.pages ?? []) as { name: string; title: { sv: string; en: string } }[];
  const settings = {
    windowMonths,
    fromMonth: window.fromMonth,
    untilMonth: window.untilMonth,
    poolMinimum: BENCHMARK_DEFAULTS.poolMinimum,
    poolMinimumHospitals: window.minimumHospitals,
    minDifferencePp: BENCHMARK_DEFAULTS.minDifferencePp,
    breakMarginPp: PATTERN_DEFAULTS.breakMarginPp,
    leadershipGapPp: PATTERN_DEFAULTS.leadershipGapPp,
  };

  const figuresAt = (scope: Scope): ScopeFigures => {
    const { results, scoped } = agreementByRole(statements, units, counts, people, scope, threshold);
    const scopedUnits = scope.kind === 'unit' ? units.filter((u) => u.id === scope.unitId) : scope.kind === 'group' ? units.filter((u) => u.specialtyGroup === scope.group) : units;
    return {
      scope: {
        unitId: scope.kind === 'unit' ? scope.unitId : null,
        specialtyGroup: scope.kind === 'group' ? scope.group : null,
        label: scope.kind === 'unit' ? scopedUnits[0].name : scope.kind === 'group' ? scope.group : review.hospitalName,
      },
      settings,
      responseRates: rates,
      areas: areaPages
        .filter((page) => /^[A-H]$/.test(page.name))
        .map((page) => ({ area: page.name, title: page.title, statements: results.filter((r) => statements.find((s) => s.id === r.itemId)?.area === page.name) })),
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
      lateAdditions,
    };
  };

  const scopes: Scope[] = [
    { kind: 'review' },
    ...[...new Set(units.map((u) => u.specialtyGroup))].map((group): Scope => ({ kind: 'group', group })),
    ...units.map((u): Scope => ({ kind: 'unit', unitId: u.id })),
  ];
  return { threshold, scopes: Object.fromEntries(scopes.map((scope) => [scopeNode(scope), figuresAt(scope)])), suggestions };
}

function peopleMap(rows: { unitId: string; role: string; counted: number }[]): PeopleCounts {
  const people: PeopleCounts = new Map(ROLES.map((role) => [role, new Map<string, number>()]));
  for (const row of rows) people.get(row.role as (typeof ROLES)[number])?.set(row.unitId, row.counted);
  return people;
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

/** The quotes a revision chose, as the snapshot keeps them (text and shown role). */
export async function quotesOf(db: Db, reviewId: string, keys: readonly string[]): Promise<ShownSuggestion[]> {
  if (keys.length === 0) return [];
  const chosen = new Set(keys);
  return (await ensureSnapshot(db, reviewId)).snapshot.suggestions.filter((s) => chosen.has(s.key));
}
