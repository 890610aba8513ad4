import { sql } from 'kysely';
import type { AnnualGoal } from '../../../contract/director-annual.js';
import type { ReviewStatus, Role } from '../../../contract/domain.js';
import type { Db } from '../../db/database.js';

export interface AnnualRow {
  id: string;
  title: string;
  year: number;
  status: ReviewStatus;
  organisationId: string;
  organisationName: string;
  gridPublished: boolean;
  closesAt: string | null;
  anonymityThreshold: number;
  publishedAt: Date | null;
  clinics: number;
}

function annuals(db: Db) {
  return db
    .selectFrom('campaigns as c')
    .innerJoin('organisations as o', 'o.id', 'c.organisation_id')
    .where('c.kind', '=', 'director_annual')
    .select((eb) => [
      'c.id',
      'c.title',
      sql<number>`c.period_year`.as('year'),
      'c.status',
      'o.id as organisationId',
      'o.name as organisationName',
      'o.grid_published as gridPublished',
      'c.closes_at as closesAt',
      'c.anonymity_threshold as anonymityThreshold',
      'c.report_published_at as publishedAt',
      eb.selectFrom('campaign_units as cu').select(eb.fn.countAll<number>().as('n')).whereRef('cu.campaign_id', '=', 'c.id').as('clinics'),
    ]);
}

export async function findAnnual(db: Db, id: string, forUpdate = false): Promise<AnnualRow | undefined> {
  let query = annuals(db).where('c.id', '=', id);
  if (forUpdate) query = query.forUpdate('c');
  const row = await query.executeTakeFirst();
  return row && { ...row, clinics: Number(row.clinics) };
}

export async function listAnnuals(db: Db, filter: { inspectorId?: string; hospitalId?: string; publishedOnly?: boolean }): Promise<AnnualRow[]> {
  let query = annuals(db).orderBy('c.period_year', 'desc').orderBy('o.name');
  if (filter.inspectorId) {
    const inspectorId = filter.inspectorId;
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('campaign_inspectors as ci').select('ci.user_id').whereRef('ci.campaign_id', '=', 'c.id').where('ci.user_id', '=', inspectorId)),
    );
  }
  if (filter.hospitalId) {
    const hospitalId = filter.hospitalId;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom('organisation_hospitals as oh')
          .select('oh.hospital_id')
          .whereRef('oh.organisation_id', '=', 'c.organisation_id')
          .where('oh.hospital_id', '=', hospitalId),
      ),
    );
  }
  if (filter.publishedOnly) query = query.where('c.report_published_at', 'is not', null);
  return (await query.execute()).map((r) => ({ ...r, clinics: Number(r.clinics) }));
}

export async function annualOfYear(db: Db, organisationId: string, year: number) {
  return db
    .selectFrom('campaigns')
    .select('id')
    .where('kind', '=', 'director_annual')
    .where('organisation_id', '=', organisationId)
    .where('period_year', '=', year)
    .executeTakeFirst();
}

export async function insertAnnual(db: Db, input: { organisationId: string; year: number; title: string; closesAt: string | null }): Promise<string> {
  const row = await db
    .insertInto('campaigns')
    .values({
      kind: 'director_annual',
      organisation_id: input.organisationId,
      period_year: input.year,
      title: input.title,
      closes_at: input.closesAt,
      hospital_id: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function pinCampaign(
  db: Db,
  id: string,
  input: { unitIds: readonly string[]; surveyVersionId: string; roles: Role[]; inspectorId: string | null },
) {
  await db
    .insertInto('campaign_units')
    .values(input.unitIds.map((unitId) => ({ campaign_id: id, unit_id: unitId })))
    .execute();
  await db
    .insertInto('campaign_surveys')
    .values({ campaign_id: id, survey_version_id: input.surveyVersionId, roles: sql`${sql.val(input.roles)}::role_code[]` as unknown as Role[] })
    .execute();
  if (input.inspectorId) await db.insertInto('campaign_inspectors').values({ campaign_id: id, user_id: input.inspectorId }).execute();
}

export { setCampaignStatus as setStatus, markCampaignPublished as markPublished } from '../../kinds/campaign-repository.js';

export async function inspectorIds(db: Db, id: string): Promise<string[]> {
  return (await db.selectFrom('campaign_inspectors').select('user_id').where('campaign_id', '=', id).execute()).map((r) => r.user_id);
}

export async function organisationHospitalIds(db: Db, organisationId: string): Promise<string[]> {
  return (await db.selectFrom('organisation_hospitals').select('hospital_id').where('organisation_id', '=', organisationId).execute()).map(
    (r) => r.hospital_id,
  );
}

/** The campaign's clinics, each with its study director (if one is named) and whether they answered. */
export async function clinicsOf(db: Db, id: string) {
  return db
    .selectFrom('campaign_units as cu')
    .innerJoin('units as u', 'u.id', 'cu.unit_id')
    .innerJoin('hospitals as h', 'h.id', 'u.hospital_id')
    .leftJoin('respondents as r', (join) => join.onRef('r.campaign_id', '=', 'cu.campaign_id').onRef('r.unit_id', '=', 'cu.unit_id'))
    .leftJoin('invitations as i', 'i.respondent_id', 'r.id')
    .select([
      'u.id as unitId',
      'u.name as unitName',
      'h.name as hospitalName',
      'r.id as respondentId',
      'r.name',
      'r.email',
      'i.sent_at as invitedAt',
      'i.answered_at as answeredAt',
    ])
    .where('cu.campaign_id', '=', id)
    .orderBy('h.name')
    .orderBy('u.name')
    .execute();
}

/** Each answering clinic's raw answers: named by design (docs/domain.md §4), one director per clinic. */
export async function answersOf(db: Db, id: string) {
  return db.selectFrom('responses').select(['unit_id as unitId', 'raw']).where('campaign_id', '=', id).execute();
}

export async function storeValues(db: Db, id: string, rows: { unitId: string; measure: string; value: number | null }[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('annual_values')
    .values(rows.map((r) => ({ campaign_id: id, unit_id: r.unitId, measure: r.measure, value: r.value })))
    .execute();
}

/** The report's figures are kept, like a review's, in the one snapshot table, written once at closing. */
export async function storeSnapshot(db: Db, id: string, figures: unknown): Promise<void> {
  await db
    .insertInto('report_snapshots')
    .values({ campaign_id: id, figures: JSON.stringify(figures) })
    .execute();
}

export async function snapshotOf(db: Db, id: string) {
  return db.selectFrom('report_snapshots').select(['figures', 'computed_at as computedAt']).where('campaign_id', '=', id).executeTakeFirst();
}

/** The organisation's closed annual reports' snapshots, for the trends. */
export async function earlierSnapshots(db: Db, organisationId: string, untilYear: number) {
  return db
    .selectFrom('campaigns as c')
    .innerJoin('report_snapshots as s', 's.campaign_id', 'c.id')
    .select([sql<number>`c.period_year`.as('year'), 's.figures'])
    .where('c.kind', '=', 'director_annual')
    .where('c.organisation_id', '=', organisationId)
    .where('c.period_year', '<=', untilYear)
    .execute();
}

/** SPUR reviews of the organisation's hospitals, with the date their report was published. */
export async function reviewsOfOrganisation(db: Db, organisationId: string) {
  return db
    .selectFrom('campaigns as c')
    .innerJoin('organisation_hospitals as oh', 'oh.hospital_id', 'c.hospital_id')
    .select(['c.title', sql<string>`to_char(c.report_published_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD')`.as('date')])
    .where('c.kind', '=', 'review')
    .where('oh.organisation_id', '=', organisationId)
    .where('c.report_published_at', 'is not', null)
    .orderBy('c.report_published_at')
    .execute();
}

// ---------------------------------------------------------------- goals and history

export interface StoredGoalSet {
  fromYear: number;
  goals: AnnualGoal[];
}

export async function goalSets(db: Db, organisationId: string): Promise<StoredGoalSet[]> {
  const rows = await db.selectFrom('annual_goals').selectAll().where('organisation_id', '=', organisationId).orderBy('from_year').orderBy('position').execute();
  const sets = new Map<number, AnnualGoal[]>();
  for (const r of rows) {
    const goal: AnnualGoal = {
      key: r.goal_key,
      label: { sv: r.label_sv, en: r.label_en },
      measure: r.measure,
      comparison: r.comparison,
      threshold: r.threshold === null ? null : Number(r.threshold),
      unit: r.unit,
    };
    sets.set(r.from_year, [...(sets.get(r.from_year) ?? []), goal]);
  }
  return [...sets.entries()].map(([fromYear, goals]) => ({ fromYear, goals }));
}

export async function replaceGoalSet(db: Db, organisationId: string, year: number, goals: readonly AnnualGoal[], by: string): Promise<void> {
  await db.deleteFrom('annual_goals').where('organisation_id', '=', organisationId).where('from_year', '=', year).execute();
  if (goals.length === 0) return;
  await db
    .insertInto('annual_goals')
    .values(
      goals.map((g, position) => ({
        organisation_id: organisationId,
        goal_key: g.key,
        from_year: year,
        position,
        label_sv: g.label.sv,
        label_en: g.label.en,
        measure: g.measure,
        comparison: g.comparison,
        threshold: g.threshold,
        unit: g.unit,
        updated_by: by,
      })),
    )
    .execute();
}

/** The latest year the organisation has closed an annual report for. */
export async function lastClosedYear(db: Db, organisationId: string): Promise<number | null> {
  const row = await db
    .selectFrom('campaigns')
    .select((eb) => eb.fn.max<number>('period_year').as('year'))
    .where('kind', '=', 'director_annual')
    .where('organisation_id', '=', organisationId)
    .where('status', '=', 'closed')
    .executeTakeFirst();
  return row?.year ?? null;
}

export async function history(db: Db, organisationId: string) {
  return db
    .selectFrom('annual_history')
    .select(['goal_key as goal', 'year', 'share', 'n', 'threshold'])
    .where('organisation_id', '=', organisationId)
    .orderBy('goal_key')
    .orderBy('year')
    .execute();
}

export async function upsertHistory(
  db: Db,
  organisationId: string,
  rows: { goal: string; year: number; share: number; n: number; threshold: number | null }[],
  by: string,
) {
  if (rows.length === 0) return;
  await db
    .insertInto('annual_history')
    .values(
      rows.map((r) => ({ organisation_id: organisationId, goal_key: r.goal, year: r.year, share: r.share, n: r.n, threshold: r.threshold, imported_by: by })),
    )
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'goal_key', 'year']).doUpdateSet((eb) => ({
        share: eb.ref('excluded.share'),
        n: eb.ref('excluded.n'),
        threshold: eb.ref('excluded.threshold'),
        imported_by: eb.ref('excluded.imported_by'),
        imported_at: sql`now()`,
      })),
    )
    .execute();
}
