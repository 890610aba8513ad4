import { sql } from 'kysely';
import type { DecisionBody, MappingCategory, SourceType } from '../../../contract/mapping.js';
import type { ReviewStatus, Role } from '../../../contract/domain.js';
import type { Db } from '../../db/database.js';

export interface RoundRow {
  id: string;
  title: string;
  year: number;
  status: ReviewStatus;
  closesAt: string | null;
  publishedAt: Date | null;
  sources: number;
  answered: number;
}

function rounds(db: Db) {
  return db
    .selectFrom('campaigns as c')
    .where('c.kind', '=', 'mapping')
    .select((eb) => [
      'c.id',
      'c.title',
      sql<number>`c.period_year`.as('year'),
      'c.status',
      'c.closes_at as closesAt',
      'c.report_published_at as publishedAt',
      eb.selectFrom('mapping_sources as s').select(eb.fn.countAll<string>().as('n')).whereRef('s.campaign_id', '=', 'c.id').as('sources'),
      eb
        .selectFrom('mapping_sources as s')
        .innerJoin('invitations as i', 'i.respondent_id', 's.respondent_id')
        .select(eb.fn.countAll<string>().as('n'))
        .whereRef('s.campaign_id', '=', 'c.id')
        .where('i.answered_at', 'is not', null)
        .as('answered'),
    ]);
}

const roundOf = (r: Omit<RoundRow, 'sources' | 'answered'> & { sources: string | number | null; answered: string | number | null }): RoundRow => ({
  ...r,
  sources: Number(r.sources ?? 0),
  answered: Number(r.answered ?? 0),
});

export async function findRound(db: Db, id: string, forUpdate = false): Promise<RoundRow | undefined> {
  let query = rounds(db).where('c.id', '=', id);
  if (forUpdate) query = query.forUpdate('c');
  const row = await query.executeTakeFirst();
  return row && roundOf(row);
}

export async function listRounds(db: Db, publishedOnly: boolean): Promise<RoundRow[]> {
  let query = rounds(db).orderBy('c.period_year', 'desc');
  if (publishedOnly) query = query.where('c.report_published_at', 'is not', null);
  return (await query.execute()).map(roundOf);
}

export async function roundOfYear(db: Db, year: number) {
  return db.selectFrom('campaigns').select('id').where('kind', '=', 'mapping').where('period_year', '=', year).executeTakeFirst();
}

/** The latest published round before a year, whose snapshot the report compares with. */
export async function previousPublished(db: Db, year: number) {
  return db
    .selectFrom('campaigns as c')
    .innerJoin('report_snapshots as s', 's.campaign_id', 'c.id')
    .select(['c.id', sql<number>`c.period_year`.as('year'), 'c.title', 's.figures'])
    .where('c.kind', '=', 'mapping')
    .where('c.period_year', '<', year)
    .where('c.report_published_at', 'is not', null)
    .orderBy('c.period_year', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function insertRound(
  db: Db,
  input: { year: number; title: string; closesAt: string | null; surveyVersionId: string; roles: Role[] },
): Promise<string> {
  const { id } = await db
    .insertInto('campaigns')
    .values({ kind: 'mapping', period_year: input.year, title: input.title, closes_at: input.closesAt, hospital_id: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('campaign_surveys')
    .values({ campaign_id: id, survey_version_id: input.surveyVersionId, roles: sql`${sql.val(input.roles)}::role_code[]` as unknown as Role[] })
    .execute();
  return id;
}

export { setCampaignStatus as setStatus, markCampaignPublished as markPublished } from '../../kinds/campaign-repository.js';

// ---------------------------------------------------------------- regions and branches

export async function regions(db: Db) {
  return db.selectFrom('regions').select(['code', 'name_sv as sv', 'name_en as en']).orderBy('name_sv').execute();
}

export async function branches(db: Db) {
  return db.selectFrom('mapping_branches').select(['id', 'name', 'region_code as regionCode']).orderBy('region_code').orderBy('name').execute();
}

export async function insertBranch(db: Db, name: string, regionCode: string): Promise<string> {
  const row = await db.insertInto('mapping_branches').values({ name, region_code: regionCode }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

export async function branchByName(db: Db, name: string) {
  return db
    .selectFrom('mapping_branches')
    .select('id')
    .where(sql`lower(name)`, '=', name.toLowerCase())
    .executeTakeFirst();
}

export async function programmesOf(db: Db) {
  return db
    .selectFrom('programmes')
    .select(['region_code as regionCode', 'name', 'programme_type as type', 'status', 'places_per_year as placesPerYear'])
    .orderBy('name')
    .execute();
}

// ---------------------------------------------------------------- sources

export async function sourcesOf(db: Db, id: string) {
  return db
    .selectFrom('mapping_sources as s')
    .innerJoin('respondents as r', 'r.id', 's.respondent_id')
    .leftJoin('mapping_branches as b', 'b.id', 's.branch_id')
    .leftJoin('invitations as i', 'i.respondent_id', 'r.id')
    .leftJoin('responses as x', 'x.invitation_id', 'i.id')
    .select([
      'r.id as respondentId',
      's.region_code as regionCode',
      's.source_type as type',
      'b.id as branchId',
      'b.name as branchName',
      'r.name',
      'r.email',
      'i.sent_at as invitedAt',
      'i.answered_at as answeredAt',
      'x.raw',
    ])
    .where('s.campaign_id', '=', id)
    .orderBy('s.region_code')
    .orderBy('s.source_type')
    .orderBy('b.name')
    .execute();
}

export async function insertSources(
  db: Db,
  id: string,
  sources: { regionCode: string; type: SourceType; branchId: string | null; name: string; email: string; role: Role }[],
  by: string | null,
): Promise<void> {
  if (sources.length === 0) return;
  const rows = await db
    .insertInto('respondents')
    .values(sources.map((s) => ({ campaign_id: id, name: s.name, email: s.email, role: s.role, unit_id: null, added_by: by })))
    .returning('id')
    .execute();
  await db
    .insertInto('mapping_sources')
    .values(sources.map((s, i) => ({ respondent_id: rows[i]!.id, campaign_id: id, region_code: s.regionCode, source_type: s.type, branch_id: s.branchId })))
    .execute();
}

// ---------------------------------------------------------------- decisions

export interface DecisionRow {
  regionCode: string;
  categories: MappingCategory[];
  note: string;
  placesPerYear: number | null;
  stDoctors: number | null;
  decidedAt: Date;
}

export async function decisionsOf(db: Db, id: string): Promise<DecisionRow[]> {
  return db
    .selectFrom('mapping_decisions')
    .select(['region_code as regionCode', 'categories', 'note', 'places_per_year as placesPerYear', 'st_doctors as stDoctors', 'decided_at as decidedAt'])
    .where('campaign_id', '=', id)
    .execute();
}

export async function upsertDecision(db: Db, id: string, regionCode: string, decision: DecisionBody, by: string): Promise<void> {
  const values = {
    categories: sql<MappingCategory[]>`${sql.val(decision.categories)}::text[]` as unknown as MappingCategory[],
    note: decision.note,
    places_per_year: decision.placesPerYear,
    st_doctors: decision.stDoctors,
    decided_by: by,
  };
  await db
    .insertInto('mapping_decisions')
    .values({ campaign_id: id, region_code: regionCode, ...values })
    .onConflict((oc) => oc.columns(['campaign_id', 'region_code']).doUpdateSet({ ...values, decided_at: sql`now()` }))
    .execute();
}

// ---------------------------------------------------------------- snapshot

export async function storeSnapshot(db: Db, id: string, figures: unknown): Promise<void> {
  await db
    .insertInto('report_snapshots')
    .values({ campaign_id: id, figures: JSON.stringify(figures) })
    .execute();
}

export async function snapshotOf(db: Db, id: string) {
  return db.selectFrom('report_snapshots').select(['figures', 'computed_at as computedAt']).where('campaign_id', '=', id).executeTakeFirst();
}
