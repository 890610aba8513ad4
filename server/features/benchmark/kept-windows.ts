import { sql } from 'kysely';
import type { Db, RootDb } from '../../db/database.js';
import type { Role } from '../../../contract/domain.js';
import { histograms, poolCode, poolNumbersQuery, poolSharesQuery, type PoolHistogram, type PoolShare, type PoolWindow } from './repository.js';
import { foldPoolDeltas } from './deltas.js';
import { reviewWindow } from './window.js';

/** Where the pool's units stand on one statement × role: the quartile cut points of their agreeing shares. */
export interface UnitQuartiles {
  itemId: string;
  role: Role;
  units: number;
  q1: number;
  median: number;
  q3: number;
}

/** What a report reads from the pool for one window without its own hospital. */
export interface PoolFigures {
  shares: PoolShare[];
  numbers: PoolHistogram[];
  units: UnitQuartiles[];
}

type CutRow = { hospitalCode: string; itemId: string; role: Role; units: string | number; cuts: number[] };

/**
 * The units' cut points for each hospital left out, from the unit counts: units last reviewed
 * within the window with at least `minimum` answers, from other hospitals; a figure only with
 * units of at least `minimumHospitals` of them.
 */
const cutPoints = (window: PoolWindow, minimum: number, codes: string[]) => sql<CutRow>`
  SELECT h.code AS "hospitalCode", c.item_id AS "itemId", c.role, count(*) AS units,
         percentile_cont(ARRAY[0.25, 0.5, 0.75]) WITHIN GROUP (ORDER BY c.agreeing::float8 / c.answered) AS cuts
  FROM unnest(${sql.val(codes)}::text[]) h (code)
  JOIN pool_unit_counts c ON c.hospital_code <> h.code
  WHERE c.last_month BETWEEN ${window.fromMonth}::date AND ${window.untilMonth}::date AND c.answered >= ${minimum}
  GROUP BY h.code, c.item_id, c.role
  HAVING count(DISTINCT c.hospital_code) >= ${window.minimumHospitals}`;

const keyOf = (window: PoolWindow, minimum: number) => [window.fromMonth, window.untilMonth, minimum, window.minimumHospitals] as const;
const sameWindow = (window: PoolWindow, minimum: number, alias: string) => {
  const [from, until, min, hospitals] = keyOf(window, minimum);
  const col = (name: string) => sql.ref(`${alias}.${name}`);
  return sql`${col('window_from')} = ${from}::date AND ${col('window_until')} = ${until}::date AND ${col('minimum')} = ${min}::int AND ${col('minimum_hospitals')} = ${hospitals}::int`;
};
const keyColumns = sql`window_from, window_until, minimum, minimum_hospitals`;
const keyValues = (window: PoolWindow, minimum: number) => {
  const [from, until, min, hospitals] = keyOf(window, minimum);
  return sql`${from}::date, ${until}::date, ${min}::int, ${hospitals}::int`;
};

const byItemRole = <T extends { itemId: string; role: string }>(rows: T[]) =>
  rows.sort((a, b) => (a.itemId === b.itemId ? (a.role < b.role ? -1 : a.role > b.role ? 1 : 0) : a.itemId < b.itemId ? -1 : 1));

/** The figures straight from the count tables (what the kept ones are a copy of). */
export async function computePoolFigures(db: Db, window: PoolWindow, excludeHospitalCode: string, minimum: number, numericIds: string[]): Promise<PoolFigures> {
  const code = poolCode(excludeHospitalCode);
  const shares = (await poolSharesQuery(window, code).execute(db)).rows.map((r) => ({
    itemId: r.itemId,
    role: r.role,
    answered: Number(r.answered),
    agreeing: Number(r.agreeing),
  }));
  const numbers = numericIds.length === 0 ? [] : histograms((await poolNumbersQuery(window, code, numericIds).execute(db)).rows);
  const units = (await cutPoints(window, minimum, [code]).execute(db)).rows.map((r) => ({
    itemId: r.itemId,
    role: r.role,
    units: Number(r.units),
    q1: r.cuts[0],
    median: r.cuts[1],
    q3: r.cuts[2],
  }));
  return { shares: byItemRole(shares), numbers: byItemRole(numbers), units: byItemRole(units) };
}

/**
 * The pool's figures for a report: the kept ones when their window is fresh (no count of its
 * months changed since they were computed: the triggers of migration 0015 mark it stale in the
 * changing transaction), read in one statement; else computed from the counts. Both give the same
 * figures, so a closing review, which calls this in its own transaction, freezes the pool as it is
 * at closing either way (README, Benchmarks).
 */
export async function poolFigures(db: Db, window: PoolWindow, excludeHospitalCode: string, minimum: number, numericIds: string[]): Promise<PoolFigures> {
  // Submissions not yet folded in: folded here, so their months' windows go stale first.
  await foldPoolDeltas(db);
  const code = poolCode(excludeHospitalCode);
  const mine = (alias: string) => sql`${sameWindow(window, minimum, alias)} AND ${sql.ref(`${alias}.hospital_code`)} = ${code}`;
  const kept = await sql<{ shares: PoolShare[]; numbers: { itemId: string; role: Role; value: number; answered: number }[]; units: UnitQuartiles[] }>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('itemId', s.item_id, 'role', s.role, 'answered', s.answered, 'agreeing', s.agreeing)), '[]')
       FROM pool_window_shares s WHERE ${mine('s')}) AS shares,
      (SELECT coalesce(json_agg(json_build_object('itemId', n.item_id, 'role', n.role, 'value', n.value, 'answered', n.answered) ORDER BY n.item_id, n.role, n.value), '[]')
       FROM pool_window_numbers n WHERE ${mine('n')} AND n.item_id = ANY (${sql.val(numericIds)}::text[])) AS numbers,
      (SELECT coalesce(json_agg(json_build_object('itemId', q.item_id, 'role', q.role, 'units', q.units, 'q1', q.q1, 'median', q.median, 'q3', q.q3)), '[]')
       FROM pool_window_quartiles q WHERE ${mine('q')}) AS units
    FROM pool_windows w
    WHERE ${sameWindow(window, minimum, 'w')} AND NOT w.stale AND ${code} = ANY (w.hospitals)`.execute(db);
  const row = kept.rows[0];
  if (!row) return computePoolFigures(db, window, code, minimum, numericIds);
  return { shares: byItemRole(row.shares), numbers: byItemRole(histograms(row.numbers)), units: byItemRole(row.units) };
}

/**
 * Recomputes a window's figures for the given hospitals (and those it already holds) when it is
 * stale or lacks one of them; true when it did. A window seen for the first time is stored stale,
 * and then the count tables' writers in flight are waited for (a SHARE lock, let go at once), so
 * every later change runs the triggers with the window in sight. The refresh locks the window's
 * row before it reads the counts: a change in flight either commits before that read (and is in
 * the figures) or marks the window stale once the refresh has committed.
 */
export async function refreshPoolWindow(db: RootDb, window: PoolWindow, minimum: number, hospitalCodes: string[]): Promise<boolean> {
  const codes = hospitalCodes.map(poolCode);
  const created = await sql`INSERT INTO pool_windows (${keyColumns}) VALUES (${keyValues(window, minimum)}) ON CONFLICT DO NOTHING`.execute(db);
  if (Number(created.numAffectedRows ?? 0) > 0) {
    await db.transaction().execute((trx) => sql`LOCK TABLE pool_unit_counts, pool_hospital_counts, pool_numeric_counts IN SHARE MODE`.execute(trx));
  }
  return db.transaction().execute(async (trx) => {
    // Folded first: deltas of the window's months mark it stale, and the figures include them.
    await foldPoolDeltas(trx);
    const held = (
      await sql<{ stale: boolean; hospitals: string[] }>`
      SELECT stale, hospitals FROM pool_windows w WHERE ${sameWindow(window, minimum, 'w')} FOR UPDATE`.execute(trx)
    ).rows[0];
    if (!held) return false;
    const all = [...new Set([...held.hospitals, ...codes])].sort();
    if (!held.stale && all.length === held.hospitals.length) return false;
    for (const table of ['pool_window_shares', 'pool_window_numbers', 'pool_window_quartiles']) {
      await sql`DELETE FROM ${sql.table(table)} t WHERE ${sameWindow(window, minimum, 't')}`.execute(trx);
    }
    const numericIds = (await sql<{ itemId: string }>`SELECT DISTINCT item_id AS "itemId" FROM pool_numeric_counts`.execute(trx)).rows.map((r) => r.itemId);
    for (const code of all) {
      await sql`INSERT INTO pool_window_shares (${keyColumns}, hospital_code, item_id, role, answered, agreeing)
        SELECT ${keyValues(window, minimum)}, ${code}, s."itemId", s.role, s.answered, s.agreeing FROM (${poolSharesQuery(window, code)}) s`.execute(trx);
      if (numericIds.length > 0) {
        await sql`INSERT INTO pool_window_numbers (${keyColumns}, hospital_code, item_id, role, value, answered)
          SELECT ${keyValues(window, minimum)}, ${code}, n."itemId", n.role, n.value, n.answered FROM (${poolNumbersQuery(window, code, numericIds)}) n`.execute(
          trx,
        );
      }
    }
    await sql`INSERT INTO pool_window_quartiles (${keyColumns}, hospital_code, item_id, role, units, q1, median, q3)
      SELECT ${keyValues(window, minimum)}, c."hospitalCode", c."itemId", c.role, c.units, c.cuts[1], c.cuts[2], c.cuts[3]
      FROM (${cutPoints(window, minimum, all)}) c`.execute(trx);
    await sql`UPDATE pool_windows w SET stale = false, hospitals = ${sql.val(all)}::text[], computed_at = now()
      WHERE ${sameWindow(window, minimum, 'w')}`.execute(trx);
    return true;
  });
}

/**
 * Keeps the windows of every open review fresh, for its hospital and threshold, and drops the
 * windows no open review will close with: what the job of server/jobs.ts runs, on a beat (a month
 * turning moves every window) and after a pool import or its withdrawal. Returns the windows
 * recomputed.
 */
export async function refreshOpenReviewWindows(db: RootDb, now: Date): Promise<number> {
  const open = await db
    .selectFrom('campaigns as c')
    .innerJoin('hospitals as h', 'h.id', 'c.hospital_id')
    .select([
      'h.code',
      'c.anonymity_threshold as minimum',
      'c.benchmark_window_months as benchmarkWindowMonths',
      'c.benchmark_from as benchmarkFrom',
      'c.benchmark_until as benchmarkUntil',
    ])
    .where('c.status', '=', 'open')
    .where('c.kind', '=', 'review')
    .execute();
  const needed = new Map<string, { window: PoolWindow; minimum: number; codes: string[] }>();
  for (const review of open) {
    const window = reviewWindow(review, now);
    if (window.fromMonth > window.untilMonth) continue;
    const key = keyOf(window, review.minimum).join('|');
    if (!needed.has(key)) needed.set(key, { window, minimum: review.minimum, codes: [] });
    needed.get(key)!.codes.push(review.code);
  }
  const keep = [...needed.values()].map((n) => sql`(${keyValues(n.window, n.minimum)})`);
  await sql`DELETE FROM pool_windows WHERE ${keep.length === 0 ? sql`true` : sql`(${keyColumns}) NOT IN (${sql.join(keep)})`}`.execute(db);
  let refreshed = 0;
  for (const { window, minimum, codes } of needed.values()) {
    if (await refreshPoolWindow(db, window, minimum, codes)) refreshed++;
  }
  return refreshed;
}
