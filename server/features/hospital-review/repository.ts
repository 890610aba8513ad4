import { sql } from 'kysely';
import type { HospitalProfileBody } from '../../../contract/hospital-review.js';
import type { Db } from '../../db/database.js';

/** All SQL of the hospital-level review's own tables; its judgements, notes, report and plan live in the shared ones. */

export async function insertHospitalReview(db: Db, input: { title: string; hospitalId: string }): Promise<string> {
  const row = await db
    .insertInto('campaigns')
    .values({ kind: 'hospital_review', title: input.title, hospital_id: input.hospitalId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const summaryColumns = [
  'c.id',
  'c.title',
  'c.status',
  'c.hospital_id as hospitalId',
  'h.name as hospitalName',
  'c.report_published_at as reportPublishedAt',
  'c.created_at as createdAt',
] as const;

function hospitalReviews(db: Db) {
  return db.selectFrom('campaigns as c').innerJoin('hospitals as h', 'h.id', 'c.hospital_id').where('c.kind', '=', 'hospital_review');
}

export async function findHospitalReview(db: Db, id: string, forUpdate = false) {
  let query = hospitalReviews(db).select(summaryColumns).where('c.id', '=', id);
  if (forUpdate) query = query.forUpdate('c');
  return query.executeTakeFirst();
}

export async function listHospitalReviews(db: Db, filter: { inspectorId?: string; hospitalId?: string; publishedOnly?: boolean }) {
  let query = hospitalReviews(db).select(summaryColumns).orderBy('c.created_at', 'desc').orderBy('c.id', 'desc');
  if (filter.inspectorId) {
    const inspectorId = filter.inspectorId;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('campaign_inspectors as ci').select('ci.user_id').whereRef('ci.campaign_id', '=', 'c.id').where('ci.user_id', '=', inspectorId)),
    );
  }
  if (filter.hospitalId) query = query.where('c.hospital_id', '=', filter.hospitalId);
  if (filter.publishedOnly) query = query.where('c.report_published_at', 'is not', null);
  return query.execute();
}

export async function setInspectors(db: Db, id: string, userIds: readonly string[]): Promise<void> {
  if (userIds.length === 0) return;
  await db
    .insertInto('campaign_inspectors')
    .values(userIds.map((userId) => ({ campaign_id: id, user_id: userId })))
    .execute();
}

export async function markClosed(db: Db, id: string): Promise<void> {
  await db
    .updateTable('campaigns')
    .set({ status: 'closed', updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

// ---- profile ------------------------------------------------------------------------------

export async function profile(db: Db, id: string) {
  return db
    .selectFrom('hospital_profiles')
    .select(['beds', 'doctors', 'st_doctors', 'director_percent_per_trainee', 'st_funding_per_post', 'updated_at'])
    .where('campaign_id', '=', id)
    .executeTakeFirst();
}

export async function saveProfile(db: Db, id: string, body: HospitalProfileBody, actorId: string): Promise<void> {
  const values = {
    beds: body.beds,
    doctors: body.doctors,
    st_doctors: body.stDoctors,
    director_percent_per_trainee: body.directorPercentPerTrainee,
    st_funding_per_post: body.stFundingPerPost,
    updated_by: actorId,
  };
  await db
    .insertInto('hospital_profiles')
    .values({ campaign_id: id, ...values })
    .onConflict((oc) => oc.column('campaign_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
}

// ---- leadership functions -----------------------------------------------------------------

export async function functions(db: Db, id: string) {
  return db.selectFrom('hospital_review_functions').select(['key', 'position', 'label']).where('campaign_id', '=', id).orderBy('position').execute();
}

export async function insertFunctions(db: Db, id: string, rows: { key: string; position: number; label: string | null }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('hospital_review_functions')
    .values(rows.map((r) => ({ campaign_id: id, ...r })))
    .execute();
}

// ---- synthesis ----------------------------------------------------------------------------

export async function storedSynthesis(db: Db, id: string) {
  return db.selectFrom('hospital_review_syntheses').select(['synthesis', 'computed_at']).where('campaign_id', '=', id).executeTakeFirst();
}

export async function storeSynthesis(db: Db, id: string, synthesis: unknown): Promise<void> {
  await db
    .insertInto('hospital_review_syntheses')
    .values({ campaign_id: id, synthesis: JSON.stringify(synthesis) })
    .execute();
}
