import { isCalendarDate } from '../../../contract/dates.js';
import type { CreateReviewBody, Review, UpdateReviewBody } from '../../../contract/reviews.js';
import type { Db, RootDb } from '../../db/database.js';
import type { Role } from '../../../contract/domain.js';
import { Conflict, fieldProblem, Invalid, NotFound } from '../../http/errors.js';
import type { Actor, ReviewAccess } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import { findUnits, isPoolOnly } from '../hospitals/repository.js';
import { storeVersion } from '../surveys/repository.js';
import { findSurveyVersion } from '../surveys/service.js';
import { checkBenchmarkPeriod } from '../benchmark/window.js';
import * as repo from './repository.js';

export const MAIN_SURVEY = 'spur-external';
export const DIRECTOR_SUPPLEMENT = 'director-supplement';
/** The national benchmark compares with the pool's last two years, as the domain report did. */
export const DEFAULT_WINDOW_MONTHS = 24;

export async function reviewAccess(db: Db, id: string): Promise<ReviewAccess & { status: repo.ReviewRow['status']; kind: repo.ReviewKind }> {
  const review = await repo.findReview(db, id);
  if (!review) throw new NotFound({ code: 'review.notFound' });
  const inspectors = await repo.reviewInspectors(db, id);
  return {
    kind: review.kind,
    hospitalId: review.hospitalId,
    inspectorIds: inspectors.map((i) => i.id),
    reportPublished: review.reportPublishedAt !== null,
    status: review.status,
  };
}

export async function loadReview(db: Db, id: string): Promise<Review> {
  const review = await repo.findReview(db, id);
  if (!review) throw new NotFound({ code: 'review.notFound' });
  const [unitIds, inspectors, surveys] = await Promise.all([repo.reviewUnitIds(db, id), repo.reviewInspectors(db, id), repo.reviewSurveys(db, id)]);
  return {
    id: review.id,
    title: review.title,
    status: review.status,
    hospital: { id: review.hospitalId, name: review.hospitalName },
    units: await findUnits(db, unitIds),
    opensAt: review.opensAt,
    closesAt: review.closesAt,
    anonymityThreshold: review.anonymityThreshold,
    benchmarkWindowMonths: review.benchmarkWindowMonths,
    benchmarkPeriod: review.benchmarkFrom && review.benchmarkUntil ? { from: review.benchmarkFrom, until: review.benchmarkUntil } : null,
    allowEdits: review.allowEdits,
    inspectors,
    surveys: surveys.map((s) => ({ key: s.key, versionId: s.hash.slice(0, 12), roles: s.roles })),
    reportPublishedAt: review.reportPublishedAt?.toISOString() ?? null,
    createdAt: review.createdAt.toISOString(),
  };
}

export async function listReviewsFor(db: Db, actor: Actor) {
  const filter: repo.ReviewListFilter =
    actor.role === 'admin' ? {} : actor.role === 'inspector' ? { inspectorId: actor.id } : { hospitalId: actor.hospitalId ?? '0', publishedOnly: true };
  const rows = await repo.listReviews(db, filter);
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    hospitalName: r.hospitalName,
    unitCount: Number(r.unitCount),
    closesAt: r.closesAt,
    invited: Number(r.invited),
    answered: Number(r.answered),
    reportPublishedAt: r.reportPublishedAt?.toISOString() ?? null,
  }));
}

export async function createReview(db: RootDb, actor: Actor, input: CreateReviewBody): Promise<string> {
  checkDates(input.opensAt ?? null, input.closesAt ?? null);
  if (input.benchmarkPeriod) checkBenchmarkPeriod(input.benchmarkPeriod, input.closesAt ?? null);
  return db.transaction().execute(async (trx) => {
    if (await isPoolOnly(trx, input.hospitalId)) {
      throw new Invalid({ code: 'review.hospital.poolOnly' }, [fieldProblem('body.hospitalId', 'review.hospital.poolOnly')]);
    }
    await checkUnits(trx, input.hospitalId, input.unitIds);
    // The creating inspector runs the review; admins assign whom they name.
    const inspectorIds = [...new Set([...(input.inspectorIds ?? []), ...(actor.role === 'inspector' ? [actor.id] : [])])];
    await checkInspectors(trx, inspectorIds);
    const id = await repo.insertReview(trx, {
      title: input.title,
      hospitalId: input.hospitalId,
      opensAt: input.opensAt ?? null,
      closesAt: input.closesAt ?? null,
      anonymityThreshold: input.anonymityThreshold ?? 3,
      benchmarkWindowMonths: input.benchmarkWindowMonths ?? DEFAULT_WINDOW_MONTHS,
      benchmarkPeriod: input.benchmarkPeriod ?? null,
      allowEdits: input.allowEdits ?? false,
    });
    await repo.setReviewUnits(trx, id, input.unitIds);
    await repo.setReviewInspectors(trx, id, inspectorIds);
    await pinSurveys(trx, id, input.surveyVersion ?? 'current', input.includeDirectorSupplement ?? false);
    await recordAudit(trx, { actorId: actor.id, action: 'review_created', campaignId: id, details: { title: input.title } });
    return id;
  });
}

export async function updateReview(db: RootDb, actor: Actor, id: string, input: UpdateReviewBody): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const review = await repo.findReview(trx, id, true);
    if (!review) throw new NotFound({ code: 'review.notFound' });
    if (review.status === 'closed') throw new Conflict({ code: 'review.closed' });
    if (review.status !== 'draft' && (input.unitIds || input.surveyVersion)) {
      throw new Conflict({ code: 'review.unitsLocked' });
    }
    if (input.anonymityThreshold !== undefined && input.anonymityThreshold < review.anonymityThreshold && (await repo.invitationsSent(trx, id))) {
      throw new Conflict({ code: 'review.thresholdLowered', params: { threshold: review.anonymityThreshold } });
    }
    const closesAt = input.closesAt === undefined ? review.closesAt : input.closesAt;
    checkDates(input.opensAt === undefined ? review.opensAt : input.opensAt, closesAt);
    const period =
      input.benchmarkPeriod !== undefined
        ? input.benchmarkPeriod
        : review.benchmarkFrom && review.benchmarkUntil
          ? { from: review.benchmarkFrom, until: review.benchmarkUntil }
          : null;
    if (period) checkBenchmarkPeriod(period, closesAt);
    await repo.updateReview(trx, id, {
      ...(input.title !== undefined && { title: input.title }),
      ...(input.opensAt !== undefined && { opens_at: input.opensAt }),
      ...(input.closesAt !== undefined && { closes_at: input.closesAt }),
      ...(input.anonymityThreshold !== undefined && { anonymity_threshold: input.anonymityThreshold }),
      ...(input.benchmarkWindowMonths !== undefined && { benchmark_window_months: input.benchmarkWindowMonths }),
      ...(input.benchmarkPeriod !== undefined && {
        benchmark_from: input.benchmarkPeriod?.from ?? null,
        benchmark_until: input.benchmarkPeriod?.until ?? null,
      }),
      ...(input.allowEdits !== undefined && { allow_edits: input.allowEdits }),
    });
    if (input.unitIds) {
      await checkUnits(trx, review.hospitalId, input.unitIds);
      await repo.setReviewUnits(trx, id, input.unitIds);
    }
    if (input.inspectorIds) {
      if (actor.role === 'inspector' && !input.inspectorIds.includes(actor.id)) {
        throw new Invalid({ code: 'review.inspectors.self' }, [fieldProblem('body.inspectorIds', 'review.inspectors.self')]);
      }
      await checkInspectors(trx, input.inspectorIds);
      await repo.setReviewInspectors(trx, id, input.inspectorIds);
    }
    if (input.surveyVersion) {
      const hasSupplement = (await repo.reviewSurveys(trx, id)).some((s) => s.key === DIRECTOR_SUPPLEMENT);
      await pinSurveys(trx, id, input.surveyVersion, hasSupplement);
    }
    await recordAudit(trx, { actorId: actor.id, action: 'review_changed', campaignId: id, details: { fields: Object.keys(input) } });
  });
}

/**
 * What must happen inside the transaction that closes a review: the report freezes its figures
 * there. Passed in by whoever wires the features together, so reviews need not know the report.
 */
export type ClosingStep = (trx: RootDb, reviewId: string, now: Date) => Promise<unknown>;

/** draft → open → closed, and nothing else; `onClosing` runs in the closing transaction. */
export async function changeStatus(db: RootDb, actor: Actor, id: string, to: 'open' | 'closed', onClosing: ClosingStep, now = new Date()): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const review = await repo.findReview(trx, id, true);
    if (!review) throw new NotFound({ code: 'review.notFound' });
    const from = to === 'open' ? 'draft' : 'open';
    if (review.status !== from) {
      throw new Conflict({ code: to === 'open' ? 'review.openOnlyDraft' : 'review.closeOnlyOpen' });
    }
    await repo.updateReview(trx, id, { status: to });
    // The figures are computed as the review closes, in the same transaction: no answer can
    // arrive between closing and computing, and nobody ever sees them computed twice.
    if (to === 'closed') await onClosing(trx, id, now);
    await recordAudit(trx, { actorId: actor.id, action: to === 'open' ? 'review_opened' : 'review_closed', campaignId: id });
  });
}

async function pinSurveys(db: Db, id: string, version: string, includeSupplement: boolean): Promise<void> {
  const main = await findSurveyVersion(db, MAIN_SURVEY, version).catch(() => {
    throw new Invalid({ code: 'review.surveyVersion.unknown', params: { version } }, [
      fieldProblem('body.surveyVersion', 'review.surveyVersion.unknown', { version }),
    ]);
  });
  const pinned: { versionRowId: string; roles: Role[] }[] = [{ versionRowId: (await storeVersion(db, main)).id, roles: main.roles }];
  if (includeSupplement) {
    const supplement = await findSurveyVersion(db, DIRECTOR_SUPPLEMENT, 'current');
    pinned.push({ versionRowId: (await storeVersion(db, supplement)).id, roles: supplement.roles });
  }
  await repo.setReviewSurveys(db, id, pinned);
}

function checkDates(opensAt: string | null, closesAt: string | null): void {
  for (const [field, value] of [
    ['opensAt', opensAt],
    ['closesAt', closesAt],
  ] as const) {
    if (value && !isCalendarDate(value)) {
      throw new Invalid({ code: 'field.notRealDate', params: { value } }, [fieldProblem(`body.${field}`, 'field.notRealDate', { value })]);
    }
  }
  if (opensAt && closesAt && closesAt < opensAt) {
    throw new Invalid({ code: 'review.dates.backwards' }, [fieldProblem('body.closesAt', 'review.dates.backwards')]);
  }
}

async function checkUnits(db: Db, hospitalId: string, unitIds: readonly string[]): Promise<void> {
  const units = await findUnits(db, unitIds);
  const wrong = unitIds.filter((id) => !units.some((u) => u.id === id && u.hospitalId === hospitalId));
  if (wrong.length > 0) {
    throw new Invalid({ code: 'review.units.otherHospital' }, [fieldProblem('body.unitIds', 'review.units.otherHospital')]);
  }
}

export async function checkInspectors(db: Db, userIds: readonly string[]): Promise<void> {
  const users = await repo.inspectorUsers(db, userIds);
  const wrong = userIds.filter((id) => !users.some((u) => u.id === id && u.active && (u.role === 'inspector' || u.role === 'admin')));
  if (wrong.length > 0) {
    throw new Invalid({ code: 'review.inspectors.inactive' }, [fieldProblem('body.inspectorIds', 'review.inspectors.inactive')]);
  }
}
