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

const add = sql`answered = t.answered + excluded.answered, agreeing = t.agreeing + excluded.agreeing`;

/**
 * Adds (sign 1) or removes (sign −1) one response's statement answers to the pool's counts.
 * Call it in the transaction that stores or replaces the response.
 */
export async function applyToPool(db: Db, key: PoolKey, answers: { itemId: string; value: number }[], sign: 1 | -1): Promise<void> {
  const rows = answers.filter((a) => onScale(a.value)).map((a) => ({ itemId: a.itemId, answered: sign, agreeing: AGREEING.includes(a.value) ? sign : 0 }));
  if (rows.length === 0) return;
  if (sign === -1) return subtract(db, key, rows);
  const values = (build: (r: (typeof rows)[number]) => unknown[]) => sql.join(rows.map((r) => sql`(${sql.join(build(r))})`));
  await sql`
    INSERT INTO pool_month_totals AS t (month, role, item_id, answered, agreeing)
    VALUES ${values((r) => [sql`${key.month}::date`, sql`${key.role}::role_code`, r.itemId, r.answered, r.agreeing])}
    ON CONFLICT (month, role, item_id) DO UPDATE SET ${add}`.execute(db);
  await sql`
    INSERT INTO pool_hospital_counts AS t (hospital_code, month, role, item_id, answered, agreeing)
    VALUES ${values((r) => [key.hospitalCode, sql`${key.month}::date`, sql`${key.role}::role_code`, r.itemId, r.answered, r.agreeing])}
    ON CONFLICT (hospital_code, month, role, item_id) DO UPDATE SET ${add}`.execute(db);
  await sql`
    INSERT INTO pool_unit_counts AS t (unit_key, hospital_code, role, item_id, answered, agreeing, last_month)
    VALUES ${values((r) => [key.unitKey, key.hospitalCode, sql`${key.role}::role_code`, r.itemId, r.answered, r.agreeing, sql`${key.month}::date`])}
    ON CONFLICT (unit_key, role, item_id) DO UPDATE SET ${add}, last_month = greatest(t.last_month, excluded.last_month)`.execute(db);
}

/** Removing goes through UPDATE: an INSERT of negative counts would fail the tables' checks first. */
async function subtract(db: Db, key: PoolKey, rows: { itemId: string; answered: number; agreeing: number }[]): Promise<void> {
  const c = sql`(VALUES ${sql.join(rows.map((r) => sql`(${r.itemId}, ${-r.answered}::int, ${-r.agreeing}::int)`))}) AS c (item_id, answered, agreeing)`;
  const minus = sql`answered = t.answered - c.answered, agreeing = t.agreeing - c.agreeing`;
  await sql`UPDATE pool_month_totals AS t SET ${minus} FROM ${c}
    WHERE t.month = ${key.month}::date AND t.role = ${key.role} AND t.item_id = c.item_id`.execute(db);
  await sql`UPDATE pool_hospital_counts AS t SET ${minus} FROM ${c}
    WHERE t.hospital_code = ${key.hospitalCode} AND t.month = ${key.month}::date AND t.role = ${key.role} AND t.item_id = c.item_id`.execute(db);
  await sql`UPDATE pool_unit_counts AS t SET ${minus} FROM ${c}
    WHERE t.unit_key = ${key.unitKey} AND t.role = ${key.role} AND t.item_id = c.item_id`.execute(db);
}

export interface PoolShare {
  itemId: string;
  role: Role;
  answered: number;
  agreeing: number;
}

/** A benchmark window: whole months, `fromMonth` to `untilMonth`, both first days of a month. */
export interface PoolWindow {
  fromMonth: string;
  untilMonth: string;
  /** Pool figures from fewer other hospitals than this are left out. */
  minimumHospitals: number;
}

/**
 * Pool totals per statement × role over the window, without one hospital. A figure needs answers
 * from at least `minimumHospitals` other hospitals, so that no single hospital's answers can be
 * read off a benchmark (e.g. by a review of the only other hospital with answers).
 */
export async function poolShares(db: Db, window: PoolWindow, excludeHospitalCode: string): Promise<PoolShare[]> {
  const rows = await sql<{ itemId: string; role: Role; answered: string; agreeing: string }>`
    SELECT item_id AS "itemId", role, sum(answered) AS answered, sum(agreeing) AS agreeing
    FROM pool_hospital_counts
    WHERE month BETWEEN ${window.fromMonth}::date AND ${window.untilMonth}::date AND hospital_code <> ${excludeHospitalCode} AND answered > 0
    GROUP BY item_id, role
    HAVING count(DISTINCT hospital_code) >= ${window.minimumHospitals}`.execute(db);
  return rows.rows.map((r) => ({ itemId: r.itemId, role: r.role, answered: Number(r.answered), agreeing: Number(r.agreeing) }));
}

/**
 * The pool's share answering at least `atLeast` on a numeric item (self-study hours), from the
 * platform's answers over the window, the given hospital left out, with the same minimum of
 * hospitals. Counted from the answers themselves (one index lookup per item): the kept counts
 * hold the agreement scale only, and the pool import takes statements only.
 */
export async function poolAtLeastShares(db: Db, window: PoolWindow, excludeHospitalCode: string, items: { itemId: string; atLeast: number }[]): Promise<PoolShare[]> {
  if (items.length === 0) return [];
  const rows = await sql<{ itemId: string; role: Role; answered: string; agreeing: string }>`
    SELECT a.item_id AS "itemId", a.role, count(*) AS answered, count(*) FILTER (WHERE a.value_num >= t.at_least) AS agreeing
    FROM (VALUES ${sql.join(items.map((i) => sql`(${i.itemId}, ${i.atLeast}::numeric)`))}) AS t (item_id, at_least)
    JOIN answers a ON a.item_id = t.item_id
    JOIN responses r ON r.id = a.response_id
    JOIN hospitals h ON h.id = r.hospital_id
    WHERE r.submitted_at >= ${window.fromMonth}::date AND r.submitted_at < ${window.untilMonth}::date + interval '1 month'
      AND a.value_num IS NOT NULL AND h.code <> ${excludeHospitalCode}
    GROUP BY a.item_id, a.role
    HAVING count(DISTINCT h.code) >= ${window.minimumHospitals}`.execute(db);
  return rows.rows.map((r) => ({ itemId: r.itemId, role: r.role, answered: Number(r.answered), agreeing: Number(r.agreeing) }));
}

/**
 * Where the pool's units stand per statement × role (units last reviewed within the window, with
 * at least `minimum` answers): the quartile cut points of their shares, computed in the database
 * so only three numbers per statement travel.
 */
export async function poolUnitQuartiles(
  db: Db,
  window: PoolWindow,
  excludeHospitalCode: string,
  minimum: number,
): Promise<{ itemId: string; role: Role; units: number; q1: number; median: number; q3: number }[]> {
  const rows = await sql<{ itemId: string; role: Role; units: string; cuts: number[] }>`
    SELECT item_id AS "itemId", role, count(*) AS units,
           percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY agreeing::float8 / answered) AS cuts
    FROM pool_unit_counts
    WHERE last_month BETWEEN ${window.fromMonth}::date AND ${window.untilMonth}::date AND hospital_code <> ${excludeHospitalCode} AND answered >= ${minimum}
    GROUP BY item_id, role
    HAVING count(DISTINCT hospital_code) >= ${window.minimumHospitals}`.execute(db);
  return rows.rows.map((r) => ({ itemId: r.itemId, role: r.role, units: Number(r.units), q1: r.cuts[0], median: r.cuts[1], q3: r.cuts[2] }));
}

type Count = { key: string; answered: number; agreeing: number };

/** The three kinds of counts recomputed from the raw answers, to check the kept ones against. */
export async function recountFromAnswers(db: Db, statementIds: string[]): Promise<Record<'months' | 'hospitals' | 'units', Count[]>> {
  // Answers given on the platform, and imported ones of completed batches.
  const base = sql`
    FROM (
      SELECT a.item_id, a.value_num, r.role::text AS role, h.code AS hospital, coalesce(u.code, '-') AS unit,
             to_char(date_trunc('month', r.submitted_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS month
      FROM answers a
      JOIN responses r ON r.id = a.response_id
      JOIN hospitals h ON h.id = r.hospital_id
      LEFT JOIN units u ON u.id = r.unit_id
      UNION ALL
      SELECT i.item_id, i.value_num, i.role::text, i.hospital_code, i.unit_code, to_char(date_trunc('month', i.answered_on), 'YYYY-MM-DD')
      FROM imported_answers i JOIN pool_import_batches b ON b.id = i.batch_id AND b.status = 'done'
    ) a
    WHERE a.value_num BETWEEN 1 AND 4 AND a.item_id = ANY (${sql.val(statementIds)}::text[])`;
  const month = sql`a.month`;
  const counts = sql`count(*) AS answered, count(*) FILTER (WHERE a.value_num = ANY (${sql.val([...AGREEING])}::numeric[])) AS agreeing`;
  const run = async (key: ReturnType<typeof sql>) =>
    (await sql<{ key: string; answered: string; agreeing: string }>`SELECT ${key} AS key, ${counts} ${base} GROUP BY 1 ORDER BY 1`.execute(db)).rows.map(
      (r) => ({ key: r.key, answered: Number(r.answered), agreeing: Number(r.agreeing) }),
    );
  return {
    months: await run(sql`concat_ws('|', ${month}, a.role, a.item_id)`),
    hospitals: await run(sql`concat_ws('|', a.hospital, ${month}, a.role, a.item_id)`),
    units: await run(sql`concat_ws('|', a.hospital || '/' || a.unit, a.role, a.item_id)`),
  };
}

export async function keptCounts(db: Db): Promise<Record<'months' | 'hospitals' | 'units', Count[]>> {
  const run = async (query: ReturnType<typeof sql>) =>
    (await sql<Count>`${query}`.execute(db)).rows.map((r) => ({ key: r.key, answered: Number(r.answered), agreeing: Number(r.agreeing) }));
  return {
    months: await run(sql`SELECT concat_ws('|', to_char(month, 'YYYY-MM-DD'), role, item_id) AS key, answered, agreeing FROM pool_month_totals WHERE answered > 0 ORDER BY 1`),
    hospitals: await run(sql`SELECT concat_ws('|', hospital_code, to_char(month, 'YYYY-MM-DD'), role, item_id) AS key, answered, agreeing FROM pool_hospital_counts WHERE answered > 0 ORDER BY 1`),
    units: await run(sql`SELECT concat_ws('|', unit_key, role, item_id) AS key, answered, agreeing FROM pool_unit_counts WHERE answered > 0 ORDER BY 1`),
  };
}
