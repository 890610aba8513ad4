import { sql } from 'kysely';
import { agreementScale } from '../../../surveys/scales.js';
import type { Db } from '../../db/database.js';
import type { PoolHospitalCode } from '../../../contract/pool-import.js';
import type { PoolRow } from './rows.js';
import { takeCountsTurn } from '../benchmark/deltas.js';

const AGREEING = sql.val([...agreementScale.agreeing]);

export async function createBatch(db: Db, filename: string, actorId: string, placeholderHash: string): Promise<string> {
  const row = await db
    .insertInto('pool_import_batches')
    .values({ content_hash: placeholderHash, filename, imported_by: actorId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertRows(db: Db, batchId: string, rows: PoolRow[]): Promise<number> {
  const values = rows.flatMap((r) =>
    r.answers.map((a) => ({
      batch_id: batchId,
      line: r.line,
      hospital_code: r.hospitalCode,
      unit_code: r.unitCode,
      specialty: r.specialty,
      specialty_group: r.group,
      role: r.role,
      answered_on: r.answeredOn,
      item_id: a.itemId,
      item_kind: a.kind,
      value_num: a.value,
    })),
  );
  // 11 parameters a row: stay below PostgreSQL's 65,535 per statement.
  for (let i = 0; i < values.length; i += 5000)
    await db
      .insertInto('imported_answers')
      .values(values.slice(i, i + 5000))
      .execute();
  return values.length;
}

export async function updateProgress(db: Db, batchId: string, progress: { read: number; imported: number; skipped: number; answers: number }) {
  await db
    .updateTable('pool_import_batches')
    .set({
      rows_read: progress.read,
      rows_imported: progress.imported,
      rows_skipped: progress.skipped,
      answers_imported: progress.answers,
      progress_at: sql`now()`,
    })
    .where('id', '=', batchId)
    .execute();
}

/** Adds a batch's answers to the pool's counts, aggregated in the database. */
export async function addBatchToPool(db: Db, batchId: string): Promise<void> {
  await takeCountsTurn(db);
  const add = sql`answered = t.answered + excluded.answered, agreeing = t.agreeing + excluded.agreeing`;
  await sql`INSERT INTO pool_month_totals AS t (month, role, item_id, answered, agreeing)
    SELECT month, role, item_id, answered, agreeing FROM (${batchCounts(batchId, ['month', 'role', 'item_id'])}) c
    ON CONFLICT (month, role, item_id) DO UPDATE SET ${add}`.execute(db);
  await sql`INSERT INTO pool_hospital_counts AS t (hospital_code, month, role, item_id, answered, agreeing)
    SELECT hospital_code, month, role, item_id, answered, agreeing FROM (${batchCounts(batchId, ['hospital_code', 'month', 'role', 'item_id'])}) c
    ON CONFLICT (hospital_code, month, role, item_id) DO UPDATE SET ${add}`.execute(db);
  await sql`INSERT INTO pool_unit_counts AS t (unit_key, hospital_code, role, item_id, answered, agreeing, last_month)
    SELECT unit_key, hospital_code, role, item_id, answered, agreeing, last_month FROM (${batchCounts(batchId, ['unit_key', 'hospital_code', 'role', 'item_id'])}) c
    ON CONFLICT (unit_key, role, item_id) DO UPDATE SET ${add}, last_month = greatest(t.last_month, excluded.last_month)`.execute(db);
  await sql`INSERT INTO pool_numeric_counts AS t (hospital_code, month, role, item_id, value, answered)
    SELECT hospital_code, month, role, item_id, value, answered FROM (${batchNumbers(batchId)}) c
    ON CONFLICT (hospital_code, month, role, item_id, value) DO UPDATE SET answered = t.answered + excluded.answered`.execute(db);
}

/** Takes a batch's answers out of the pool's counts again. */
export async function subtractBatchFromPool(db: Db, batchId: string): Promise<void> {
  await takeCountsTurn(db);
  const minus = sql`answered = t.answered - c.answered, agreeing = t.agreeing - c.agreeing`;
  await sql`UPDATE pool_month_totals AS t SET ${minus} FROM (${batchCounts(batchId, ['month', 'role', 'item_id'])}) c
    WHERE t.month = c.month AND t.role = c.role AND t.item_id = c.item_id`.execute(db);
  await sql`UPDATE pool_hospital_counts AS t SET ${minus} FROM (${batchCounts(batchId, ['hospital_code', 'month', 'role', 'item_id'])}) c
    WHERE t.hospital_code = c.hospital_code AND t.month = c.month AND t.role = c.role AND t.item_id = c.item_id`.execute(db);
  await sql`UPDATE pool_unit_counts AS t SET ${minus} FROM (${batchCounts(batchId, ['unit_key', 'hospital_code', 'role', 'item_id'])}) c
    WHERE t.unit_key = c.unit_key AND t.role = c.role AND t.item_id = c.item_id`.execute(db);
  await sql`UPDATE pool_numeric_counts AS t SET answered = t.answered - c.answered FROM (${batchNumbers(batchId)}) c
    WHERE t.hospital_code = c.hospital_code AND t.month = c.month AND t.role = c.role AND t.item_id = c.item_id AND t.value = c.value`.execute(db);
}

const KEYS = {
  month: sql`date_trunc('month', answered_on)::date`,
  role: sql`role`,
  item_id: sql`item_id`,
  hospital_code: sql`hospital_code`,
  unit_key: sql`hospital_code || '/' || unit_code`,
};

/** A batch's agreement counts grouped by the given keys (and the latest month, for units). */
function batchCounts(batchId: string, keys: (keyof typeof KEYS)[]) {
  return sql`SELECT ${sql.join(keys.map((k) => sql`${KEYS[k]} AS ${sql.ref(k)}`))},
      count(*)::int AS answered,
      (count(*) FILTER (WHERE value_num = ANY (${AGREEING}::smallint[])))::int AS agreeing,
      max(${KEYS.month}) AS last_month
    FROM imported_answers WHERE batch_id = ${batchId} AND item_kind = 'statement' AND value_num BETWEEN 1 AND 4
    GROUP BY ${sql.join(keys.map((_, i) => sql.raw(String(i + 1))))}`;
}

/** A batch's numeric answers counted per hospital, month, role, item and value. */
function batchNumbers(batchId: string) {
  return sql`SELECT hospital_code, ${KEYS.month} AS month, role, item_id, value_num AS value, count(*)::int AS answered
    FROM imported_answers WHERE batch_id = ${batchId} AND item_kind = 'numeric'
    GROUP BY 1, 2, 3, 4, 5`;
}

export async function registeredHospitals(db: Db) {
  return db.selectFrom('hospitals').select(['id', 'code', 'name']).execute();
}

/** What the import did with codes the register does not know: mapped ones and kept ones. */
export async function recordCodeChoices(db: Db, batchId: string, codes: PoolHospitalCode[]): Promise<void> {
  const mapping = Object.fromEntries(codes.filter((c) => c.mappedTo).map((c) => [c.code, c.mappedTo!.code]));
  await db
    .updateTable('pool_import_batches')
    .set({ hospital_mapping: JSON.stringify(mapping), kept_codes: codes.filter((c) => c.kept).map((c) => c.code) })
    .where('id', '=', batchId)
    .execute();
}

export async function listBatches(db: Db) {
  return db
    .selectFrom('pool_import_batches as b')
    .leftJoin('users as u', 'u.id', 'b.imported_by')
    .select([
      'b.id',
      'b.filename',
      'b.content_hash as contentHash',
      'b.status',
      'b.rows_read as rowsRead',
      'b.rows_imported as rowsImported',
      'b.rows_skipped as rowsSkipped',
      'b.answers_imported as answersImported',
      'b.created_at as createdAt',
      'b.finished_at as finishedAt',
      'b.withdrawn_at as withdrawnAt',
      'b.failure',
      'b.hospital_mapping as hospitalMapping',
      'b.kept_codes as keptCodes',
      'u.email as importedBy',
    ])
    .orderBy('b.id', 'desc')
    .execute();
}

/**
 * Batches still 'importing' whose progress stopped more than `staleSeconds` ago, locked; a batch
 * in its final transaction is locked by it and skipped, so a live import is never taken.
 */
export async function lockStalledBatches(db: Db, staleSeconds: number): Promise<string[]> {
  const rows = await db
    .selectFrom('pool_import_batches')
    .select('id')
    .where('status', '=', 'importing')
    .where('progress_at', '<=', sql<Date>`now() - make_interval(secs => ${staleSeconds})`)
    .forUpdate()
    .skipLocked()
    .execute();
  return rows.map((r) => r.id);
}

/** Locks a batch's row to the end of the transaction; its status, or undefined when there is no such batch. */
export async function lockBatch(db: Db, batchId: string) {
  const batch = await db.selectFrom('pool_import_batches').select('status').where('id', '=', batchId).forUpdate().executeTakeFirst();
  return batch?.status;
}

/** The batch, importing or done, that holds a file with this content, if there is one. */
export async function batchWithContent(db: Db, contentHash: string): Promise<string | undefined> {
  const twin = await db
    .selectFrom('pool_import_batches')
    .select('id')
    .where('content_hash', '=', contentHash)
    .where('status', 'in', ['importing', 'done'])
    .executeTakeFirst();
  return twin?.id;
}

/** Records the file's content on the batch; false when the unique index finds another batch with it. */
export async function claimContent(db: Db, batchId: string, contentHash: string): Promise<boolean> {
  try {
    await db.updateTable('pool_import_batches').set({ content_hash: contentHash }).where('id', '=', batchId).execute();
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === '23505') return false;
    throw error;
  }
}

export async function finishBatch(db: Db, batchId: string): Promise<void> {
  await db
    .updateTable('pool_import_batches')
    .set({ status: 'done', finished_at: sql`now()` })
    .where('id', '=', batchId)
    .execute();
}

/** Deletes a batch's rows; the batch stays listed as withdrawn. */
export async function withdrawBatch(db: Db, batchId: string): Promise<void> {
  await db.deleteFrom('imported_answers').where('batch_id', '=', batchId).execute();
  await db
    .updateTable('pool_import_batches')
    .set({ status: 'withdrawn', withdrawn_at: sql`now()` })
    .where('id', '=', batchId)
    .execute();
}

export async function failBatch(db: Db, batchId: string, failure: string | null): Promise<void> {
  await db.deleteFrom('imported_answers').where('batch_id', '=', batchId).execute();
  await db
    .updateTable('pool_import_batches')
    .set({ status: 'failed', finished_at: sql`now()`, failure })
    .where('id', '=', batchId)
    .execute();
}
