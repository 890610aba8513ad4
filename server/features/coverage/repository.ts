import { sql } from 'kysely';
import type { ReportContent } from '../../../contract/report-authoring.js';
import type { RecordReviewBody, UnitContactsBody } from '../../../contract/coverage.js';
import type { ReviewStatus } from '../../../contract/domain.js';
import type { Db } from '../../db/database.js';
import { SWEDEN } from '../../../contract/dates.js';

/** Whose units: one hospital's, an organisation's hospitals', or every hospital's (the reminder job). */
export type Scope = { hospitalId: string } | { organisationId: string } | 'all';

/** The units of a scope, each with the review interval of its hospital's organisation (five years without one). */
export async function scopeUnits(db: Db, scope: Scope) {
  let query = db
    .selectFrom('units')
    .innerJoin('hospitals', 'hospitals.id', 'units.hospital_id')
    .leftJoin('organisation_hospitals', 'organisation_hospitals.hospital_id', 'hospitals.id')
    .leftJoin('organisations', 'organisations.id', 'organisation_hospitals.organisation_id')
    .select([
      'units.id as unitId',
      'units.hospital_id as hospitalId',
      'hospitals.name as hospitalName',
      'units.code',
      'units.name',
      'units.specialty',
      'units.specialty_group as specialtyGroup',
      sql<number>`coalesce(organisations.review_interval_years, 5)`.as('intervalYears'),
    ])
    .where('hospitals.pool_only', '=', false)
    .orderBy('hospitals.name')
    .orderBy('units.name');
  if (scope !== 'all' && 'hospitalId' in scope) query = query.where('units.hospital_id', '=', scope.hospitalId);
  if (scope !== 'all' && 'organisationId' in scope) query = query.where('organisation_hospitals.organisation_id', '=', scope.organisationId);
  return query.execute();
}

/**
 * The platform's published reviews of these units up to `asOf`, newest first. A review's date is
 * the Swedish day its report was first published: a review counts once its report is out.
 */
export async function publishedReviews(db: Db, unitIds: readonly string[], asOf: string) {
  if (unitIds.length === 0) return [];
  const published = sql<string>`to_char(campaigns.report_published_at AT TIME ZONE ${SWEDEN}, 'YYYY-MM-DD')`;
  return db
    .selectFrom('campaigns')
    .innerJoin('campaign_units', 'campaign_units.campaign_id', 'campaigns.id')
    .select(['campaign_units.unit_id as unitId', 'campaigns.id as reviewId', published.as('date')])
    .where('campaigns.kind', '=', 'review')
    .where('campaigns.report_published_at', 'is not', null)
    .where('campaign_units.unit_id', 'in', unitIds)
    .where(published, '<=', asOf)
    .orderBy('date', 'desc')
    .orderBy('campaigns.id', 'desc')
    .execute();
}

/** The grades of each review's newest published report revision. */
export async function publishedGrades(db: Db, reviewIds: readonly string[]) {
  if (reviewIds.length === 0) return new Map<string, ReportContent['areas']>();
  const rows = await db
    .selectFrom('report_revisions')
    .select(['campaign_id as reviewId', 'content'])
    .distinctOn('campaign_id')
    .where('campaign_id', 'in', reviewIds)
    .where('status', '=', 'published')
    .orderBy('campaign_id')
    .orderBy('revision', 'desc')
    .execute();
  return new Map(rows.map((r) => [r.reviewId, (r.content as ReportContent).areas]));
}

/** Reviews of these units under way: a draft, open, or closed with the report not yet published. */
export async function reviewsUnderWay(db: Db, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('campaigns')
    .innerJoin('campaign_units', 'campaign_units.campaign_id', 'campaigns.id')
    .select(['campaign_units.unit_id as unitId', 'campaigns.id as reviewId', sql<ReviewStatus>`campaigns.status`.as('status')])
    .where('campaigns.kind', '=', 'review')
    .where('campaigns.report_published_at', 'is', null)
    .where('campaign_units.unit_id', 'in', unitIds)
    .orderBy('campaigns.id', 'desc')
    .execute();
}

export async function recordedReviews(db: Db, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('external_reviews')
    .select(['id', 'unit_id as unitId', 'reviewed_on as date', 'body', 'link', 'source'])
    .where('unit_id', 'in', unitIds)
    .orderBy('reviewed_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

/** Each unit's newest internal review up to `year`. */
export async function latestInternalReviews(db: Db, unitIds: readonly string[], year: number) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('internal_reviews')
    .select(['unit_id as unitId', 'year', 'method'])
    .distinctOn('unit_id')
    .where('unit_id', 'in', unitIds)
    .where('year', '<=', year)
    .orderBy('unit_id')
    .orderBy('year', 'desc')
    .execute();
}

export async function contactsOf(db: Db, unitIds: readonly string[]) {
  if (unitIds.length === 0) return [];
  return db
    .selectFrom('unit_contacts')
    .select([
      'unit_id as unitId',
      'head_name as headName',
      'head_email as headEmail',
      'director_name as directorName',
      'director_email as directorEmail',
    ])
    .where('unit_id', 'in', unitIds)
    .execute();
}

export async function findUnit(db: Db, unitId: string) {
  return db.selectFrom('units').select(['id', 'hospital_id as hospitalId', 'code', 'name', 'specialty']).where('id', '=', unitId).executeTakeFirst();
}

export async function hospitalName(db: Db, hospitalId: string) {
  const row = await db.selectFrom('hospitals').select('name').where('id', '=', hospitalId).where('pool_only', '=', false).executeTakeFirst();
  return row?.name;
}

export async function findOrganisation(db: Db, organisationId: string) {
  const organisation = await db
    .selectFrom('organisations')
    .select(['id', 'name', 'review_interval_years as intervalYears'])
    .where('id', '=', organisationId)
    .executeTakeFirst();
  if (!organisation) return undefined;
  const hospitals = await db.selectFrom('organisation_hospitals').select('hospital_id').where('organisation_id', '=', organisationId).execute();
  return { ...organisation, hospitalIds: hospitals.map((h) => h.hospital_id) };
}

export async function setReviewInterval(db: Db, organisationId: string, years: number): Promise<boolean> {
  const result = await db.updateTable('organisations').set({ review_interval_years: years }).where('id', '=', organisationId).executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertRecordedReviews(db: Db, rows: (RecordReviewBody & { unitId: string })[], source: 'hand' | 'import', actorId: string) {
  if (rows.length === 0) return [];
  const inserted = await db
    .insertInto('external_reviews')
    .values(rows.map((r) => ({ unit_id: r.unitId, reviewed_on: r.reviewedOn, body: r.body, link: r.link ?? null, source, recorded_by: actorId })))
    .returning('id')
    .execute();
  return inserted.map((r) => r.id);
}

export async function deleteRecordedReview(db: Db, unitId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom('external_reviews').where('id', '=', id).where('unit_id', '=', unitId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function upsertInternalReview(db: Db, unitId: string, year: number, method: string, actorId: string) {
  await db
    .insertInto('internal_reviews')
    .values({ unit_id: unitId, year, method, recorded_by: actorId })
    .onConflict((oc) => oc.columns(['unit_id', 'year']).doUpdateSet({ method, recorded_by: actorId, recorded_at: sql`now()` }))
    .execute();
}

export async function deleteInternalReview(db: Db, unitId: string, year: number): Promise<boolean> {
  const result = await db.deleteFrom('internal_reviews').where('unit_id', '=', unitId).where('year', '=', year).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function upsertContacts(db: Db, unitId: string, contacts: UnitContactsBody, actorId: string) {
  const values = {
    head_name: contacts.headName || null,
    head_email: contacts.headEmail,
    director_name: contacts.directorName || null,
    director_email: contacts.directorEmail,
    updated_by: actorId,
  };
  await db
    .insertInto('unit_contacts')
    .values({ unit_id: unitId, ...values })
    .onConflict((oc) => oc.column('unit_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
}

/**
 * Claims a reminder for a unit's due date: true for the one caller that inserted it. The primary
 * key, not a check-then-insert, decides, so two servers or two runs at once send it once.
 */
export async function claimReminder(db: Db, unitId: string, dueOn: string, stage: '12m' | '3m', mailed: number): Promise<boolean> {
  const row = await db
    .insertInto('coverage_reminders')
    .values({ unit_id: unitId, due_on: dueOn, stage, mailed })
    .onConflict((oc) => oc.doNothing())
    .returning('unit_id')
    .executeTakeFirst();
  return row !== undefined;
}
