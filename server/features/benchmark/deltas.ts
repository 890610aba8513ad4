import { sql, type RawBuilder } from 'kysely';
import { agreementScale } from '../../../surveys/scales.js';
import type { Db } from '../../db/database.js';
import { unnest } from '../../db/unnest.js';
import type { Role } from '../../../contract/domain.js';

/**
 * A submission's pool changes are appended to pool_deltas (one insert in its own transaction,
 * touching no row another submission touches) and folded into the count tables later, so that
 * respondents submitting at once do not queue on the count rows they share (migration 0019,
 * docs/pool.md). Whoever reads the counts folds first, in its own transaction.
 */

/** A response's answers as the pool counts them (repository.ts PoolAnswers; not imported, it imports this module). */
interface PoolAnswers {
  statements: { itemId: string; value: number }[];
  numbers: { itemId: string; value: number }[];
}

/** Where and when an answer counts (repository.ts PoolKey). */
interface PoolKey {
  month: string;
  hospitalCode: string;
  unitKey: string;
  role: Role;
}

/** One answer's change of the pool: `value` null for a statement, else a numeric item's value. */
export interface PoolDelta {
  itemId: string;
  value: number | null;
  answered: 1 | -1;
  agreeing: 1 | 0 | -1;
}

const AGREEING: readonly number[] = agreementScale.agreeing;
const onScale = (v: number) => agreementScale.choices.some((c) => c.value === v);

/** A response's answers as pool changes: added (sign 1) or taken back (sign −1, an edit). */
export function poolDeltas(answers: PoolAnswers, sign: 1 | -1): PoolDelta[] {
  return [
    ...answers.statements
      .filter((a) => onScale(a.value))
      .map((a) => ({ itemId: a.itemId, value: null, answered: sign, agreeing: AGREEING.includes(a.value) ? sign : (0 as const) })),
    ...answers.numbers
      .filter((a) => Number.isFinite(a.value) && a.value >= 0)
      .map((a) => ({ itemId: a.itemId, value: a.value, answered: sign, agreeing: 0 as const })),
  ];
}

/** Where a response's answers count, but its month (known in SQL when the response is stored). */
export type PoolPlace = Omit<PoolKey, 'month'>;

/**
 * The INSERT of `deltas` at `place` in `month` (an SQL date), for a statement of its own or a CTE
 * of the one that stores the response; `from` names what `month` refers to (e.g. the CTE `r`).
 */
export function insertPoolDeltas(deltas: PoolDelta[], place: PoolPlace, month: RawBuilder<unknown>, from?: RawBuilder<unknown>) {
  return sql`
    INSERT INTO pool_deltas (month, hospital_code, unit_key, role, item_id, value, answered, agreeing)
    SELECT ${month}, ${place.hospitalCode}, ${place.unitKey}, ${place.role}::role_code, x.item_id, x.value, x.answered, x.agreeing
    FROM ${from ? sql`${from}, ` : sql``}${unnest([
      [deltas.map((d) => d.itemId), 'text'],
      [deltas.map((d) => d.value), 'numeric'],
      [deltas.map((d) => d.answered), 'int'],
      [deltas.map((d) => d.agreeing), 'int'],
    ])} AS x (item_id, value, answered, agreeing)`;
}

export async function appendPoolDeltas(db: Db, key: PoolKey, deltas: PoolDelta[]): Promise<void> {
  if (deltas.length === 0) return;
  await insertPoolDeltas(deltas, key, sql`${key.month}::date`).execute(db);
}

/** Any number, the same in every server: writers of the count tables take turns. */
const FOLD_LOCK = 2_022_019;

/**
 * Waits for the count tables' other writers (folds, a pool import or its withdrawal) until the
 * caller's transaction ends, so no two of them lock count rows in different orders (deadlock).
 */
export async function takeCountsTurn(trx: Db): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${FOLD_LOCK})`.execute(trx);
}

/**
 * Moves every committed delta into the count tables, in the caller's transaction (or one of its
 * own): one upsert per table in key order, taken-back counts through UPDATE (an INSERT of
 * negative counts would fail the tables' checks). The count tables' triggers mark the kept windows
 * of the changed months stale, as when a submission changed them directly. Folds take turns (an
 * advisory lock held until the transaction ends, `takeCountsTurn`), so a reader that folded sees
 * counts no other fold is changing. Returns the deltas folded.
 */
export async function foldPoolDeltas(db: Db): Promise<number> {
  if (!db.isTransaction) return db.transaction().execute((trx) => foldPoolDeltas(trx));
  await takeCountsTurn(db);
  const adds = sql`answered > 0 AND agreeing BETWEEN 0 AND answered`;
  // Groups taken back: not an addition, and not a change that cancelled out.
  const takes = sql`NOT (c.answered > 0 AND c.agreeing BETWEEN 0 AND c.answered) AND (c.answered <> 0 OR c.agreeing <> 0)`;
  const sums = sql`sum(answered)::int AS answered, sum(agreeing)::int AS agreeing`;
  const plus = sql`answered = t.answered + excluded.answered, agreeing = t.agreeing + excluded.agreeing`;
  const minus = sql`answered = t.answered + c.answered, agreeing = t.agreeing + c.agreeing`;
  const { rows } = await sql<{ folded: string }>`
    WITH taken AS (DELETE FROM pool_deltas RETURNING month, hospital_code, unit_key, role, item_id, value, answered, agreeing),
    statements AS (SELECT * FROM taken WHERE value IS NULL),
    months AS (SELECT month, role, item_id, ${sums} FROM statements GROUP BY 1, 2, 3),
    hospitals AS (SELECT hospital_code, month, role, item_id, ${sums} FROM statements GROUP BY 1, 2, 3, 4),
    units AS (SELECT unit_key, hospital_code, role, item_id, ${sums}, max(month) AS last_month FROM statements GROUP BY 1, 2, 3, 4),
    numbers AS (SELECT hospital_code, month, role, item_id, value, sum(answered)::int AS answered FROM taken WHERE value IS NOT NULL GROUP BY 1, 2, 3, 4, 5),
    months_added AS (
      INSERT INTO pool_month_totals AS t (month, role, item_id, answered, agreeing)
      SELECT month, role, item_id, answered, agreeing FROM months WHERE ${adds} ORDER BY 1, 2, 3
      ON CONFLICT (month, role, item_id) DO UPDATE SET ${plus}),
    months_taken AS (
      UPDATE pool_month_totals AS t SET ${minus} FROM months c
      WHERE t.month = c.month AND t.role = c.role AND t.item_id = c.item_id AND ${takes}),
    hospitals_added AS (
      INSERT INTO pool_hospital_counts AS t (hospital_code, month, role, item_id, answered, agreeing)
      SELECT hospital_code, month, role, item_id, answered, agreeing FROM hospitals WHERE ${adds} ORDER BY 1, 2, 3, 4
      ON CONFLICT (hospital_code, month, role, item_id) DO UPDATE SET ${plus}),
    hospitals_taken AS (
      UPDATE pool_hospital_counts AS t SET ${minus} FROM hospitals c
      WHERE t.hospital_code = c.hospital_code AND t.month = c.month AND t.role = c.role AND t.item_id = c.item_id AND ${takes}),
    units_added AS (
      INSERT INTO pool_unit_counts AS t (unit_key, hospital_code, role, item_id, answered, agreeing, last_month)
      SELECT unit_key, hospital_code, role, item_id, answered, agreeing, last_month FROM units WHERE ${adds} ORDER BY 1, 2, 3, 4
      ON CONFLICT (unit_key, role, item_id) DO UPDATE SET ${plus}, last_month = greatest(t.last_month, excluded.last_month)),
    units_taken AS (
      UPDATE pool_unit_counts AS t SET ${minus}, last_month = greatest(t.last_month, c.last_month) FROM units c
      WHERE t.unit_key = c.unit_key AND t.role = c.role AND t.item_id = c.item_id AND ${takes}),
    numbers_added AS (
      INSERT INTO pool_numeric_counts AS t (hospital_code, month, role, item_id, value, answered)
      SELECT hospital_code, month, role, item_id, value, answered FROM numbers WHERE answered > 0 ORDER BY 1, 2, 3, 4, 5
      ON CONFLICT (hospital_code, month, role, item_id, value) DO UPDATE SET answered = t.answered + excluded.answered),
    numbers_taken AS (
      UPDATE pool_numeric_counts AS t SET answered = t.answered + c.answered FROM numbers c
      WHERE t.hospital_code = c.hospital_code AND t.month = c.month AND t.role = c.role AND t.item_id = c.item_id AND t.value = c.value AND c.answered < 0)
    SELECT count(*) AS folded FROM taken`.execute(db);
  return Number(rows[0].folded);
}
