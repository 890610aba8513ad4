import { sql } from 'kysely';
import { agreementScale } from '../../../surveys/scales.js';
import type { Db, Role, SpecialtyGroup } from '../../db/database.js';

export interface UnitRoleCounts {
  itemId: string;
  role: Role;
  unitId: string;
  answered: number;
  agreeing: number;
}

/** Agreement counts of a review's statements per unit × role ("don't know" left out). */
export async function agreementCounts(db: Db, campaignId: string, statementIds: string[]): Promise<UnitRoleCounts[]> {
  const rows = await sql<{ itemId: string; role: Role; unitId: string; answered: string; agreeing: string }>`
    SELECT a.item_id AS "itemId", r.role, r.unit_id AS "unitId",
           count(*) FILTER (WHERE a.value_num BETWEEN 1 AND 4) AS answered,
           count(*) FILTER (WHERE a.value_num = ANY (${sql.val([...agreementScale.agreeing])}::numeric[])) AS agreeing
    FROM answers a JOIN responses r ON r.id = a.response_id
    WHERE r.campaign_id = ${campaignId} AND a.item_id = ANY (${sql.val(statementIds)}::text[])
    GROUP BY a.item_id, r.role, r.unit_id`.execute(db);
  return rows.rows.map((r) => ({ ...r, answered: Number(r.answered), agreeing: Number(r.agreeing) }));
}

/** The answers to numeric items, one value per respondent, with unit (few rows: one per person). */
export async function numericValues(db: Db, campaignId: string, itemIds: string[]) {
  const rows = await db
    .selectFrom('answers as a')
    .innerJoin('responses as r', 'r.id', 'a.response_id')
    .select(['a.item_id as itemId', 'r.role', 'r.unit_id as unitId', 'a.value_num as value'])
    .where('r.campaign_id', '=', campaignId)
    .where('a.item_id', 'in', itemIds.length > 0 ? itemIds : [''])
    .where('a.value_num', 'is not', null)
    .execute();
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}

export async function reviewUnits(db: Db, campaignId: string): Promise<{ id: string; code: string; name: string; specialtyGroup: SpecialtyGroup }[]> {
  return db
    .selectFrom('campaign_units as cu')
    .innerJoin('units as u', 'u.id', 'cu.unit_id')
    .select(['u.id', 'u.code', 'u.name', 'u.specialty_group as specialtyGroup'])
    .where('cu.campaign_id', '=', campaignId)
    .orderBy('u.name')
    .execute();
}

export async function hospitalTargets(db: Db, hospitalId: string): Promise<Record<string, number>> {
  const rows = await db.selectFrom('hospital_targets').select(['item_id', 'target']).where('hospital_id', '=', hospitalId).execute();
  return Object.fromEntries(rows.map((r) => [r.item_id, Number(r.target)]));
}

export async function hospitalCode(db: Db, hospitalId: string): Promise<string> {
  return (await db.selectFrom('hospitals').select('code').where('id', '=', hospitalId).executeTakeFirstOrThrow()).code;
}
