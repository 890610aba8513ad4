import { sql } from 'kysely';
import { agreementScale } from '../../../surveys/scales.js';
import type { Db, Role } from '../../db/database.js';

/** Where an answer comes from, as the pool keys it. */
export interface PoolKey {
  month: string;
  hospitalCode: string;
  unitKey: string;
  role: Role;
}

const AGREEING: readonly number[] = agreementScale.agreeing;
const onScale = (v: number) => agreementScale.choices.some((c) => c.value === v);

export const poolMonth = (date: Date) => `${date.toISOString().slice(0, 7)}-01`;
export const unitKeyOf = (hospitalCode: string, unitCode: string | null) => `${hospitalCode}/${unitCode ?? '-'}`;

/**
 * Adds (sign 1) or removes (sign −1) one response's statement answers to the pool's counts.
 * Call it in the transaction that stores or replaces the response.
 */
export async function applyToPool(db: Db, key: PoolKey, answers: { itemId: string; value: number }[], sign: 1 | -1): Promise<void> {
  const rows = answers
    .filter((a) => onScale(a.value))
    .map((a) => ({
      month: key.month,
      hospital_code: key.hospitalCode,
      unit_key: key.unitKey,
      role: key.role,
      item_id: a.itemId,
      answered: sign,
      agreeing: AGREEING.includes(a.value) ? sign : 0,
    }));
  if (rows.length === 0) return;
  if (sign === 1) {
    await db
      .insertInto('pool_counts')
      .values(rows)
      .onConflict((oc) =>
        oc.columns(['item_id', 'role', 'month', 'hospital_code', 'unit_key']).doUpdateSet({
          answered: sql`pool_counts.answered + excluded.answered`,
          agreeing: sql`pool_counts.agreeing + excluded.agreeing`,
        }),
      )
      .execute();
    return;
  }
  for (const row of rows) {
    await db
      .updateTable('pool_counts')
      .set({ answered: sql`answered - 1`, agreeing: sql`agreeing - ${-row.agreeing}` })
      .where('item_id', '=', row.item_id)
      .where('role', '=', row.role)
      .where('month', '=', row.month)
      .where('hospital_code', '=', row.hospital_code)
      .where('unit_key', '=', row.unit_key)
      .execute();
  }
}

export interface PoolShare {
  itemId: string;
  role: Role;
  answered: number;
  agreeing: number;
}

/** Pool totals per statement × role since `fromMonth`, without one hospital. */
export async function poolShares(db: Db, fromMonth: string, excludeHospitalCode: string): Promise<PoolShare[]> {
  const rows = await db
    .selectFrom('pool_counts')
    .select(['item_id as itemId', 'role', sql<string>`sum(answered)`.as('answered'), sql<string>`sum(agreeing)`.as('agreeing')])
    .where('month', '>=', fromMonth)
    .where('hospital_code', '<>', excludeHospitalCode)
    .groupBy(['item_id', 'role'])
    .execute();
  return rows.map((r) => ({ itemId: r.itemId, role: r.role, answered: Number(r.answered), agreeing: Number(r.agreeing) }));
}

/** Each pool unit's share per statement × role, for placing a unit among them (quartiles). */
export async function poolUnitShares(
  db: Db,
  fromMonth: string,
  excludeHospitalCode: string,
  minimum: number,
): Promise<{ itemId: string; role: Role; shares: number[] }[]> {
  const rows = await sql<{ itemId: string; role: Role; shares: number[] }>`
    SELECT item_id AS "itemId", role, array_agg(share) AS shares FROM (
      SELECT item_id, role, sum(agreeing)::float8 / sum(answered) AS share
      FROM pool_counts
      WHERE month >= ${fromMonth} AND hospital_code <> ${excludeHospitalCode}
      GROUP BY item_id, role, unit_key
      HAVING sum(answered) >= ${minimum}
    ) per_unit
    GROUP BY item_id, role`.execute(db);
  return rows.rows;
}

/** The counts recomputed from the raw answers, to check the kept counts against. */
export async function recountFromAnswers(db: Db, statementIds: string[]): Promise<{ key: string; answered: number; agreeing: number }[]> {
  const rows = await sql<{ key: string; answered: string; agreeing: string }>`
    SELECT concat_ws('|', to_char(date_trunc('month', r.submitted_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD'), h.code,
                     h.code || '/' || coalesce(u.code, '-'), r.role, a.item_id) AS key,
           count(*) FILTER (WHERE a.value_num BETWEEN 1 AND 4) AS answered,
           count(*) FILTER (WHERE a.value_num = ANY (${sql.val([...AGREEING])}::numeric[])) AS agreeing
    FROM answers a
    JOIN responses r ON r.id = a.response_id
    JOIN hospitals h ON h.id = r.hospital_id
    LEFT JOIN units u ON u.id = r.unit_id
    WHERE a.value_num BETWEEN 1 AND 4 AND a.item_id = ANY (${sql.val(statementIds)}::text[])
    GROUP BY 1 ORDER BY 1`.execute(db);
  return rows.rows.map((r) => ({ key: r.key, answered: Number(r.answered), agreeing: Number(r.agreeing) }));
}

export async function keptCounts(db: Db): Promise<{ key: string; answered: number; agreeing: number }[]> {
  const rows = await sql<{ key: string; answered: number; agreeing: number }>`
    SELECT concat_ws('|', to_char(month, 'YYYY-MM-DD'), hospital_code, unit_key, role, item_id) AS key, answered, agreeing
    FROM pool_counts WHERE answered > 0 ORDER BY 1`.execute(db);
  return rows.rows;
}
