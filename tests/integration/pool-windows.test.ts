import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  computePoolFigures,
  poolFigures,
  refreshOpenReviewWindows,
  refreshPoolWindow,
  type PoolFigures,
} from '../../server/features/benchmark/kept-windows.js';
import { poolMonth, type PoolWindow } from '../../server/features/benchmark/repository.js';
import { benchmarkWindow } from '../../server/features/benchmark/window.js';
import { agreementScale } from '../../surveys/scales.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, createHospital, csv, openReviewWithInvitations, signIn, type Session } from '../support/factories.js';

/**
 * The pool's figures kept per benchmark window (migration 0015) against a recount from the raw
 * answers of pool files, and the window going stale in the transaction that changes its counts.
 */
let t: TestApp;
let admin: Session;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  admin = await signIn(t.app, 'admin');
});
afterAll(() => t.close());

const STATEMENTS = ['A.varied-clinical-work', 'E.personal-supervisor'];
const HOURS = 'F.self-study-hours';
const WINDOW: PoolWindow = { fromMonth: '2024-01-01', untilMonth: '2024-12-01', minimumHospitals: 3, monthMinimum: 3 };
const HOSPITALS = ['H1', 'H2', 'H3', 'H4', 'H5'];

/** One trainee's answers in a pool file: hospital, unit, month (within 2023-11 … 2025-02), the two statements, hours. */
type Answer = { hospital: string; unit: number; month: string; values: number[]; hours: number };
const MONTHS = ['2023-11', '2023-12', '2024-01', '2024-02', '2024-05', '2024-12', '2025-01', '2025-02'];
const anAnswer = fc.record({
  hospital: fc.constantFrom(...HOSPITALS),
  unit: fc.integer({ min: 0, max: 2 }),
  month: fc.constantFrom(...MONTHS),
  values: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 2, maxLength: 2 }),
  hours: fc.constantFrom(0, 0.5, 1, 2),
});

const upload = (body: Buffer) =>
  t.app.inject({
    method: 'POST',
    url: '/api/pool-imports?filename=riket.csv&keepUnknown=true',
    headers: { ...admin.headers, 'content-type': 'text/csv' },
    payload: body,
  });

/**
 * What the kept figures must be, counted from the answers one by one with the rules of the
 * README ("National benchmark", Anonymity): months with at least 3 answers from other hospitals,
 * figures from at least 3 other hospitals, units last answered within the window with at least
 * `minimum` answers, quartiles by linear interpolation between order statistics.
 */
function recount(answers: (Answer & { unitKey: string })[], excluded: string, minimum: number): PoolFigures {
  const inWindow = (month: string) => `${month}-01` >= WINDOW.fromMonth && `${month}-01` <= WINDOW.untilMonth;
  const others = answers.filter((a) => a.hospital !== excluded);
  const agreeing = (v: number) => (agreementScale.agreeing as readonly number[]).includes(v);
  const groupBy = <T>(rows: T[], key: (r: T) => string) => {
    const groups = new Map<string, T[]>();
    for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
    return groups;
  };
  const counted = <T extends { month: string }>(rows: T[]) => [...groupBy(rows, (r) => r.month).values()].filter((g) => g.length >= WINDOW.monthMinimum).flat();
  const enoughHospitals = (rows: { hospital: string }[]) => new Set(rows.map((r) => r.hospital)).size >= WINDOW.minimumHospitals;

  const shares = STATEMENTS.flatMap((itemId, i) => {
    const rows = counted(others.filter((a) => inWindow(a.month) && a.values[i] >= 1));
    if (rows.length === 0 || !enoughHospitals(rows)) return [];
    return [{ itemId, role: 'st' as const, answered: rows.length, agreeing: rows.filter((a) => agreeing(a.values[i])).length }];
  });
  const hourRows = counted(others.filter((a) => inWindow(a.month)));
  const numbers =
    hourRows.length > 0 && enoughHospitals(hourRows)
      ? [
          {
            itemId: HOURS,
            role: 'st' as const,
            values: [...groupBy(hourRows, (a) => String(a.hours))]
              .map(([v, g]) => ({ value: Number(v), answered: g.length }))
              .sort((a, b) => a.value - b.value),
          },
        ]
      : [];
  const units = STATEMENTS.flatMap((itemId, i) => {
    const placed = [
      ...groupBy(
        others.filter((a) => a.values[i] >= 1),
        (a) => a.unitKey,
      ).values(),
    ]
      .filter(
        (g) =>
          g.length >= minimum &&
          inWindow(
            g
              .map((a) => a.month)
              .sort()
              .at(-1)!,
          ),
      )
      .map((g) => ({ hospital: g[0].hospital, share: g.filter((a) => agreeing(a.values[i])).length / g.length }));
    if (placed.length === 0 || !enoughHospitals(placed)) return [];
    const sorted = placed.map((p) => p.share).sort((a, b) => a - b);
    const q = (p: number) => {
      const h = (sorted.length - 1) * p;
      const lo = Math.floor(h);
      return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
    };
    return [{ itemId, role: 'st' as const, units: placed.length, q1: q(0.25), median: q(0.5), q3: q(0.75) }];
  });
  return { shares, numbers, units };
}

const closeTo = (figures: PoolFigures) => ({
  ...figures,
  units: figures.units.map((u) => ({ ...u, q1: expect.closeTo(u.q1, 12), median: expect.closeTo(u.median, 12), q3: expect.closeTo(u.q3, 12) })),
});

describe('the pool figures kept per window', () => {
  it('equal a recount from the raw answers, for every hospital left out, and the figures computed from the counts', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(anAnswer, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 4 }), async (answers, minimum) => {
        run++;
        // Units of their own in each run: a withdrawn file leaves its units' latest month behind.
        const rows = answers.map((a) => ({ ...a, unitKey: `${a.hospital}/R${run}U${a.unit}` }));
        const file = csv([
          ['role', 'hospital_code', 'unit_code', 'answered_on', ...STATEMENTS, HOURS],
          ...rows.map((a) => ['st', a.hospital, `R${run}U${a.unit}`, `${a.month}-15`, ...a.values.map(String), String(a.hours)]),
        ]);
        const imported = await upload(file);
        expect(imported.statusCode, imported.body).toBe(200);
        try {
          await refreshPoolWindow(t.app.db, WINDOW, minimum, HOSPITALS);
          for (const excluded of [...HOSPITALS, 'ELSEWHERE']) {
            const kept = await poolFigures(t.app.db, WINDOW, excluded, minimum, [HOURS]);
            expect(kept).toEqual(closeTo(recount(rows, excluded, minimum)));
            expect(kept).toEqual(await computePoolFigures(t.app.db, WINDOW, excluded, minimum, [HOURS]));
          }
        } finally {
          await call(t.app, admin, 'DELETE', `/api/pool-imports/${imported.json().batchId}`, undefined, 200);
        }
      }),
      { numRuns: 15 },
    );
  }, 240_000);
});

describe('a kept window', () => {
  const staleness = async () =>
    (
      await sql<{
        stale: boolean;
        hospitals: string[];
      }>`SELECT stale, hospitals FROM pool_windows WHERE window_from = ${WINDOW.fromMonth}::date AND minimum = 3`.execute(t.app.db)
    ).rows[0];

  it('goes stale in the transaction that changes a count of its months, and not for a count of a later month', async () => {
    await refreshPoolWindow(t.app.db, WINDOW, 3, ['H1']);
    expect(await staleness()).toEqual({ stale: false, hospitals: expect.arrayContaining(['H1']) });
    await sql`INSERT INTO pool_hospital_counts (hospital_code, month, role, item_id, answered, agreeing) VALUES ('H9', '2025-03-01', 'st', ${STATEMENTS[0]}, 1, 1)`.execute(
      t.app.db,
    );
    await sql`INSERT INTO pool_unit_counts (unit_key, hospital_code, role, item_id, answered, agreeing, last_month) VALUES ('H9/X', 'H9', 'st', ${STATEMENTS[0]}, 1, 1, '2025-03-01')`.execute(
      t.app.db,
    );
    expect((await staleness()).stale).toBe(false);
    // A unit last answered in the window answers again later: it leaves the window.
    await sql`INSERT INTO pool_unit_counts (unit_key, hospital_code, role, item_id, answered, agreeing, last_month) VALUES ('H9/Y', 'H9', 'st', ${STATEMENTS[0]}, 1, 1, '2024-06-01')`.execute(
      t.app.db,
    );
    expect((await staleness()).stale).toBe(true);
    await refreshPoolWindow(t.app.db, WINDOW, 3, []);
    expect((await staleness()).stale).toBe(false);
    await sql`UPDATE pool_unit_counts SET answered = 2, last_month = '2025-03-01' WHERE unit_key = 'H9/Y'`.execute(t.app.db);
    expect((await staleness()).stale).toBe(true);
    await refreshPoolWindow(t.app.db, WINDOW, 3, []);
    await sql`UPDATE pool_numeric_counts SET answered = answered WHERE month = '2024-05-01'`.execute(t.app.db);
    await sql`INSERT INTO pool_numeric_counts (hospital_code, month, role, item_id, value, answered) VALUES ('H9', '2024-05-01', 'st', ${HOURS}, 7, 1)`.execute(
      t.app.db,
    );
    expect((await staleness()).stale).toBe(true);
    // Read while stale, the figures are computed from the counts: the new hours count is in them.
    const figures = await poolFigures(t.app.db, WINDOW, 'H1', 3, [HOURS]);
    expect(figures).toEqual(await computePoolFigures(t.app.db, WINDOW, 'H1', 3, [HOURS]));
  });

  it('is kept for every open review’s window and hospital by the job, which an import runs, and dropped when no review needs it', async () => {
    const inspector = await signIn(t.app, 'inspector');
    const hospital = await createHospital(t.app, inspector, ['medical'], 'Granskad');
    await sql`DELETE FROM pool_windows`.execute(t.app.db);
    await openReviewWithInvitations(t.app, inspector, hospital, [['ST', 'st@granskad.example', 'st', 0]]);
    const now = t.app.now();
    const window = benchmarkWindow(24, now);
    await refreshOpenReviewWindows(t.app.db, now);
    const kept = async () =>
      (await sql<{ from: string; stale: boolean; hospitals: string[] }>`SELECT window_from AS from, stale, hospitals FROM pool_windows`.execute(t.app.db)).rows;
    expect(await kept()).toEqual([{ from: window.fromMonth, stale: false, hospitals: ['GRANSKAD'] }]);
    // An import into the window's months marks it stale; the import's route has the job recompute it.
    const month = poolMonth(now);
    const inside = window.untilMonth.slice(0, 7);
    const file = csv([
      ['role', 'hospital_code', 'unit_code', 'answered_on', STATEMENTS[0]],
      ['st', 'H7', 'U', `${inside}-02`, '4'],
    ]);
    expect((await upload(file)).statusCode).toBe(200);
    expect(await kept()).toEqual([{ from: window.fromMonth, stale: false, hospitals: ['GRANSKAD'] }]);
    expect(month > window.untilMonth).toBe(true);
    await sql`UPDATE campaigns SET status = 'closed'`.execute(t.app.db);
    await refreshOpenReviewWindows(t.app.db, now);
    expect(await kept()).toEqual([]);
  });
});
