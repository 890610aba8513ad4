import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import type { ReviewStatus, Role } from '../../../contract/domain.js';

export interface ReviewRow {
  id: string;
  /** `review` (a clinic review with its survey) or `hospital_review` (the care provider's duties, features/hospital-review). */
  kind: ReviewKind;
  title: string;
  status: ReviewStatus;
  hospitalId: string;
  hospitalName: string;
  opensAt: string | null;
  closesAt: string | null;
  anonymityThreshold: number;
  benchmarkWindowMonths: number;
  /** A fixed benchmark period (both or neither): then the months before closing do not apply. */
  benchmarkFrom: string | null;
  benchmarkUntil: string | null;
  allowEdits: boolean;
  reportPublishedAt: Date | null;
  createdAt: Date;
}

/** The kinds that are reviews of a hospital, written up in a report with the same workflow. */
export const REVIEW_KINDS = ['review', 'hospital_review'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];

const reviewColumns = [
  'campaigns.id',
  'campaigns.kind',
  'campaigns.title',
  'campaigns.status',
  'campaigns.hospital_id as hospitalId',
  'hospitals.name as hospitalName',
  'campaigns.opens_at as opensAt',
  'campaigns.closes_at as closesAt',
  'campaigns.anonymity_threshold as anonymityThreshold',
  'campaigns.benchmark_window_months as benchmarkWindowMonths',
  'campaigns.benchmark_from as benchmarkFrom',
  'campaigns.benchmark_until as benchmarkUntil',
  'campaigns.allow_edits as allowEdits',
  'campaigns.report_published_at as reportPublishedAt',
  'campaigns.created_at as createdAt',
] as const;

function reviews(db: Db, kinds: readonly ReviewKind[] = ['review']) {
  return db.selectFrom('campaigns').innerJoin('hospitals', 'hospitals.id', 'campaigns.hospital_id').where('campaigns.kind', 'in', kinds);
}

/**
 * A review row of either kind, locked for update when a transaction changes it (status
 * transitions race otherwise). Routes that serve one kind only say so in their guard.
 */
export async function findReview(db: Db, id: string, forUpdate = false): Promise<ReviewRow | undefined> {
  let query = reviews(db, REVIEW_KINDS).select(reviewColumns).where('campaigns.id', '=', id);
  if (forUpdate) query = query.forUpdate('campaigns');
  return (await query.executeTakeFirst()) as ReviewRow | undefined;
}

export async function reviewUnitIds(db: Db, id: string): Promise<string[]> {
  const rows = await db.selectFrom('campaign_units').select('unit_id').where('campaign_id', '=', id).execute();
  return rows.map((r) => r.unit_id);
}

export async function reviewInspectors(db: Db, id: string) {
  return db
    .selectFrom('campaign_inspectors')
    .innerJoin('users', 'users.id', 'campaign_inspectors.user_id')
    .select(['users.id', 'users.name', 'users.email'])
    .where('campaign_inspectors.campaign_id', '=', id)
    .orderBy('users.name')
    .execute();
}

export async function reviewSurveys(db: Db, id: string) {
  const rows = await db
    .selectFrom('campaign_surveys')
    .innerJoin('survey_versions', 'survey_versions.id', 'campaign_surveys.survey_version_id')
    .select(['survey_versions.id as versionRowId', 'survey_versions.survey_key as key', 'survey_versions.hash', 'campaign_surveys.roles'])
    .where('campaign_surveys.campaign_id', '=', id)
    .orderBy('survey_versions.survey_key', 'desc')
    .execute();
  return rows.map((r) => ({ ...r, roles: parseRoles(r.roles) }));
}

/** pg returns an array of a domain type as its text form, e.g. "{st,head}". */
function parseRoles(value: unknown): Role[] {
  if (Array.isArray(value)) return value as Role[];
  return String(value).replace(/[{}]/g, '').split(',').filter(Boolean) as Role[];
}

export interface ReviewListFilter {
  inspectorId?: string;
  hospitalId?: string;
  publishedOnly?: boolean;
}

export async function listReviews(db: Db, filter: ReviewListFilter) {
  let query = reviews(db)
    .select([
      ...reviewColumns,
      (eb) =>
        eb.selectFrom('campaign_units').select(eb.fn.countAll<string>().as('n')).whereRef('campaign_units.campaign_id', '=', 'campaigns.id').as('unitCount'),
      sql<string>`(SELECT count(*) FROM invitations i JOIN respondents r ON r.id = i.respondent_id
                   WHERE r.campaign_id = campaigns.id AND i.sent_at IS NOT NULL)`.as('invited'),
      sql<string>`(SELECT count(*) FROM invitations i JOIN respondents r ON r.id = i.respondent_id
                   WHERE r.campaign_id = campaigns.id AND i.answered_at IS NOT NULL)`.as('answered'),
    ])
    .orderBy('campaigns.created_at', 'desc')
    .orderBy('campaigns.id', 'desc');
  if (filter.inspectorId) {
    const inspectorId = filter.inspectorId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('campaign_inspectors')
          .select('user_id')
          .whereRef('campaign_inspectors.campaign_id', '=', 'campaigns.id')
          .where('campaign_inspectors.user_id', '=', inspectorId),
      ),
    );
  }
  if (filter.hospitalId) query = query.where('campaigns.hospital_id', '=', filter.hospitalId);
  if (filter.publishedOnly) query = query.where('campaigns.report_published_at', 'is not', null);
  return query.execute();
}

export async function insertReview(
  db: Db,
  input: {
    title: string;
    hospitalId: string;
    opensAt: string | null;
    closesAt: string | null;
    anonymityThreshold: number;
    benchmarkWindowMonths: number;
    benchmarkPeriod: { from: string; until: string } | null;
    allowEdits: boolean;
  },
): Promise<string> {
  const row = await db
    .insertInto('campaigns')
    .values({
      kind: 'review',
      title: input.title,
      hospital_id: input.hospitalId,
      opens_at: input.opensAt,
      closes_at: input.closesAt,
      anonymity_threshold: input.anonymityThreshold,
      benchmark_window_months: input.benchmarkWindowMonths,
      benchmark_from: input.benchmarkPeriod?.from ?? null,
      benchmark_until: input.benchmarkPeriod?.until ?? null,
      allow_edits: input.allowEdits,
      period_year: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function updateReview(
  db: Db,
  id: string,
  changes: Partial<{
    title: string;
    opens_at: string | null;
    closes_at: string | null;
    anonymity_threshold: number;
    benchmark_window_months: number;
    benchmark_from: string | null;
    benchmark_until: string | null;
    allow_edits: boolean;
    status: ReviewStatus;
  }>,
): Promise<void> {
  await db
    .updateTable('campaigns')
    .set({ ...changes, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function setReviewUnits(db: Db, id: string, unitIds: readonly string[]): Promise<void> {
  await db.deleteFrom('campaign_units').where('campaign_id', '=', id).execute();
  await db
    .insertInto('campaign_units')
    .values(unitIds.map((unitId) => ({ campaign_id: id, unit_id: unitId })))
    .execute();
}

export async function setReviewInspectors(db: Db, id: string, userIds: readonly string[]): Promise<void> {
  await db.deleteFrom('campaign_inspectors').where('campaign_id', '=', id).execute();
  if (userIds.length > 0) {
    await db
      .insertInto('campaign_inspectors')
      .values(userIds.map((userId) => ({ campaign_id: id, user_id: userId })))
      .execute();
  }
}

export async function setReviewSurveys(db: Db, id: string, surveys: { versionRowId: string; roles: Role[] }[]): Promise<void> {
  await db.deleteFrom('campaign_surveys').where('campaign_id', '=', id).execute();
  await db
    .insertInto('campaign_surveys')
    .values(surveys.map((s) => ({ campaign_id: id, survey_version_id: s.versionRowId, roles: sql`${sql.val(s.roles)}::role_code[]` as unknown as Role[] })))
    .execute();
}

export async function inspectorUsers(db: Db, userIds: readonly string[]) {
  if (userIds.length === 0) return [];
  return db.selectFrom('users').select(['id', 'role', 'active']).where('id', 'in', userIds).execute();
}

/** Whether any invitation of the campaign has gone out: from then on the threshold is a promise made. */
export async function invitationsSent(db: Db, reviewId: string): Promise<boolean> {
  const row = await db
    .selectFrom('invitations as i')
    .innerJoin('respondents as r', 'r.id', 'i.respondent_id')
    .select('i.id')
    .where('r.campaign_id', '=', reviewId)
    .where('i.sent_at', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether the install holds any review yet (demo data may be loaded only into an empty one). */
export async function anyReview(db: Db): Promise<boolean> {
  return (await db.selectFrom('campaigns').select('id').limit(1).executeTakeFirst()) !== undefined;
}
