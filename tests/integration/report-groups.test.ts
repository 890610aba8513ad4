import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import { call, closeReview, createHospital, openReviewWithInvitations, signIn, type HospitalFixture, type Session } from '../support/factories.js';

/**
 * The specialty groups side by side (the hospital report's group comparison): one column per
 * group for every statement and numeric item, computed in the snapshot from the groups' own
 * suppressed figures, so that no column, and no column worked out from the total and the others,
 * shows a group below the threshold.
 */

let t: TestApp;
let inspector: Session;
let hospital: HospitalFixture;
let reviewId: string;
const ITEM = 'A.varied-clinical-work';

/** [role, unit, answer to ITEM, self-study hours (trainees)]: units are surgical, medical, diagnostic. */
const PEOPLE: [string, number, number, number | null][] = [
  ['st', 0, 4, 0],
  ['st', 0, 4, 0],
  ['st', 0, 2, 0],
  ['st', 0, 1, 1],
  ['st', 0, 3, 2],
  ['st', 1, 4, 0],
  ['st', 1, 4, 0],
  ['st', 1, 4, 1],
  ['st', 1, 4, 1],
  ['st', 1, 4, 2],
  ['st', 2, 4, 1],
  ['st', 2, 1, 2],
  ['st', 2, 1, 1],
  // Supervisors: 3 surgical, 3 medical and 1 diagnostic, below the threshold of 3.
  ['supervisor', 0, 4, null],
  ['supervisor', 0, 4, null],
  ['supervisor', 0, 1, null],
  ['supervisor', 1, 1, null],
  ['supervisor', 1, 1, null],
  ['supervisor', 1, 4, null],
  ['supervisor', 2, 4, null],
];

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  inspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['surgical', 'medical', 'diagnostic']);
  const list = PEOPLE.map(([role, unit], i) => [`P${i}`, `p${i}@example.se`, role, unit] as [string, string, string, number]);
  const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, list);
  reviewId = review.id;
  for (const [i, [role, , value, hours]] of PEOPLE.entries()) {
    const extra: Record<string, unknown> = { [ITEM]: value };
    if (hours !== null) extra['F.self-study-hours'] = hours;
    await call(t.app, null, 'POST', `/api/respond/${tokens.get(list[i][1])}/submit`, { data: completeAnswers(role as 'st', extra) }, 200);
  }
}, 120_000);
afterAll(() => t.close());

type Cell = { suppressed: boolean; n: number | null; share: number | null; smallN: boolean };
type Comparison = {
  groups: string[];
  smallN: number;
  statements: { itemId: string; area: string; byRole: Record<string, { groups: Record<string, Cell>; total: Cell }> }[];
  numeric: {
    itemId: string;
    roles: string[];
    groups: Record<string, { suppressed: boolean; n: number | null; zeroShare: number | null; atLeastOneShare: number | null; smallN: boolean }>;
    total: { suppressed: boolean; n: number | null };
  }[];
};
const report = async (query = '') => (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report${query}`, undefined, 200)).json();

describe('the specialty groups side by side', () => {
  it('is not readable while the review is open', async () => {
    const res = await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report`);
    expect(res.statusCode).toBe(409);
    expect(res.body).not.toContain('groupComparison');
    await closeReview(t, inspector, reviewId);
  });

  it('gives each statement’s agreeing share per group, with the total, marked "small n" where n is low', async () => {
    const comparison: Comparison = (await report()).groupComparison;
    expect(comparison.groups).toEqual(['surgical', 'medical', 'diagnostic']);
    expect(comparison.smallN).toBe(10);
    const row = comparison.statements.find((s) => s.itemId === ITEM)!;
    expect(row.area).toBe('A');
    expect(row.byRole.st.groups).toMatchObject({
      surgical: { suppressed: false, n: 5, agreeing: 3, share: 3 / 5, dontKnow: 0, smallN: true },
      medical: { suppressed: false, n: 5, agreeing: 5, share: 1, dontKnow: 0, smallN: true },
      diagnostic: { suppressed: false, n: 3, agreeing: 1, share: 1 / 3, dontKnow: 0, smallN: true },
    });
    expect(row.byRole.st.total).toMatchObject({ suppressed: false, n: 13, agreeing: 9, share: 9 / 13, dontKnow: 0, smallN: false });
    expect(comparison.statements).toHaveLength((await report()).areas.flatMap((a: { statements: unknown[] }) => a.statements).length);
  });

  it('gives the numeric items per group: no self-study time 60 %, 40 %, 0 %', async () => {
    const { numeric }: Comparison = (await report()).groupComparison;
    const hours = numeric.find((n) => n.itemId === 'F.self-study-hours')!;
    expect(hours.roles).toEqual(['st']);
    expect(hours.groups.surgical).toMatchObject({ suppressed: false, n: 5, zeroShare: 0.6, smallN: true });
    expect(hours.groups.medical).toMatchObject({ suppressed: false, n: 5, zeroShare: 0.4 });
    expect(hours.groups.diagnostic).toMatchObject({ suppressed: false, n: 3, zeroShare: 0, atLeastOneShare: 1 });
    expect(hours.total).toMatchObject({ suppressed: false, n: 13 });
  });

  it('hides a group below the threshold together with a complement, so it cannot be worked out from the total and the other groups', async () => {
    const { statements }: Comparison = (await report()).groupComparison;
    for (const row of statements) {
      const supervisors = row.byRole.supervisor;
      if (!supervisors) continue;
      const cells = [...Object.values(supervisors.groups), supervisors.total];
      // The diagnostic group has 1 supervisor: hidden, and with it at least one more figure of the
      // same sum (another group or the total), every statement alike.
      expect(supervisors.groups.diagnostic).toEqual({ suppressed: true, n: null, agreeing: null, share: null, interval: null, dontKnow: null, smallN: false });
      expect(cells.filter((c) => c.suppressed).length).toBeGreaterThanOrEqual(2);
      const shown = cells.filter((c) => !c.suppressed);
      for (const c of shown) expect(c.n).not.toBeNull();
    }
    // Nor from the medical filter and the total: the hidden columns are hidden in the filters too.
    const row = statements.find((s) => s.itemId === ITEM)!;
    for (const group of ['surgical', 'medical', 'diagnostic']) {
      const filtered = (await report(`?specialtyGroup=${group}`)).areas
        .flatMap((a: { statements: { itemId: string }[] }) => a.statements)
        .find((s: { itemId: string }) => s.itemId === ITEM);
      const { smallN: _small, ...cell } = row.byRole.supervisor.groups[group];
      expect(filtered.byRole.supervisor).toEqual(cell);
      const { smallN: _smallSt, ...trainees } = row.byRole.st.groups[group];
      expect(filtered.byRole.st).toEqual(trainees);
    }
  });

  it('is exported with the same figures, the hidden ones as "too few answers"', async () => {
    const csv = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report/export.csv?table=groups&lang=en`, undefined, 200)).body;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Area;Statement or question;Id;Role;Surgical specialties and emergency medicine %;Surgical specialties and emergency medicine n;Medical specialties %;Medical specialties n;Diagnostic specialties %;Diagnostic specialties n;Total %;Total n;Small n (under 10 answers)',
    );
    const row = (role: string) =>
      lines
        .find((l) => l.includes(`;${ITEM};${role};`))!
        .split(';')
        .slice(4);
    expect(row('ST doctor')).toEqual([
      '60',
      '5',
      '100',
      '5',
      '33',
      '3',
      '69',
      '13',
      'Surgical specialties and emergency medicine, Medical specialties, Diagnostic specialties',
    ]);
    expect(row('Supervisor')[4]).toBe('too few answers');
    const none = lines
      .find((l) => l.includes(';F.self-study-hours;') && l.includes('none (0) %'))!
      .split(';')
      .slice(4);
    expect(none.slice(0, 6)).toEqual(['60', '5', '40', '5', '0', '3']);
  });

  it('belongs to the whole review’s report only', async () => {
    expect((await report('?specialtyGroup=medical')).groupComparison).toBeNull();
    expect((await report(`?unitId=${hospital.units[0].id}`)).groupComparison).toBeNull();
  });
});
