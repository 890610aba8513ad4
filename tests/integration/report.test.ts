import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keptCounts, recountFromAnswers } from '../../server/features/benchmark/repository.js';
import { wilsonInterval } from '../../server/statistics.js';
import { currentSurvey } from '../../server/features/surveys/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import { call, closeReview, createHospital, openReviewWithInvitations, signIn, type HospitalFixture, type Session } from '../support/factories.js';

let t: TestApp;
let inspector: Session;
let own: HospitalFixture;
let reviewId: string;

const ITEM = 'A.varied-clinical-work';

/** [role, unit index, answer to ITEM, self-study hours] per respondent of the reviewed hospital. */
const PEOPLE: [string, number, number, number | null][] = [
  ['st', 0, 4, 0],
  ['st', 0, 3, 0],
  ['st', 0, 2, 1],
  ['st', 0, 0, 2],
  ['supervisor', 0, 1, null],
  ['supervisor', 0, 1, null],
  ['supervisor', 0, 4, null],
  ['st', 1, 4, 0],
  ['st', 1, 4, 3],
  ['st', 1, 1, 0],
  ['st', 2, 3, 1],
  ['st', 2, 3, 1],
  ['st', 2, 3, 1],
  ['director', 2, 4, null],
];

async function answerAll(hospital: HospitalFixture, people: [string, number, number, number | null][]) {
  const list = people.map(([role, unit], i) => [`P${i}`, `p${i}-${hospital.id}-${Math.random()}@example.se`, role, unit] as [string, string, string, number]);
  const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, list);
  for (const [i, [role, , value, hours]] of people.entries()) {
    const extra: Record<string, unknown> = { [ITEM]: value };
    if (hours !== null) extra['F.self-study-hours'] = hours;
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/respond/${tokens.get(list[i][1])}/submit`,
      payload: { data: completeAnswers(role as 'st', extra) },
    });
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  return review.id;
}

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  inspector = await signIn(t.app, 'inspector');
  own = await createHospital(t.app, inspector, ['surgical', 'surgical', 'medical'], 'OWN');
  reviewId = await answerAll(own, PEOPLE);
  // The rest of the country: 12 trainees at three other hospitals, 11 of whom agree.
  for (const code of ['OTHER1', 'OTHER2', 'OTHER3']) {
    const other = await createHospital(t.app, inspector, ['medical'], code);
    await answerAll(
      other,
      Array.from({ length: 4 }, (_, i) => ['st', 0, code === 'OTHER1' && i === 0 ? 1 : 4, 1] as [string, number, number, number]),
    );
  }
  // An earlier review of the same hospital, everyone disagreeing: must not count in the pool.
  await answerAll(
    own,
    Array.from({ length: 12 }, () => ['st', 0, 1, 1] as [string, number, number, number]),
  );
  await closeReview(t, inspector, reviewId);
}, 120_000);
afterAll(() => t.close());

const report = async (query = '') => (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report${query}`, undefined, 200)).json();
const statement = (r: { areas: { statements: { itemId: string }[] }[] }, id = ITEM) =>
  r.areas.flatMap((a) => a.statements).find((s) => s.itemId === id) as unknown as {
    byRole: Record<string, { suppressed: boolean; n: number | null; share: number | null }>;
    flags: unknown[];
  };

describe('the report of a review with known answers', () => {
  it('gives the agreeing share per role with n, leaving "don’t know" out', async () => {
    const r = await report();
    const s = statement(r);
    expect(s.byRole.st).toEqual({ suppressed: false, n: 9, agreeing: 7, share: 7 / 9, interval: wilsonInterval(7, 9), dontKnow: 1 });
    expect(s.byRole.supervisor).toEqual({ suppressed: false, n: 3, agreeing: 1, share: 1 / 3, interval: wilsonInterval(1, 3), dontKnow: 0 });
    expect(s.byRole.director).toEqual({ suppressed: true, n: null, agreeing: null, share: null, interval: null, dontKnow: null });
    expect(r.areas.map((a: { area: string }) => a.area)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    expect(r.responseRates.total.total).toMatchObject({ invited: 14, answered: 14 });
    // No supplementary survey in this review: no line for it.
    expect(r.supplementRates).toBeNull();
  });

  it('flags a role breaking the usual order: supervisors far below trainees', async () => {
    const s = statement(await report());
    expect(s.flags).toContainEqual({ kind: 'order-break', role: 'supervisor', below: 'st', marginPp: 45 });
  });

  it('filters by specialty group and by unit from the same suppressed figures', async () => {
    const medical = statement(await report('?specialtyGroup=medical'));
    expect(medical.byRole.st).toMatchObject({ suppressed: false, n: 3, agreeing: 3, share: 1, dontKnow: 0 });
    expect(medical.byRole.director.suppressed).toBe(true);
    const unit = statement(await report(`?unitId=${own.units[1].id}`));
    expect(unit.byRole.st).toMatchObject({ suppressed: false, n: 3, agreeing: 2, share: 2 / 3, dontKnow: 0 });
    expect(unit.byRole.supervisor).toEqual({ suppressed: false, n: 0, agreeing: 0, share: null, interval: null, dontKnow: 0 });
  });

  it('compares with the national pool, excluding the hospital’s own answers, and lists a 10 pp difference', async () => {
    const r = await report();
    const row = r.benchmark.find((b: { itemId: string; role: string }) => b.itemId === ITEM && b.role === 'st');
    expect(row).toMatchObject({
      local: { n: 9, agreeing: 7, share: 7 / 9 },
      pool: { n: 12, agreeing: 11, share: 11 / 12 },
      differencePp: 78 - 92,
      flagged: true,
    });
    // Each side's own interval beside the difference's.
    expect(row.local.interval).toEqual(wilsonInterval(7, 9));
    expect(row.pool.interval).toEqual(wilsonInterval(11, 12));
    expect(row.interval.low).toBeLessThan(row.differencePp);
    expect(row.interval.high).toBeGreaterThan(row.differencePp);
    // Statements everyone agreed with, here and elsewhere, are not flagged.
    const same = r.benchmark.find((b: { itemId: string; role: string }) => b.itemId === 'E.personal-supervisor' && b.role === 'st');
    expect(same).toMatchObject({ differencePp: 0, flagged: false });
    // Supervisors have no pool of 10 elsewhere: no row.
    expect(r.benchmark.some((b: { role: string }) => b.role === 'supervisor')).toBe(false);
  });

  it('compares self-study hours with the other hospitals’ answers on the platform, and leaves out the hospital’s own', async () => {
    const r = await report();
    // The twelve trainees elsewhere all have an hour; here 6 of 10 have at least one.
    const selfStudy = r.benchmark.find((b: { itemId: string; role: string }) => b.itemId === 'F.self-study-hours' && b.role === 'st');
    expect(selfStudy).toMatchObject({ local: { n: 10, share: 0.6 }, pool: { n: 12, share: 1 }, differencePp: -40, flagged: true });
    expect(r.numeric.find((n: { itemId: string }) => n.itemId === 'F.self-study-hours').pool).toEqual({
      n: 12,
      atLeastOne: 12,
      atLeastOneShare: 1,
      zero: 0,
      zeroShare: 0,
      atTarget: 12,
      median: 1,
      targetShare: 1,
    });
    // Every statement and number the hospital's people gave, in this review and the earlier one, but the one "don't know".
    const items = currentSurvey('spur-external').items;
    const counted = (role: string) => items.filter((i) => i.roles.includes(role as 'st') && (i.kind === 'statement' || i.kind === 'numeric')).length;
    const roles = [...PEOPLE.map(([role]) => role), ...Array.from({ length: 12 }, () => 'st')];
    const dontKnow = PEOPLE.filter(([, , value]) => value === 0).length;
    expect(r.settings.excludedOwnAnswers).toBe(roles.reduce((sum, role) => sum + counted(role), 0) - dontKnow);
  });

  it('reports self-study hours: share with at least 1 hour and with none, by specialty group, against the target', async () => {
    const r = await report();
    const hours = r.numeric.find((n: { itemId: string }) => n.itemId === 'F.self-study-hours');
    expect(hours.target).toBe(1);
    expect(hours.total).toMatchObject({
      suppressed: false,
      n: 10,
      submitted: 10,
      atLeastOne: 6,
      atLeastOneShare: 0.6,
      zero: 4,
      zeroShare: 0.4,
      atTarget: 6,
      targetShare: 0.6,
    });
    const surgical = hours.groups.find((g: { specialtyGroup: string }) => g.specialtyGroup === 'surgical');
    expect(surgical).toMatchObject({ n: 7, atLeastOneShare: 3 / 7, zeroShare: 4 / 7 });
  });

  it('keeps the pool’s counts equal to a recount from the raw answers', async () => {
    const ids = (kind: string) =>
      currentSurvey('spur-external')
        .items.filter((i) => i.kind === kind)
        .map((i) => i.id);
    const kept = await keptCounts(t.app.db);
    expect(kept.units.length).toBeGreaterThan(0);
    expect(kept.numbers.length).toBeGreaterThan(0);
    expect(kept).toEqual(await recountFromAnswers(t.app.db, ids('statement'), ids('numeric')));
  });

  it('serves one account at most 120 readings a minute, without slowing anyone else', async () => {
    const flooder = await signIn(t.app, 'admin');
    const statuses: number[] = [];
    for (let i = 0; i < 125; i++) statuses.push((await call(t.app, flooder, 'GET', `/api/reviews/${reviewId}/report`)).statusCode);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    expect(statuses.slice(120)).toEqual([429, 429, 429, 429, 429]);
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report`)).statusCode).toBe(200);
  });

  it('is for the review’s inspectors: not another inspector, not a reader before publication', async () => {
    const stranger = await signIn(t.app, 'inspector');
    expect((await call(t.app, stranger, 'GET', `/api/reviews/${reviewId}/report`)).statusCode).toBe(403);
    const reader = await signIn(t.app, 'reader', { hospitalId: own.id });
    expect((await call(t.app, reader, 'GET', `/api/reviews/${reviewId}/report`)).statusCode).toBe(403);
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report?unitId=999999`)).statusCode).toBe(404);
  });
});
