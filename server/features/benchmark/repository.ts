import { sql } from 'kysely';
import { agreementScale } from '../../../surveys/scales.js';
import type { Db } from '../../db/database.js';
import type { Role } from '../../../contract/domain.js';
import { normaliseHospitalCode } from '../hospitals/codes.js';
import { foldPoolDeltas } from './deltas.js';

/** Where an answer comes from, as the pool keys it; the hospital code in its normalised form. */
export interface PoolKey {
  month: string;
  hospitalCode: string;
  unitKey: string;
  role: Role;
}

/** A response's answers as the pool counts them: statements on the agreement scale, numeric items by value. */
export interface PoolAnswers {
  statements: { itemId: string; value: number }[];
  numbers: { itemId: string; value: number }[];
}

const AGREEING: readonly number[] = agreementScale.agreeing;

export const poolMonth = (date: Date) => `${date.toISOString().slice(0, 7)}-01`;

/** The pool's form of a register code; a register code always has the shape the normalisation takes. */
export const poolCode = (hospitalCode: string) => normaliseHospitalCode(hospitalCode) ?? hospitalCode;
export const unitKeyOf = (hospitalCode: string, unitCode: string | null) => `${poolCode(hospitalCode)}/${unitCode ?? '-'}`;

/** The pool's key of an answer given at a hospital of the register at `at`. */
export function poolKey(hospitalCode: string, unitCode: string | null, role: Role, at: Date): PoolKey {
  return { month: poolMonth(at), hospitalCode: poolCode(hospitalCode), unitKey: unitKeyOf(hospitalCode, unitCode), role };
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
  /**
   * A month of an item × role counts only when at least this many answers of it came from the
   * other hospitals: windows of two reports differ by whole months, so a month must be a group
   * big enough to be shown on its own (README, Anonymity).
   */
  monthMinimum: number;
}

/**
 * The months of each item × role, in the window and without one hospital, that hold enough
 * answers to count (`monthMinimum`), from one of the kept tables.
 */
const countedMonths = (table: 'pool_hospital_counts' | 'pool_numeric_counts', window: PoolWindow, code: string) => sql`
  SELECT item_id, role, month FROM ${sql.table(table)}
  WHERE month BETWEEN ${window.fromMonth}::date AND ${window.untilMonth}::date AND hospital_code <> ${code}
  GROUP BY item_id, role, month
  HAVING sum(answered) >= ${window.monthMinimum}`;

/**
 * Pool totals per statement × role over the window's counted months, without one hospital
 * (compared in the normalised form). A figure needs answers from at least `minimumHospitals`
 * other hospitals, so that no single hospital's answers can be read off a benchmark (e.g. by a
 * review of the only other hospital with answers).
 */
export async function poolShares(db: Db, window: PoolWindow, excludeHospitalCode: string): Promise<PoolShare[]> {
  await foldPoolDeltas(db);
  const rows = await poolSharesQuery(window, poolCode(excludeHospitalCode)).execute(db);
  return rows.rows.map((r) => ({ itemId: r.itemId, role: r.role, answered: Number(r.answered), agreeing: Number(r.agreeing) }));
}

/** poolShares as a query, for the kept windows to store (`code` in the pool's form). */
export const poolSharesQuery = (window: PoolWindow, code: string) => sql<{ itemId: string; role: Role; answered: string; agreeing: string }>`
  SELECT c.item_id AS "itemId", c.role, sum(c.answered) AS answered, sum(c.agreeing) AS agreeing
  FROM pool_hospital_counts c
  JOIN (${countedMonths('pool_hospital_counts', window, code)}) m ON m.item_id = c.item_id AND m.role = c.role AND m.month = c.month
  WHERE c.hospital_code <> ${code} AND c.answered > 0
  GROUP BY c.item_id, c.role
  HAVING count(DISTINCT c.hospital_code) >= ${window.minimumHospitals}`;

/** How many answered each value of a numeric item in a role. */
export interface PoolHistogram {
  itemId: string;
  role: Role;
  values: { value: number; answered: number }[];
}

/**
 * The pool's numeric answers per item × role over the window's counted months, without one
 * hospital, as counts per value; the same minimum of other hospitals as statements.
 */
export async function poolNumbers(db: Db, window: PoolWindow, excludeHospitalCode: string, itemIds: string[]): Promise<PoolHistogram[]> {
  if (itemIds.length === 0) return [];
  await foldPoolDeltas(db);
  const rows = await poolNumbersQuery(window, poolCode(excludeHospitalCode), itemIds).execute(db);
  return histograms(rows.rows);
}

/** poolNumbers as a query, for the kept windows to store (`code` in the pool's form). */
export function poolNumbersQuery(window: PoolWindow, code: string, itemIds: string[]) {
  const counted = sql`
    SELECT c.* FROM pool_numeric_counts c
    JOIN (${countedMonths('pool_numeric_counts', window, code)}) m ON m.item_id = c.item_id AND m.role = c.role AND m.month = c.month
    WHERE c.hospital_code <> ${code} AND c.answered > 0 AND c.item_id = ANY (${sql.val(itemIds)}::text[])`;
  return sql<{ itemId: string; role: Role; value: string | number; answered: string | number }>`
    WITH counted AS (${counted}),
    kept AS (SELECT item_id, role FROM counted GROUP BY item_id, role HAVING count(DISTINCT hospital_code) >= ${window.minimumHospitals})
    SELECT item_id AS "itemId", role, value, sum(answered) AS answered
    FROM counted JOIN kept USING (item_id, role)
    GROUP BY item_id, role, value
    ORDER BY item_id, role, value`;
}

/** Counts per value, in order of item, role and value, as histograms. */
export function histograms(rows: { itemId: string; role: Role; value: string | number; answered: string | number }[]): PoolHistogram[] {
  const byItem = new Map<string, PoolHistogram>();
  for (const r of rows) {
    const key = `${r.itemId}|${r.role}`;
    if (!byItem.has(key)) byItem.set(key, { itemId: r.itemId, role: r.role, values: [] });
    byItem.get(key)!.values.push({ value: Number(r.value), answered: Number(r.answered) });
  }
  return [...byItem.values()];
}

/**
 * The pool's answers from one hospital over the window (statements on the agreement scale and
 * numeric items): what a report of that hospital leaves out as its own.
 */
export async function poolOwnAnswers(db: Db, window: PoolWindow, hospitalCode: string): Promise<number> {
  await foldPoolDeltas(db);
  const code = poolCode(hospitalCode);
  const inWindow = sql`hospital_code = ${code} AND month BETWEEN ${window.fromMonth}::date AND ${window.untilMonth}::date`;
  const row = await sql<{ answers: string }>`
    SELECT (SELECT coalesce(sum(answered), 0) FROM pool_hospital_counts WHERE ${inWindow})
         + (SELECT coalesce(sum(answered), 0) FROM pool_numeric_counts WHERE ${inWindow}) AS answers`.execute(db);
  return Number(row.rows[0].answers);
}

type Count = { key: string; answered: number; agreeing: number };
type Kept = Record<'months' | 'hospitals' | 'units' | 'numbers', Count[]>;

/**
 * The kept counts recomputed from the raw answers, to check the kept ones against: platform
 * answers (their hospital in the pool's form: upper() is the normalisation of a register code)
 * and imported ones of completed batches.
 */
export async function recountFromAnswers(db: Db, statementIds: string[], numericIds: string[]): Promise<Kept> {
  const answers = sql`
    SELECT a.item_id, a.value_num, r.role::text AS role, upper(h.code) AS hospital, coalesce(u.code, '-') AS unit,
           to_char(date_trunc('month', r.submitted_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS month,
           CASE WHEN a.item_id = ANY (${sql.val(numericIds)}::text[]) THEN 'numeric' ELSE 'statement' END AS kind
    FROM answers a
    JOIN responses r ON r.id = a.response_id
    JOIN hospitals h ON h.id = r.hospital_id
    LEFT JOIN units u ON u.id = r.unit_id
    WHERE a.value_num IS NOT NULL
    UNION ALL
    SELECT i.item_id, i.value_num, i.role::text, i.hospital_code, i.unit_code, to_char(date_trunc('month', i.answered_on), 'YYYY-MM-DD'), i.item_kind
    FROM imported_answers i JOIN pool_import_batches b ON b.id = i.batch_id AND b.status = 'done'`;
  const base = sql`FROM (${answers}) a
    WHERE a.kind = 'statement' AND a.value_num BETWEEN 1 AND 4 AND a.item_id = ANY (${sql.val(statementIds)}::text[])`;
  const month = sql`a.month`;
  const counts = sql`count(*) AS answered, count(*) FILTER (WHERE a.value_num = ANY (${sql.val([...AGREEING])}::numeric[])) AS agreeing`;
  const read = (rows: { key: string; answered: string; agreeing: string }[]) =>
    rows.map((r) => ({ key: r.key, answered: Number(r.answered), agreeing: Number(r.agreeing) }));
  const run = async (key: ReturnType<typeof sql>) =>
    read((await sql<{ key: string; answered: string; agreeing: string }>`SELECT ${key} AS key, ${counts} ${base} GROUP BY 1 ORDER BY 1`.execute(db)).rows);
  const numbers = await sql<{ key: string; answered: string; agreeing: string }>`
    SELECT concat_ws('|', a.hospital, a.month, a.role, a.item_id, a.value_num::float8::text) AS key, count(*) AS answered, 0 AS agreeing
    FROM (${answers}) a
    WHERE a.kind = 'numeric' AND a.item_id = ANY (${sql.val(numericIds)}::text[])
    GROUP BY 1 ORDER BY 1`.execute(db);
  return {
    months: await run(sql`concat_ws('|', ${month}, a.role, a.item_id)`),
    hospitals: await run(sql`concat_ws('|', a.hospital, ${month}, a.role, a.item_id)`),
    units: await run(sql`concat_ws('|', a.hospital || '/' || a.unit, a.role, a.item_id)`),
    numbers: read(numbers.rows),
  };
}

/**
 * The count tables as keys and counts; with `pending`, the deltas not yet folded added (what the
 * counts will be after the next fold: a recount must equal that at any moment).
 */
export async function keptCounts(db: Db, pending = false): Promise<Kept> {
  const run = async (table: string, key: string, numeric = false) => {
    const agreeing = numeric ? sql`0` : sql`agreeing`;
    const deltas = pending
      ? sql`UNION ALL SELECT ${sql.raw(key)}, answered, ${agreeing} FROM pool_deltas WHERE value IS ${numeric ? sql`NOT NULL` : sql`NULL`}`
      : sql``;
    const rows = await sql<Count>`
      SELECT key, sum(answered) AS answered, sum(agreeing) AS agreeing
      FROM (SELECT ${sql.raw(key)} AS key, answered, ${agreeing} AS agreeing FROM ${sql.table(table)} ${deltas}) c
      GROUP BY key HAVING sum(answered) > 0 ORDER BY key`.execute(db);
    return rows.rows.map((r) => ({ key: r.key, answered: Number(r.answered), agreeing: Number(r.agreeing) }));
  };
  const month = "to_char(month, 'YYYY-MM-DD')";
  return {
    months: await run('pool_month_totals', `concat_ws('|', ${month}, role, item_id)`),
    hospitals: await run('pool_hospital_counts', `concat_ws('|', hospital_code, ${month}, role, item_id)`),
    units: await run('pool_unit_counts', `concat_ws('|', unit_key, role, item_id)`),
    numbers: await run('pool_numeric_counts', `concat_ws('|', hospital_code, ${month}, role, item_id, value::float8::text)`, true),
  };
}
