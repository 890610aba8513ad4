import { REGULATION_YEARS, type Coverage, type CoverageUnit, type LastReview, type RecordReviewBody, type UnitContactsBody } from '../../../contract/coverage.js';
import type { Db, RootDb } from '../../db/database.js';
import { isCalendarDate } from '../../../contract/dates.js';
import { Conflict, fieldProblem, Invalid, NotFound } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import * as repo from './repository.js';
import { coverageShares, coverageStatus, dueState, nextDue, reviewedWithinFiveYears } from './rules.js';

/** Body named for the platform's own reviews in the table and the export. */
export const PLATFORM_BODY = 'SPUR';

const firstBy = <T extends { unitId: string }>(rows: T[]) => {
  const first = new Map<string, T>();
  for (const row of rows) if (!first.has(row.unitId)) first.set(row.unitId, row);
  return first;
};

/**
 * Each unit of a scope as it stands on `asOf`: the last external review on or before that day
 * (the newer of the platform's own and those recorded by hand or imported; the platform's wins a
 * tie), the next due, the status, and the newest internal review of that year or before. Reviews
 * under way are today's: the platform keeps no history of drafts.
 */
export async function coverageUnits(db: Db, scope: repo.Scope, asOf: string): Promise<CoverageUnit[]> {
  const units = await repo.scopeUnits(db, scope);
  const ids = units.map((u) => u.unitId);
  const [published, underWay, recorded, internal, contacts] = await Promise.all([
    repo.publishedReviews(db, ids, asOf),
    repo.reviewsUnderWay(db, ids),
    repo.recordedReviews(db, ids),
    repo.latestInternalReviews(db, ids, Number(asOf.slice(0, 4))),
    repo.contactsOf(db, ids),
  ]);
  const lastPublished = firstBy(published);
  const grades = await repo.publishedGrades(db, [...new Set([...lastPublished.values()].map((r) => r.reviewId))]);
  const lastRecorded = firstBy(recorded.filter((r) => r.date <= asOf));
  const planned = firstBy(underWay);
  const internalOf = new Map(internal.map((r) => [r.unitId, r]));
  const contactsOfUnit = new Map(contacts.map((c) => [c.unitId, c]));

  return units.map((unit) => {
    const platform = lastPublished.get(unit.unitId);
    const other = lastRecorded.get(unit.unitId);
    let lastReview: LastReview | null = null;
    if (platform && (!other || platform.date >= other.date)) {
      lastReview = { date: platform.date, body: PLATFORM_BODY, link: null, source: 'platform', reviewId: platform.reviewId };
    } else if (other) {
      lastReview = { date: other.date, body: other.body, link: other.link, source: other.source, reviewId: null };
    }
    const due = lastReview ? nextDue(lastReview.date, unit.intervalYears) : null;
    const state = dueState(due, asOf);
    const plan = planned.get(unit.unitId);
    const contact = contactsOfUnit.get(unit.unitId) ?? { headName: null, headEmail: null, directorName: null, directorEmail: null };
    const areas = lastReview?.source === 'platform' ? grades.get(lastReview.reviewId!) : undefined;
    return {
      ...unit,
      intervalYears: Number(unit.intervalYears),
      lastReview,
      grades: areas ? Object.fromEntries(Object.entries(areas).map(([area, a]) => [area, a.grade])) : null,
      nextDue: due,
      dueState: state,
      planned: plan ? { reviewId: plan.reviewId, status: plan.status } : null,
      status: coverageStatus(state, plan !== undefined),
      withinFiveYears: reviewedWithinFiveYears(lastReview?.date ?? null, asOf),
      internalReview: internalOf.has(unit.unitId) ? { year: internalOf.get(unit.unitId)!.year, method: internalOf.get(unit.unitId)!.method } : null,
      contacts: { headName: contact.headName, headEmail: contact.headEmail, directorName: contact.directorName, directorEmail: contact.directorEmail },
      remindable: Boolean(contact.headEmail || contact.directorEmail),
      recorded: recorded.filter((r) => r.unitId === unit.unitId).map(({ unitId: _, ...r }) => r),
    };
  });
}

export async function hospitalCoverage(db: RootDb, hospitalId: string, asOf: string, canManage: boolean): Promise<Coverage> {
  const name = await repo.hospitalName(db, hospitalId);
  if (name === undefined) throw new NotFound({ code: 'hospital.notFound' });
  const units = await coverageUnits(db, { hospitalId }, asOf);
  // A hospital's units share its organisation's interval (the regulation's five outside one).
  const intervalYears = units[0]?.intervalYears ?? REGULATION_YEARS;
  return { scope: { kind: 'hospital', id: hospitalId, name, intervalYears }, asOf, ...coverageShares(units), units, canManage };
}

export async function organisationCoverage(
  db: RootDb,
  organisation: { id: string; name: string; intervalYears: number },
  asOf: string,
  canManage: boolean,
): Promise<Coverage> {
  const units = await coverageUnits(db, { organisationId: organisation.id }, asOf);
  const { id, name, intervalYears } = organisation;
  return { scope: { kind: 'organisation', id, name, intervalYears }, asOf, ...coverageShares(units), units, canManage };
}

export async function existingUnit(db: Db, unitId: string) {
  const unit = await repo.findUnit(db, unitId);
  if (!unit) throw new NotFound({ code: 'unit.notFound' });
  return unit;
}

/** The schema checks a date's shape; whether the day exists (not 30 February) is checked here. */
export function realDate(value: string, field: string): string {
  if (!isCalendarDate(value)) throw new Invalid({ code: 'field.notRealDate', params: { value } }, [fieldProblem(field, 'field.notRealDate', { value })]);
  return value;
}

export async function recordReview(db: RootDb, actor: Actor, unitId: string, input: RecordReviewBody, today: string): Promise<string> {
  realDate(input.reviewedOn, 'body.reviewedOn');
  if (input.reviewedOn > today) throw new Conflict({ code: 'coverage.reviewInFuture', params: { date: input.reviewedOn } });
  return db.transaction().execute(async (trx) => {
    const unit = await existingUnit(trx, unitId);
    const [id] = await repo.insertRecordedReviews(trx, [{ ...input, unitId }], 'hand', actor.id);
    await recordAudit(trx, { actorId: actor.id, action: 'external_review_recorded', details: { hospitalId: unit.hospitalId, unitId, reviewedOn: input.reviewedOn, body: input.body } });
    return id;
  });
}

export async function removeRecordedReview(db: RootDb, actor: Actor, unitId: string, reviewId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const unit = await existingUnit(trx, unitId);
    if (!(await repo.deleteRecordedReview(trx, unitId, reviewId))) throw new NotFound({ code: 'coverage.recordNotFound' });
    await recordAudit(trx, { actorId: actor.id, action: 'external_review_removed', details: { hospitalId: unit.hospitalId, unitId, recordId: reviewId } });
  });
}

export async function setInternalReview(db: RootDb, actor: Actor, unitId: string, year: number, method: string | null): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const unit = await existingUnit(trx, unitId);
    if (method === null) {
      if (!(await repo.deleteInternalReview(trx, unitId, year))) throw new NotFound({ code: 'coverage.recordNotFound' });
    } else {
      await repo.upsertInternalReview(trx, unitId, year, method, actor.id);
    }
    await recordAudit(trx, { actorId: actor.id, action: 'internal_review_recorded', details: { hospitalId: unit.hospitalId, unitId, year, method } });
  });
}

export async function setContacts(db: RootDb, actor: Actor, unitId: string, contacts: UnitContactsBody): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const unit = await existingUnit(trx, unitId);
    await repo.upsertContacts(trx, unitId, contacts, actor.id);
    // Addresses are personal data: the trail says that they changed, not what they are.
    await recordAudit(trx, { actorId: actor.id, action: 'unit_contacts_changed', details: { hospitalId: unit.hospitalId, unitId } });
  });
}
