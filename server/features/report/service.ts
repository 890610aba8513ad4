import type { Report, ReportQuery } from '../../../contract/report.js';
import type { RateCell } from '../../../contract/reviews.js';
import type { Db } from '../../db/database.js';
import { Conflict, NotFound, type Coded } from '../../http/errors.js';
import * as reviews from '../reviews/repository.js';
import * as repo from './repository.js';
import { groupNode, ROOT, unitNode } from './scope.js';
import { computeSnapshot, type ReportSnapshot } from './snapshot.js';
import { upgradeSnapshot } from './snapshot-upgrade.js';
import type { ShownSuggestion } from './suggestions.js';

/** Serving a review's report: from its snapshot, computed once when the review closed. */

/** The review, if it is closed: figures and free text exist only then. `why` says what waits for closing. */
export async function closedReview(db: Db, reviewId: string, why: Coded = { code: 'report.notClosed' }) {
  const review = await reviews.findReview(db, reviewId);
  if (!review) throw new NotFound({ code: 'review.notFound' });
  if (review.status !== 'closed') throw new Conflict(why);
  return review;
}

/** The report at one filter, from the review's snapshot; only a closed review has one. */
export async function buildReport(db: Db, reviewId: string, query: ReportQuery): Promise<Report> {
  const review = await closedReview(db, reviewId);
  const { snapshot, computedAt } = await ensureSnapshot(db, reviewId);
  const key = query.unitId ? unitNode(query.unitId) : query.specialtyGroup ? groupNode(query.specialtyGroup) : ROOT;
  const figures = snapshot.scopes[key];
  if (!figures) throw new NotFound(query.unitId ? { code: 'report.unitNotInReview' } : { code: 'report.noUnitInGroup' });
  return {
    review: {
      id: review.id,
      title: review.title,
      hospitalName: review.hospitalName,
      status: review.status,
      anonymityThreshold: snapshot.threshold,
      reportPublishedAt: review.reportPublishedAt?.toISOString() ?? null,
      computedAt,
      opensAt: review.opensAt,
      closesAt: review.closesAt,
    },
    ...figures,
    ...beforeIssue18(figures),
    responseRates: withUnreachable(figures.responseRates),
    targets: figures.targets ?? null,
    groupComparison: figures.groupComparison ?? null,
    supplement: figures.supplement ?? null,
  };
}

/**
 * Snapshots never change, so those computed before the pool's period, month minimum, excluded
 * count and numeric figures existed lack them: they are read as "not recorded".
 */
function beforeIssue18(figures: ReportSnapshot['scopes'][string]): Pick<Report, 'settings' | 'numeric'> {
  const notRecorded: Partial<Report['settings']> = { period: null, poolMonthMinimum: null, excludedOwnAnswers: null };
  return {
    settings: { ...notRecorded, ...figures.settings },
    numeric: figures.numeric.map((n) => ({ ...n, pool: n.pool ?? null })),
  };
}

/**
 * Snapshots taken before respondents could be marked unreachable have no such counts: nobody was
 * marked, so the adjusted rate is the rate.
 */
function withUnreachable(rates: Report['responseRates']): Report['responseRates'] {
  const cell = (c: RateCell): RateCell => ({ ...c, unreachable: c.unreachable ?? 0, adjustedShare: c.adjustedShare === undefined ? c.share : c.adjustedShare });
  const line = <T extends { byRole: Report['responseRates']['total']['byRole']; total: RateCell }>(l: T): T => ({
    ...l,
    byRole: Object.fromEntries(Object.entries(l.byRole).map(([role, c]) => [role, cell(c)])) as T['byRole'],
    total: cell(l.total),
  });
  return { units: rates.units.map(line), groups: rates.groups.map(line), total: line(rates.total) };
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
  // A snapshot never changes, so a parsed copy is good for as long as the stored one is the same
  // one (the time tells; a snapshot computed in a transaction that rolled back is never read again).
  const time = await repo.snapshotTime(db, reviewId);
  const copy = kept.get(reviewId);
  if (time && copy?.computedAt === time.toISOString()) return copy;
  let row = await repo.findSnapshot(db, reviewId);
  if (!row) {
    await repo.insertSnapshot(db, reviewId, await computeSnapshot(db, reviewId, now));
    row = (await repo.findSnapshot(db, reviewId))!;
  }
  const found = { snapshot: upgradeSnapshot(row.figures as ReportSnapshot), computedAt: row.computed_at.toISOString() };
  kept.delete(reviewId);
  kept.set(reviewId, found);
  if (kept.size > KEPT_SNAPSHOTS) kept.delete(kept.keys().next().value!);
  return found;
}

/** Parsed snapshots of the reviews read most recently (a hospital-wide one is about a megabyte of JSON). */
const KEPT_SNAPSHOTS = 20;
const kept = new Map<string, { snapshot: ReportSnapshot; computedAt: string }>();

/** The quotes a revision chose, as the snapshot keeps them (text and shown role). */
export async function quotesOf(db: Db, reviewId: string, keys: readonly string[]): Promise<ShownSuggestion[]> {
  if (keys.length === 0) return [];
  const chosen = new Set(keys);
  return (await ensureSnapshot(db, reviewId)).snapshot.suggestions.filter((s) => chosen.has(s.key));
}
