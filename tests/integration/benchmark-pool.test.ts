import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import {
  call,
  closeReview,
  createHospital,
  createReview,
  csv,
  openReviewWithInvitations,
  signIn,
  type HospitalFixture,
  type Session,
} from '../support/factories.js';

/**
 * A review compared with a historic pool file over a fixed period, as the domain report's was
 * (1 January 2024 to 13 October 2025): statements and self-study hours, the reviewed hospital's
 * own historic answers written with its code in other ways, and answers outside the period.
 */
let t: TestApp;
let admin: Session;
let inspector: Session;
let own: HospitalFixture;
let reviewId: string;

const ITEM = 'A.varied-clinical-work';
const HOURS = 'F.self-study-hours';
const PERIOD = { from: '2024-01-01', until: '2025-10-13' };

/** [hospital code as written, date, answer to ITEM, self-study hours] per historic trainee. */
const HISTORIC: [string, string, number, string][] = [
  // Inside the period, three other hospitals in two months: 24 answers, 22 agreeing; hours 0, ½, 1, 2 six times each.
  ...['A1', 'A2', 'A3'].flatMap((code) =>
    ['2024-03-05', '2025-05-05'].flatMap(
      (day) =>
        [
          [code, day, 4, '1'],
          [code, day, code === 'A1' ? 1 : 4, '2'],
          [code, day, code === 'A2' ? 3 : 4, '0'],
          [code, day, 4, '0,5'],
        ] as [string, string, number, string][],
    ),
  ),
  // A month with two answers from other hospitals: too few to count on its own.
  ['A1', '2024-06-10', 1, '0'],
  ['A1', '2024-06-11', 1, '0'],
  // October 2025 is not a whole month of the period; December 2023 is before it.
  ...Array.from({ length: 5 }, (): [string, string, number, string] => ['A2', '2025-10-20', 1, '0']),
  ...Array.from({ length: 5 }, (): [string, string, number, string] => ['A3', '2023-12-15', 1, '0']),
  // The reviewed hospital itself, its code written by hand: left out as its own.
  ...[' egen', 'EGEN ', 'E G E N', 'Egen', 'egen'].map((code): [string, string, number, string] => [code, '2024-03-06', 1, '0']),
];

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
  own = await createHospital(t.app, inspector, ['medical', 'surgical'], 'Egen');
  const file = csv(
    [
      ['role', 'hospital_code', 'unit_code', 'answered_on', ITEM, HOURS],
      ...HISTORIC.map(([code, day, value, hours], i) => ['st', code, `U${i % 2}`, day, String(value), hours]),
    ],
    ';',
  );
  const imported = await t.app.inject({
    method: 'POST',
    url: '/api/pool-imports?filename=riket.csv&keep=A1&keep=A2&keep=A3',
    headers: { ...admin.headers, 'content-type': 'text/csv' },
    payload: file,
  });
  expect(imported.statusCode, imported.body).toBe(200);

  const people: [string, string, string, number][] = [0, 1, 2, 3].map((i) => [`ST ${i}`, `st${i}@egen.example`, 'st', i % 2]);
  const opened = await openReviewWithInvitations(t.app, inspector, own, people);
  reviewId = opened.review.id;
  for (const [i, [, email]] of people.entries()) {
    const data = completeAnswers('st', { [ITEM]: [4, 3, 2, 1][i], [HOURS]: [0, 0, 0, 1][i] });
    await call(t.app, null, 'POST', `/api/respond/${opened.tokens.get(email)}/submit`, { data }, 200);
  }
}, 120_000);
afterAll(() => t.close());

const report = async (who = inspector) => (await call(t.app, who, 'GET', `/api/reviews/${reviewId}/report`, undefined, 200)).json();
const row = (r: { benchmark: { itemId: string; role: string }[] }, itemId: string) =>
  r.benchmark.find((b) => b.itemId === itemId && b.role === 'st') as Record<string, unknown> | undefined;

describe('a fixed benchmark period', () => {
  it('is refused when it ends before it starts, holds no whole month, or ends after the review closes', async () => {
    const refused = async (body: Record<string, unknown>, method: 'PATCH' | 'POST' = 'PATCH') => {
      const res = await call(t.app, inspector, method, method === 'PATCH' ? `/api/reviews/${reviewId}` : '/api/reviews', body);
      expect(res.statusCode, res.body).toBe(422);
      return res.json();
    };
    expect((await refused({ benchmarkPeriod: { from: '2025-10-13', until: '2024-01-01' } })).errors).toEqual([
      expect.objectContaining({ field: 'body.benchmarkPeriod.until', code: 'review.benchmark.backwards' }),
    ]);
    expect(await refused({ benchmarkPeriod: { from: '2025-10-02', until: '2025-10-31' } })).toMatchObject({
      code: 'review.benchmark.noWholeMonth',
      params: { from: '2025-10-02', until: '2025-10-31' },
      detail: expect.stringContaining('innehåller ingen hel kalendermånad'),
    });
    expect(await refused({ benchmarkPeriod: { from: '2024-02-01', until: '2024-02-30' } })).toMatchObject({
      code: 'field.notRealDate',
      detail: '2024-02-30 är inget verkligt datum.',
    });
    const create = { title: 'Granskning', hospitalId: own.id, unitIds: own.units.map((u) => u.id), closesAt: '2025-10-12', benchmarkPeriod: PERIOD };
    expect((await refused(create, 'POST')).errors).toEqual([
      expect.objectContaining({ field: 'body.benchmarkPeriod.until', code: 'review.benchmark.afterClosing', params: { closesAt: '2025-10-12' } }),
    ]);
    // Nor may the closing date move before the period's end once it is set.
    const draft = await createReview(t.app, inspector, own, { benchmarkPeriod: PERIOD });
    expect((await call(t.app, inspector, 'PATCH', `/api/reviews/${draft.id}`, { closesAt: '2025-10-01' })).statusCode).toBe(422);
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${draft.id}`, undefined, 200)).json()).toMatchObject({
      benchmarkPeriod: PERIOD,
      closesAt: '2099-12-31',
    });
  });

  it('compares with the whole months inside it, states the period and the months, and is fixed at closing', async () => {
    await call(t.app, inspector, 'PATCH', `/api/reviews/${reviewId}`, { benchmarkPeriod: PERIOD }, 200);
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}`, undefined, 200)).json().benchmarkPeriod).toEqual(PERIOD);
    await closeReview(t, inspector, reviewId);
    const r = await report();
    expect(r.settings).toMatchObject({
      period: PERIOD,
      fromMonth: '2024-01-01',
      untilMonth: '2025-09-01',
      windowMonths: 21,
      poolMonthMinimum: 3,
      poolMinimumHospitals: 3,
    });
    // Only March 2024 and May 2025 count: not the two answers of June 2024, not October 2025, not 2023.
    expect(row(r, ITEM)).toMatchObject({ local: { n: 4, share: 0.5 }, pool: { n: 24, share: 22 / 24 }, differencePp: 50 - 92, flagged: true });
    expect((await call(t.app, inspector, 'PATCH', `/api/reviews/${reviewId}`, { benchmarkPeriod: null })).statusCode).toBe(409);
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report?fromMonth=2023-01-01`)).statusCode).toBe(400);
  });

  it('leaves out the hospital’s own answers however the file wrote its code, and says how many', async () => {
    const r = await report();
    // Five historic trainees of the hospital, a statement and an hour count each.
    expect(r.settings.excludedOwnAnswers).toBe(10);
  });
});

describe('self-study hours in the national pool', () => {
  it('give the self-study benchmark row: at least 1 hour a week, here against the pool', async () => {
    const r = await report();
    expect(row(r, HOURS)).toMatchObject({
      area: 'F',
      label: { sv: 'Schemalagd tid för självstudier minst 1 timme i veckan' },
      local: { n: 4, share: 0.25 },
      pool: { n: 24, share: 0.5 },
      differencePp: 25 - 50,
      flagged: true,
    });
  });

  it('give the pool’s figures beside the review’s in the numeric section', async () => {
    const hours = (await report()).numeric.find((n: { itemId: string }) => n.itemId === HOURS);
    expect(hours.total).toMatchObject({ n: 4, atLeastOneShare: 0.25, zeroShare: 0.75 });
    expect(hours.pool).toEqual({ n: 24, atLeastOne: 12, atLeastOneShare: 0.5, zero: 6, zeroShare: 0.25, atTarget: 12, median: 0.75, targetShare: 0.5 });
  });
});
