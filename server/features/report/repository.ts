import { sql, type SqlBool } from 'kysely';
import { agreementScale } from '../../../surveys/scales.js';
import type { Db } from '../../db/database.js';
import type { Role, SpecialtyGroup } from '../../../contract/domain.js';

export interface UnitRoleCounts {
  itemId: string;
  role: Role;
  unitId: string;
  answered: number;
  agreeing: number;
  dontKnow: number;
}

/**
 * Limits answers (`a`) to one review's: its response ids as one array, which the planner reads
 * as a short list for the answers' primary key. Joined to responses by campaign alone, it scanned
 * every answer of every review instead (a hash join over a sequential scan: 55 ms at 100,000
 * answers embedded, growing with the pool; 4 ms this way, issue 22).
 */
export const answersOfReview = (reviewId: string) => sql<SqlBool>`a.response_id = ANY (ARRAY(SELECT id FROM responses WHERE campaign_id = ${reviewId}))`;

/** Agreement counts of a review's statements per unit × role ("don't know" counted apart). */
export async function agreementCounts(db: Db, reviewId: string, statementIds: string[]): Promise<UnitRoleCounts[]> {
  const rows = await sql<{ itemId: string; role: Role; unitId: string; answered: string; agreeing: string; dontKnow: string }>`
    SELECT a.item_id AS "itemId", r.role, r.unit_id AS "unitId",
           count(*) FILTER (WHERE a.value_num BETWEEN 1 AND 4) AS answered,
           count(*) FILTER (WHERE a.value_num = ANY (${sql.val([...agreementScale.agreeing])}::numeric[])) AS agreeing,
           count(*) FILTER (WHERE a.value_num = ${agreementScale.notApplicable.value}) AS "dontKnow"
    FROM answers a JOIN responses r ON r.id = a.response_id
    WHERE r.campaign_id = ${reviewId} AND ${answersOfReview(reviewId)} AND a.item_id = ANY (${sql.val(statementIds)}::text[])
    GROUP BY a.item_id, r.role, r.unit_id`.execute(db);
  return rows.rows.map((r) => ({ ...r, answered: Number(r.answered), agreeing: Number(r.agreeing), dontKnow: Number(r.dontKnow) }));
}

/** The answers to numeric items, one value per respondent, with unit (few rows: one per person). */
export async function numericValues(db: Db, reviewId: string, itemIds: string[]) {
  const rows = await db
    .selectFrom('answers as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .select(['a.item_id as itemId', 'r.role', 'r.unit_id as unitId', 'a.value_num as value'])
    .where('r.campaign_id', '=', reviewId)
    .where(answersOfReview(reviewId))
    .where('a.item_id', 'in', itemIds.length > 0 ? itemIds : [''])
    .where('a.value_num', 'is not', null)
    .execute();
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

export async function reviewUnits(db: Db, reviewId: string): Promise<{ id: string; code: string; name: string; specialtyGroup: SpecialtyGroup }[]> {
  return db
    .selectFrom('campaign_units as cu')
    .innerJoin('units as u', 'u.id', 'cu.unit_id')
    .select(['u.id', 'u.code', 'u.name', 'u.specialty_group as specialtyGroup'])
    .where('cu.campaign_id', '=', reviewId)
    .orderBy('u.name')
    .execute();
}

export async function hospitalCode(db: Db, hospitalId: string): Promise<string> {
  return (await db.selectFrom('hospitals').select('code').where('id', '=', hospitalId).executeTakeFirstOrThrow()).code;
}

/**
 * People who submitted the main survey, per unit × role: `counted` leaves out late additions
 * (respondents added after the first invitations), who never help a group reach the threshold;
 * `submitted` is everyone.
 */
export async function peopleCounts(db: Db, reviewId: string, surveyKey: string) {
  const rows = await sql<{ unitId: string; role: Role; counted: string; submitted: string }>`
    SELECT r.unit_id AS "unitId", r.role, count(*) FILTER (WHERE NOT coalesce(p.added_late, false)) AS counted, count(*) AS submitted
    FROM responses r
    JOIN survey_versions sv ON sv.id = r.survey_version_id AND sv.survey_key = ${surveyKey}
    LEFT JOIN invitations i ON i.id = r.invitation_id
    LEFT JOIN respondents p ON p.id = i.respondent_id
    WHERE r.campaign_id = ${reviewId} AND r.unit_id IS NOT NULL
    GROUP BY r.unit_id, r.role`.execute(db);
  return rows.rows.map((r) => ({ unitId: r.unitId, role: r.role, counted: Number(r.counted), submitted: Number(r.submitted) }));
}

/** Respondents added after the first invitations, per unit × role, with who added them. */
export async function lateAdditions(db: Db, reviewId: string) {
  const rows = await sql<{ unitId: string; unitName: string; role: Role; added: string; addedBy: string[] }>`
    SELECT p.unit_id AS "unitId", u.name AS "unitName", p.role, count(*) AS added,
           array_agg(DISTINCT coalesce(us.name, '?') ORDER BY coalesce(us.name, '?')) AS "addedBy"
    FROM respondents p
    JOIN units u ON u.id = p.unit_id
    LEFT JOIN users us ON us.id = p.added_by
    WHERE p.campaign_id = ${reviewId} AND p.added_late
    GROUP BY p.unit_id, u.name, p.role
    ORDER BY u.name, p.role`.execute(db);
  // A text[] arrives as an array (only arrays of a domain type, like role_code[], come as text).
  return rows.rows.map((r) => ({ ...r, added: Number(r.added) }));
}

export async function findSnapshot(db: Db, reviewId: string) {
  return db.selectFrom('report_snapshots').select(['figures', 'computed_at']).where('campaign_id', '=', reviewId).executeTakeFirst();
}

/** When the snapshot was computed, without its figures: enough to know a kept copy is the same. */
export async function snapshotTime(db: Db, reviewId: string): Promise<Date | undefined> {
  return (await db.selectFrom('report_snapshots').select('computed_at').where('campaign_id', '=', reviewId).executeTakeFirst())?.computed_at;
}

/** The first snapshot stored wins; a second computation (two readers at once) changes nothing. */
export async function insertSnapshot(db: Db, reviewId: string, figures: unknown): Promise<void> {
  await db
    .insertInto('report_snapshots')
    .values({ campaign_id: reviewId, figures: JSON.stringify(figures) })
    .onConflict((oc) => oc.column('campaign_id').doNothing())
    .execute();
}

/** How many chose each option of the given choice items in a review (few rows: items × options). */
export async function choiceCounts(db: Db, reviewId: string, itemIds: string[]) {
  if (itemIds.length === 0) return [];
  const rows = await db
    .selectFrom('answers as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .select(['a.item_id as itemId', 'a.choice', (eb) => eb.fn.countAll<string>().as('count')])
    .where('r.campaign_id', '=', reviewId)
    .where(answersOfReview(reviewId))
    .where('a.item_id', 'in', itemIds)
    .where('a.choice', 'is not', null)
    .groupBy(['a.item_id', 'a.choice'])
    .execute();
  return rows.map((r) => ({ itemId: r.itemId, choice: r.choice!, count: Number(r.count) }));
}

/** The written answers to one text item of one of the review's surveys, with the review's salt for their order. */
export async function textAnswers(db: Db, reviewId: string, surveyKey: string, itemId: string) {
  return db
    .selectFrom('answers as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .innerJoin('survey_versions as sv', 'sv.id', 'r.survey_version_id')
    .innerJoin('campaigns as c', 'c.id', 'r.campaign_id')
    .select(['a.response_id as responseId', 'a.text_value as text', 'c.suggestion_salt as salt'])
    .where('r.campaign_id', '=', reviewId)
    .where(answersOfReview(reviewId))
    .where('sv.survey_key', '=', surveyKey)
    .where('a.item_id', '=', itemId)
    .where('a.text_value', 'is not', null)
    .execute();
}
