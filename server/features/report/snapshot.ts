import { todayInSweden } from '../../../contract/dates.js';
import type { Report } from '../../../contract/report.js';
import { isArea, ROLES, type Role } from '../../../contract/domain.js';
import type { Db } from '../../db/database.js';
import { NotFound } from '../../http/errors.js';
import * as pool from '../benchmark/repository.js';
import { poolFigures } from '../benchmark/kept-windows.js';
import { responseRates } from '../invitations/service.js';
import * as reviews from '../reviews/repository.js';
import { DIRECTOR_SUPPLEMENT, MAIN_SURVEY } from '../reviews/service.js';
import type { CatalogItem } from '../surveys/compiler.js';
import { findSurveyVersion } from '../surveys/service.js';
import { appliedTargets } from '../targets/service.js';
import { agreementByRole } from './agreement.js';
import { benchmarkRows, NUMERIC_BENCHMARKS } from './benchmark.js';
import { groupComparison } from './groups.js';
import { numericResults } from './numeric.js';
import { overallResult, rankStatements } from './overview.js';
import { poolAtLeast, poolNumericFigure } from './numeric-pool.js';
import * as repo from './repository.js';
import { ROOT, scopeNode, type PeopleCounts, type Scope } from './scope.js';
import { BENCHMARK_DEFAULTS, PATTERN_DEFAULTS } from '../../statistics.js';
import { shownSuggestions, type ShownSuggestion } from './suggestions.js';
import { loadSupplementInputs, supplementSection } from './supplement.js';
import { numericThresholds, targetResults } from './targets.js';
import { reviewWindow } from '../benchmark/window.js';

/**
 * A closed review's report, computed once for its snapshot: the figures of every filter a reader
 * can choose (the whole review, each specialty group, each unit), suppressed together, and the
 * free text with the roles it may show.
 */
export interface ReportSnapshot {
  threshold: number;
  scopes: Record<string, ScopeFigures>;
  suggestions: ShownSuggestion[];
}

export type ScopeFigures = Omit<Report, 'review'>;

export { benchmarkWindow, windowStart } from '../benchmark/window.js';

export async function computeSnapshot(db: Db, reviewId: string, now: Date): Promise<ReportSnapshot> {
  const inputs = await loadInputs(db, reviewId, now);
  const scopes: Scope[] = [
    { kind: 'review' },
    ...[...new Set(inputs.units.map((u) => u.specialtyGroup))].map((group): Scope => ({ kind: 'group', group })),
    ...inputs.units.map((u): Scope => ({ kind: 'unit', unitId: u.id })),
  ];
  const figures: Record<string, ScopeFigures> = Object.fromEntries(scopes.map((scope) => [scopeNode(scope), figuresAt(inputs, scope)]));
  figures[ROOT].groupComparison = groupComparison(figures, inputs.numericItems);
  figures[ROOT].supplement = inputs.supplement && supplementSection(inputs.supplement, inputs.review.anonymityThreshold);
  return { threshold: inputs.review.anonymityThreshold, scopes: figures, suggestions: inputs.suggestions };
}

type Inputs = Awaited<ReturnType<typeof loadInputs>>;

/** Everything the figures are made from, read once, one statement at a time (this runs in the closing transaction). */
async function loadInputs(db: Db, reviewId: string, now: Date) {
  const review = await reviews.findReview(db, reviewId);
  if (!review) throw new NotFound({ code: 'review.notFound' });
  const surveys = await reviews.reviewSurveys(db, reviewId);
  const pinned = surveys.find((s) => s.key === MAIN_SURVEY);
  if (!pinned) throw new NotFound({ code: 'report.noSurvey' });
  const survey = await findSurveyVersion(db, MAIN_SURVEY, pinned.hash.slice(0, 12));
  const pinnedSupplement = surveys.find((s) => s.key === DIRECTOR_SUPPLEMENT);
  const threshold = review.anonymityThreshold;
  const window = reviewWindow(review, now);
  const statements = survey.items.filter((i) => i.kind === 'statement');
  const numericItems = survey.items.filter((i) => i.kind === 'numeric');
  const atLeastItems = numericItems.filter((i) => i.id in NUMERIC_BENCHMARKS);
  const units = await repo.reviewUnits(db, reviewId);
  const values = await repo.numericValues(
    db,
    reviewId,
    numericItems.map((i) => i.id),
  );
  const peopleRows = await repo.peopleCounts(db, reviewId, MAIN_SURVEY);
  const people = peopleMap(peopleRows.map((r) => ({ ...r, n: r.counted })));
  const submitted = peopleMap(peopleRows.map((r) => ({ ...r, n: r.submitted })));
  // The targets of the year the review closes in (a Swedish year), copied into the snapshot.
  const applied = await appliedTargets(db, review.hospitalId, Number(todayInSweden(now).slice(0, 4)));
  const code = await repo.hospitalCode(db, review.hospitalId);
  // Kept per window by a job when fresh, else computed here, in the closing transaction; the
  // submissions' pool deltas not yet folded are folded first, in this transaction (docs/pool.md).
  const fromPool = await poolFigures(
    db,
    window,
    code,
    threshold,
    numericItems.map((i) => i.id),
  );
  const poolNumbers = fromPool.numbers;
  return {
    review,
    window,
    statements,
    numericItems,
    atLeastItems,
    units,
    values,
    people,
    targets: { applied, items: survey.items, units, people, values, threshold },
    counts: await repo.agreementCounts(
      db,
      reviewId,
      statements.map((s) => s.id),
    ),
    numeric: numericResults(numericItems, units, values, people, submitted, numericThresholds(applied.targets), threshold).map((result) => ({
      ...result,
      pool: poolNumericFigure(
        poolNumbers,
        numericItems.find((i) => i.id === result.itemId)!,
        result.target,
      ),
    })),
    rates: await responseRates(db, reviewId),
    supplementRates: pinnedSupplement ? await responseRates(db, reviewId, DIRECTOR_SUPPLEMENT) : null,
    supplement: pinnedSupplement
      ? await loadSupplementInputs(db, reviewId, await findSurveyVersion(db, DIRECTOR_SUPPLEMENT, pinnedSupplement.hash.slice(0, 12)))
      : null,
    lateAdditions: await repo.lateAdditions(db, reviewId),
    poolShares: fromPool.shares,
    poolUnits: fromPool.units,
    poolAtLeast: poolAtLeast(
      poolNumbers,
      atLeastItems.map((i) => ({ itemId: i.id, atLeast: NUMERIC_BENCHMARKS[i.id].atLeast })),
    ),
    excludedOwnAnswers: await pool.poolOwnAnswers(db, window, code),
    suggestions: await shownSuggestions(db, reviewId, threshold),
    areaPages: ((survey.forms.supervisor?.pages ?? []) as { name: string; title: { sv: string; en: string } }[]).filter((page) => isArea(page.name)),
  };
}

/** The report's figures at one filter. */
function figuresAt(inputs: Inputs, scope: Scope): ScopeFigures {
  const { review, window, statements, atLeastItems, units, values, numeric } = inputs;
  const { results, scoped } = agreementByRole(statements, units, inputs.counts, inputs.people, scope, review.anonymityThreshold);
  const unit = scope.kind === 'unit' ? units.find((u) => u.id === scope.unitId) : undefined;
  return {
    scope: {
      unitId: scope.kind === 'unit' ? scope.unitId : null,
      specialtyGroup: scope.kind === 'group' ? scope.group : null,
      label: unit ? unit.name : scope.kind === 'group' ? scope.group : review.hospitalName,
    },
    settings: {
      windowMonths: window.months,
      fromMonth: window.fromMonth,
      untilMonth: window.untilMonth,
      period: review.benchmarkFrom && review.benchmarkUntil ? { from: review.benchmarkFrom, until: review.benchmarkUntil } : null,
      poolMinimum: BENCHMARK_DEFAULTS.poolMinimum,
      poolMinimumHospitals: window.minimumHospitals,
      poolMonthMinimum: window.monthMinimum,
      excludedOwnAnswers: inputs.excludedOwnAnswers,
      minDifferencePp: BENCHMARK_DEFAULTS.minDifferencePp,
      breakMarginPp: PATTERN_DEFAULTS.breakMarginPp,
      leadershipGapPp: PATTERN_DEFAULTS.leadershipGapPp,
    },
    responseRates: inputs.rates,
    supplementRates: inputs.supplementRates,
    // The whole review's only (supplement.ts); set by computeSnapshot.
    supplement: null,
    overall: overallResult(statements, results),
    ranking: rankStatements(statements, results),
    areas: inputs.areaPages.map((page) => ({
      area: page.name,
      title: page.title,
      statements: results.filter((r) => statements.find((s) => s.id === r.itemId)?.area === page.name),
    })),
    benchmark: [
      ...benchmarkRows(statements, scoped, inputs.poolShares, inputs.poolUnits),
      ...benchmarkRows(
        atLeastItems.map((i) => ({ ...i, label: NUMERIC_BENCHMARKS[i.id].label })),
        atLeastCounts(atLeastItems, values, numeric, scope, units),
        inputs.poolAtLeast,
        [],
      ),
    ],
    numeric,
    lateAdditions: inputs.lateAdditions,
    targets: targetResults(inputs.targets, scope, scoped),
    groupComparison: null,
  };
}

function peopleMap(rows: { unitId: string; role: Role; n: number }[]): PeopleCounts {
  const people: PeopleCounts = new Map(ROLES.map((role) => [role, new Map<string, number>()]));
  for (const row of rows) people.get(row.role)?.set(row.unitId, row.n);
  return people;
}

/**
 * The scope's counts at or above each item's benchmark level. Numeric figures exist for the
 * review and its specialty groups (as in the numeric section) and are hidden where that section
 * hides them, so a unit scope or a hidden figure gives no row.
 */
function atLeastCounts(
  items: CatalogItem[],
  values: { itemId: string; unitId: string | null; role: string; value: number }[],
  numeric: Report['numeric'],
  scope: Scope,
  units: { id: string; specialtyGroup: string }[],
) {
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
