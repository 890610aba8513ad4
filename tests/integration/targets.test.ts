import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarMonths, monthOf } from '../../contract/dates.js';
import { NATIONAL_TARGETS } from '../../server/features/targets/national.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import { call, closeReview, createHospital, openReviewWithInvitations, signIn, type HospitalFixture, type Session } from '../support/factories.js';

/**
 * A hospital's own targets: one set per year, edited by admins, the national defaults where a
 * hospital has none; a closed review's report holds each measured value against the targets of
 * the year it closed, and says which targets this survey does not measure.
 */

let t: TestApp;
let admin: Session;
let inspector: Session;
let hospital: HospitalFixture;
/** The year closeReview closes in (next month), whatever today is. */
const closingYear = Number(addCalendarMonths(monthOf(new Date()), 1).slice(0, 4));

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['surgical', 'surgical', 'medical']);
}, 60_000);
afterAll(() => t.close());

const url = (year: number, id = hospital.id) => `/api/hospitals/${id}/targets/${year}`;
const text = (sv: string, en = sv) => ({ sv, en });

const OWN = [
  {
    key: 'supervision-talks',
    label: text('Handledningssamtal', 'Supervision talks'),
    measure: { itemId: 'E.supervision-talks-12m', role: 'st' },
    comparison: 'atLeast',
    threshold: 6,
    unit: text('per år', 'a year'),
  },
  {
    key: 'self-study',
    label: text('Självstudier', 'Self-study'),
    measure: { itemId: 'F.self-study-hours', role: 'st' },
    comparison: 'atLeast',
    threshold: 1,
    unit: text('timme per vecka', 'hour a week'),
  },
  {
    key: 'follow-up-meeting',
    label: text('Uppföljningsmöte', 'Follow-up meeting'),
    measure: { itemId: 'D.yearly-follow-up', role: 'st' },
    comparison: 'yes',
    threshold: null,
    unit: text(''),
  },
  {
    key: 'few-assessments-missing',
    label: text('Högst två timmar självstudier', 'At most two hours of self-study'),
    measure: { itemId: 'F.self-study-hours', role: 'st' },
    comparison: 'atMost',
    threshold: 2,
    unit: text('timmar per vecka', 'hours a week'),
  },
  {
    key: 'internal-review',
    label: text('Intern granskning', 'Internal review'),
    measure: null,
    comparison: 'atLeast',
    threshold: 1,
    unit: text('per år', 'a year'),
  },
];

describe('a hospital’s target set', () => {
  it('is the national defaults until the hospital sets its own, every target of docs/domain.md §3 and the issue', async () => {
    const set = (await call(t.app, inspector, 'GET', url(closingYear), undefined, 200)).json();
    expect(set).toMatchObject({ hospitalId: hospital.id, year: closingYear, source: 'national', fromYear: null, updatedAt: null });
    expect(set.targets.map((x: { key: string }) => x.key)).toEqual([
      'supervision-talks',
      'competence-assessments',
      'specialist-panel',
      'follow-up-meeting',
      'self-study',
      'external-review',
      'internal-review',
      'iup-established',
      'iup-revised',
      'scientific-project',
      'study-director-time',
    ]);
    expect(set.targets[0]).toMatchObject({ measure: { itemId: 'E.supervision-talks-12m', role: 'st' }, comparison: 'atLeast', threshold: 6 });
    expect(set.measurable.find((m: { itemId: string }) => m.itemId === 'F.self-study-hours')).toMatchObject({
      kind: 'numeric',
      roles: ['st'],
      min: 0,
      max: 40,
    });
    expect(set.measurable.some((m: { itemId: string }) => m.itemId === 'background.training-year')).toBe(false);
  });

  it('is set per year by an admin; a later year’s edit leaves earlier years as they were', async () => {
    const saved = (await call(t.app, admin, 'PUT', url(closingYear - 1), { targets: OWN }, 200)).json();
    expect(saved).toMatchObject({ source: 'hospital', fromYear: closingYear - 1, updatedBy: expect.stringMatching(/^Admin/) });
    expect(saved.targets).toEqual(OWN);

    // A year without a set of its own keeps the latest earlier year's; a year before any, the defaults.
    expect((await call(t.app, admin, 'GET', url(closingYear), undefined, 200)).json()).toMatchObject({ source: 'hospital', fromYear: closingYear - 1 });
    expect((await call(t.app, admin, 'GET', url(closingYear - 2), undefined, 200)).json()).toMatchObject({ source: 'national' });

    const raised = OWN.map((x) => (x.key === 'supervision-talks' ? { ...x, threshold: 9 } : x));
    await call(t.app, admin, 'PUT', url(closingYear), { targets: raised }, 200);
    expect((await call(t.app, admin, 'GET', url(closingYear - 1), undefined, 200)).json().targets).toEqual(OWN);
    expect((await call(t.app, admin, 'GET', url(closingYear), undefined, 200)).json().targets[0].threshold).toBe(9);
    // A threshold of 0 stays 0 (and a yes target's null stays null) through the request's type coercion.
    const none = { ...OWN[1], key: 'no-self-study', comparison: 'atMost', threshold: 0 };
    expect((await call(t.app, admin, 'PUT', url(closingYear), { targets: [none, OWN[2]] }, 200)).json().targets).toEqual([none, OWN[2]]);
    await call(t.app, admin, 'PUT', url(closingYear), { targets: OWN }, 200);

    const audit = await t.app.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'targets_changed')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(audit.details).toMatchObject({ hospitalId: hospital.id, year: closingYear, before: [none, OWN[2]], after: OWN });
  });

  it('may be read by staff and the hospital’s own readers, and set by admins only', async () => {
    const own = await signIn(t.app, 'reader', { hospitalId: hospital.id });
    const other = await createHospital(t.app, inspector, ['medical']);
    const stranger = await signIn(t.app, 'reader', { hospitalId: other.id });
    expect((await call(t.app, own, 'GET', url(closingYear))).statusCode).toBe(200);
    expect((await call(t.app, stranger, 'GET', url(closingYear))).statusCode).toBe(403);
    expect((await call(t.app, null, 'GET', url(closingYear))).statusCode).toBe(401);
    expect((await call(t.app, inspector, 'PUT', url(closingYear), { targets: OWN })).statusCode).toBe(403);
    expect((await call(t.app, own, 'PUT', url(closingYear), { targets: OWN })).statusCode).toBe(403);
    expect((await call(t.app, admin, 'GET', url(closingYear, '999999'))).statusCode).toBe(404);
    expect((await call(t.app, admin, 'GET', url(1999))).statusCode).toBe(400);
  });

  it('refuses a set that breaks a rule, naming every problem, and saves nothing', async () => {
    const other = await createHospital(t.app, inspector, ['medical']);
    const bad = [
      { ...OWN[0], threshold: null },
      { ...OWN[1], key: 'supervision-talks' },
      { ...OWN[2], threshold: 1 },
      { ...OWN[2], key: 'statement-as-number', comparison: 'atLeast', threshold: 1 },
      { ...OWN[0], key: 'out-of-range', threshold: 400 },
      { ...OWN[0], key: 'wrong-role', measure: { itemId: 'E.supervision-talks-12m', role: 'head' } },
      { ...OWN[0], key: 'unknown-item', measure: { itemId: 'X.nothing', role: 'st' } },
      { ...OWN[0], key: 'numeric-yes', comparison: 'yes', threshold: null },
    ];
    const res = await call(t.app, admin, 'PUT', url(closingYear, other.id), { targets: bad });
    expect(res.statusCode).toBe(422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual([
      'body.targets.0.threshold',
      'body.targets.1.key',
      'body.targets.2.threshold',
      'body.targets.3.comparison',
      'body.targets.4.threshold',
      'body.targets.5.measure.role',
      'body.targets.6.measure.itemId',
      'body.targets.7.comparison',
    ]);
    expect(res.json()).toMatchObject({
      code: 'targets.rejected',
      params: { count: 8 },
      detail: 'Målen har fel (8); ingenting sparades. Rätta dem och spara igen.',
    });
    expect((await call(t.app, admin, 'GET', url(closingYear, other.id), undefined, 200)).json().source).toBe('national');

    const shape = await call(t.app, admin, 'PUT', url(closingYear, other.id), { targets: [{ ...OWN[0], comparison: '>=' }] });
    expect(shape.statusCode).toBe(400);
    expect(shape.json().errors[0].field).toBe('body.targets.0.comparison');
  });
});

/** [unit, D.yearly-follow-up, F.self-study-hours, E.supervision-talks-12m] per trainee. */
const TRAINEES: [number, number, number, number][] = [
  [0, 4, 0, 6],
  [0, 3, 1, 2],
  [0, 1, 2, 8],
  [0, 0, 0.5, 6],
  [1, 4, 1, 7],
  [1, 2, 0, 3],
  [1, 4, 3, 12],
];

async function closedReviewOf(target: HospitalFixture) {
  const people = TRAINEES.map(([unit], i) => [`ST ${i}`, `st${i}-${target.id}@example.se`, 'st', unit] as [string, string, string, number]);
  const { review, tokens } = await openReviewWithInvitations(t.app, inspector, target, people);
  for (const [i, [, followUp, hours, talks]] of TRAINEES.entries()) {
    const data = completeAnswers('st', { 'D.yearly-follow-up': followUp, 'F.self-study-hours': hours, 'E.supervision-talks-12m': talks });
    await call(t.app, null, 'POST', `/api/respond/${tokens.get(people[i][1])}/submit`, { data }, 200);
  }
  expect((await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/report`)).statusCode).toBe(409);
  await closeReview(t, inspector, review.id);
  return review.id as string;
}

describe('the report against the targets', () => {
  let reviewId: string;
  beforeAll(async () => {
    reviewId = await closedReviewOf(hospital);
  }, 60_000);
  const report = async (query = '') => (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report${query}`, undefined, 200)).json();
  const row = (r: { targets: { rows: { key: string }[] } }, key: string) => r.targets.rows.find((x) => x.key === key) as Record<string, unknown>;

  it('holds each measured value against the target of the year it closed', async () => {
    const r = await report();
    expect(r.targets).toMatchObject({ year: closingYear, source: 'hospital', fromYear: closingYear });
    expect(r.targets.rows.map((x: { key: string }) => x.key)).toEqual(OWN.map((x) => x.key));
    // Talks ≥ 6: 6, 8, 6, 7, 12 of 2, 3, 6, 6, 7, 8, 12 → 5 of 7, median 6.
    expect(row(r, 'supervision-talks')).toMatchObject({
      comparison: 'atLeast',
      threshold: 6,
      measure: { itemId: 'E.supervision-talks-12m', role: 'st' },
      measured: { suppressed: false, n: 7, metShare: 5 / 7, median: 6 },
    });
    // Self-study ≥ 1: 1, 2, 1, 3 of 0, 0, 0.5, 1, 1, 2, 3 → 4 of 7, median 1; ≤ 2: 6 of 7.
    expect(row(r, 'self-study')).toMatchObject({ measured: { n: 7, metShare: 4 / 7, median: 1 } });
    expect(row(r, 'few-assessments-missing')).toMatchObject({ comparison: 'atMost', measured: { n: 7, metShare: 6 / 7, median: 1 } });
    // Follow-up meeting, agreeing: 4, 3, 4, 4 of six answers on the scale (one "don't know").
    expect(row(r, 'follow-up-meeting')).toMatchObject({
      comparison: 'yes',
      threshold: null,
      measured: { suppressed: false, n: 6, metShare: 4 / 6, median: null },
    });
    expect(row(r, 'internal-review')).toMatchObject({ measure: null, measured: null });
    // The export says the same, to the digit.
    const csv = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report/export.csv?table=targets`, undefined, 200)).body;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('Mål;Jämförelse;Målvärde;Enhet;År;Mäts med;Roll;n;Når målet %;Median');
    expect(lines).toContain(`Handledningssamtal;≥;6;per år;${closingYear};E.supervision-talks-12m;ST-läkare;7;71;6`);
    expect(lines).toContain(`Uppföljningsmöte;ja;;;${closingYear};D.yearly-follow-up;ST-läkare;6;67;`);
    expect(lines).toContain(`Intern granskning;≥;1;per år;${closingYear};mäts inte av den här enkäten;;;;`);
    // The numeric table's "at target" column follows the same set.
    expect(r.numeric.find((n: { itemId: string }) => n.itemId === 'E.supervision-talks-12m').target).toBe(6);
  });

  it('measures a specialty group and a unit with the same suppression as their other figures', async () => {
    const surgical = await report('?specialtyGroup=surgical');
    expect(row(surgical, 'supervision-talks')).toMatchObject({ measured: { suppressed: false, n: 7, metShare: 5 / 7 } });
    const unit = await report(`?unitId=${hospital.units[1].id}`);
    // Three trainees in the unit: talks 7, 3, 12.
    expect(row(unit, 'supervision-talks')).toMatchObject({ measured: { suppressed: false, n: 3, metShare: 2 / 3, median: 7 } });
    // The medical unit has no trainees: nothing to hide, nothing measured.
    const medical = await report(`?unitId=${hospital.units[2].id}`);
    expect(row(medical, 'supervision-talks')).toMatchObject({ measured: { suppressed: false, n: 0, metShare: null } });
  });

  it('keeps its targets when the hospital’s are edited after closing', async () => {
    const before = (await report()).targets;
    await call(t.app, admin, 'PUT', url(closingYear), { targets: [{ ...OWN[0], threshold: 10 }] }, 200);
    expect((await report()).targets).toEqual(before);
    await call(t.app, admin, 'PUT', url(closingYear), { targets: OWN }, 200);
  });

  it('uses the national defaults for a hospital without targets, and says what the survey does not measure', async () => {
    const other = await createHospital(t.app, inspector, ['surgical', 'surgical']);
    const id = await closedReviewOf(other);
    const r = (await call(t.app, inspector, 'GET', `/api/reviews/${id}/report`, undefined, 200)).json();
    expect(r.targets).toMatchObject({ source: 'national', fromYear: null });
    expect(r.targets.rows).toHaveLength(NATIONAL_TARGETS.length);
    const unmeasured = r.targets.rows.filter((x: { measured: unknown }) => x.measured === null).map((x: { key: string }) => x.key);
    expect(unmeasured).toEqual(NATIONAL_TARGETS.filter((x) => x.measure === null).map((x) => x.key));
    expect(row(r, 'competence-assessments')).toMatchObject({ threshold: 6, measured: { suppressed: false, n: 7 } });
  });
});
