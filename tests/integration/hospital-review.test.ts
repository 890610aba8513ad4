import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import type { HospitalReport, HospitalReviewView, Interviews } from '../../contract/hospital-review.js';
import { addCalendarDays, addCalendarMonths, todayInSweden } from '../../contract/dates.js';
import { AREAS } from '../../contract/domain.js';
import { providerDuties } from '../../surveys/provider-duties.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, commentRequest, createHospital, createReview, signIn, type HospitalFixture, type Session } from '../support/factories.js';

/*
 * The hospital-level review (issue 20, part 3): created for a hospital, its profile validated,
 * the provider's duties judged, leadership interviewed, the synthesis of the clinic reviews kept
 * at closing, and the report per duty through the same draft → comment → published workflow and
 * action plan as a clinic review. The clinic reviews beside it are placed in the past by writing
 * their publication directly (publishing through the API always stamps now()), as coverage.test does.
 */
let t: TestApp;
let admin: Session;
let inspector: Session;
let reader: Session;
let stranger: Session;
let hospital: HospitalFixture;
let id: string;
const REAL_TODAY = todayInSweden(new Date());
const TODAY = REAL_TODAY.endsWith('-02-29') ? addCalendarDays(REAL_TODAY, -1) : REAL_TODAY;
const at = (day: string) => `${day}T10:00:00Z`;
const yearsAgo = (years: number) => addCalendarMonths(TODAY, -12 * years);
const base = () => `/api/hospital-reviews/${id}`;

/** A clinic review of the platform published on `day`, graded B except the areas given. */
async function publishedClinicReview(unitIds: string[], day: string, grades: Record<string, string>): Promise<string> {
  const review = await createReview(t.app, admin, hospital, { unitIds });
  await t.app.db
    .updateTable('campaigns')
    .set({ status: 'closed', report_published_at: new Date(at(day)) })
    .where('id', '=', review.id)
    .execute();
  const area = (grade: string) => ({ grade, justification: '', strengths: '', weaknesses: '', recommendations: [] });
  const content = { summary: '', areas: Object.fromEntries(AREAS.map((a) => [a, area(grades[a] ?? 'B')])), improvementAreas: [], quotes: [] };
  await t.app.db
    .insertInto('report_revisions')
    .values({ campaign_id: review.id, revision: 1, status: 'published', content: JSON.stringify(content), published_at: new Date(at(day)) })
    .execute();
  return review.id;
}

const profile = { beds: 1200, doctors: 610, stDoctors: 144, directorPercentPerTrainee: 1.5, stFundingPerPost: 350000 };

beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(at(TODAY));
  admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, admin, ['surgical', 'medical', 'diagnostic', 'medical']);
  reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
  stranger = await signIn(t.app, 'reader', { hospitalId: (await createHospital(t.app, admin, ['medical'])).id });
  const [u1, u2, u3] = hospital.units.map((u) => u.id);
  // Units 1 and 2 share a review (F C, E D), unit 3 has its own from six years ago (F D, G C), unit 4 none.
  await publishedClinicReview([u1, u2], addCalendarDays(TODAY, -100), { F: 'C', E: 'D' });
  await publishedClinicReview([u3], yearsAgo(6), { F: 'D', G: 'C' });
  id = (await call(t.app, inspector, 'POST', '/api/hospital-reviews', { title: 'Granskning på sjukhusnivå', hospitalId: hospital.id }, 201)).json().id;
});
afterAll(async () => {
  await t?.close();
});

describe('creating a hospital-level review', () => {
  it('starts in draft with every duty unjudged, the default leadership functions, and today’s synthesis as a preview', async () => {
    const view: HospitalReviewView = (await call(t.app, inspector, 'GET', base(), undefined, 200)).json();
    expect(view.review).toMatchObject({ status: 'draft', hospital: { id: hospital.id }, reportPublishedAt: null });
    expect(view.duties.map((d) => d.id)).toEqual(providerDuties.map((d) => d.id));
    expect(view.duties.every((d) => d.status === 'not_assessed')).toBe(true);
    expect(view.synthesisStored).toBe(false);
    expect(view.register.some((r) => r.category === 'financing-model' && r.received === 0)).toBe(true);
    const interviews: Interviews = (await call(t.app, inspector, 'GET', `${base()}/interviews`, undefined, 200)).json();
    expect(interviews.functions.map((f) => f.name.en)).toContain('Hospital-wide study director');
    expect(interviews.functions.every((f) => !f.custom)).toBe(true);
  });

  it('is listed for its inspector and not for the hospital’s readers before publication', async () => {
    expect((await call(t.app, inspector, 'GET', '/api/hospital-reviews', undefined, 200)).json().reviews.map((r: { id: string }) => r.id)).toContain(id);
    expect((await call(t.app, reader, 'GET', '/api/hospital-reviews', undefined, 200)).json().reviews).toEqual([]);
  });

  it('refuses a hospital that does not exist, and is not served by the clinic review’s own routes', async () => {
    const unknown = await call(t.app, inspector, 'POST', '/api/hospital-reviews', { title: 'X', hospitalId: '999999' }, 422);
    expect(unknown.json()).toMatchObject({ code: 'hospital.notFound', errors: [{ field: 'body.hospitalId' }] });
    // A title of only spaces is no title (the fuzz test found it answered 500).
    const blank = await call(t.app, inspector, 'POST', '/api/hospital-reviews', { title: '  ', hospitalId: hospital.id }, 422);
    expect(blank.json()).toMatchObject({ code: 'field.required', errors: [{ field: 'body.title' }] });
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${id}/checklist`)).statusCode).toBe(404);
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${id}/respondents`)).statusCode).toBe(404);
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${id}/report`)).statusCode).toBe(404);
  });
});

describe('the hospital’s profile', () => {
  it('refuses more ST doctors than doctors with a message naming both', async () => {
    const res = await call(t.app, inspector, 'PUT', `${base()}/profile`, { ...profile, stDoctors: 700 }, 422);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'body.stDoctors', code: 'hospitalReview.stDoctorsOverDoctors' })]);
    expect(res.json().detail).toContain('700');
  });

  it('refuses what the schema does not take: a negative count, a share over 100, a missing or unknown field', async () => {
    for (const body of [
      { ...profile, beds: -1 },
      { ...profile, directorPercentPerTrainee: 101 },
      { ...profile, doctors: 0 },
      { beds: 10, doctors: 10, stDoctors: 1, directorPercentPerTrainee: 1 },
      { ...profile, nurses: 4 },
    ]) {
      const res = await call(t.app, inspector, 'PUT', `${base()}/profile`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors.length).toBeGreaterThan(0);
    }
  });

  it('keeps the profile with the ST doctors’ share printed as every share is', async () => {
    const saved = (await call(t.app, inspector, 'PUT', `${base()}/profile`, profile, 200)).json();
    // 144 / 610 = 23.6 % → 24 %
    expect(saved).toMatchObject({ ...profile, stShare: { count: 144, n: 610, percent: 24 } });
    expect((await call(t.app, admin, 'GET', base(), undefined, 200)).json().profile).toMatchObject(profile);
  });

  it('is changed by the review’s inspectors and admins only', async () => {
    const other = await signIn(t.app, 'inspector');
    expect((await call(t.app, other, 'PUT', `${base()}/profile`, profile)).statusCode).toBe(403);
    expect((await call(t.app, reader, 'PUT', `${base()}/profile`, profile)).statusCode).toBe(403);
  });
});

describe('judging the provider’s duties', () => {
  it('keeps a judgement with its evidence, and refuses a duty the list does not have', async () => {
    const judged = (await call(t.app, inspector, 'PUT', `${base()}/duties/P3`, { status: 'partly', note: 'Handledarutbildning saknas för 30 %.' }, 200)).json();
    expect(judged).toMatchObject({ id: 'P3', status: 'partly', note: 'Handledarutbildning saknas för 30 %.', basis: { kind: 'rule' } });
    expect((await call(t.app, inspector, 'PUT', `${base()}/duties/P42`, { status: 'met', note: '' })).json()).toMatchObject({
      status: 422,
      code: 'hospitalReview.dutyUnknown',
    });
    // A clinic checklist point is not one of the provider's duties.
    expect((await call(t.app, inspector, 'PUT', `${base()}/duties/A1`, { status: 'met', note: '' })).statusCode).toBe(400);
    const duties = (await call(t.app, inspector, 'GET', `${base()}/duties`, undefined, 200)).json().duties;
    expect(duties.filter((d: { status: string }) => d.status !== 'not_assessed').map((d: { id: string }) => d.id)).toEqual(['P3']);
  });
});

describe('interviews with leadership functions', () => {
  it('adds a function of the inspectors’ own once, and keeps notes per function with the latest change winning', async () => {
    const added: Interviews = (await call(t.app, inspector, 'POST', `${base()}/interviews`, { label: 'Chefläkare' }, 200)).json();
    const own = added.functions.find((f) => f.custom)!;
    expect(own.name.sv).toBe('Chefläkare');
    expect((await call(t.app, inspector, 'POST', `${base()}/interviews`, { label: ' chefläkare ' })).statusCode).toBe(409);

    const noteId = randomUUID();
    const later = new Date(Date.parse(at(TODAY)) + 60_000).toISOString();
    await call(t.app, inspector, 'PUT', `${base()}/interview-notes/${noteId}`, { function: own.key, body: 'Ny version', savedAt: later }, 200);
    // A queued save from before arrives late: the newer text stays.
    const stale = (
      await call(t.app, inspector, 'PUT', `${base()}/interview-notes/${noteId}`, { function: own.key, body: 'Gammal', savedAt: at(TODAY) }, 200)
    ).json();
    expect(stale.body).toBe('Ny version');
    await call(
      t.app,
      inspector,
      'PUT',
      `${base()}/interview-notes/${randomUUID()}`,
      { function: 'fn-hospital-director', body: 'Studierektorstiden räcker inte till.', savedAt: at(TODAY) },
      200,
    );
    const unknown = await call(t.app, inspector, 'PUT', `${base()}/interview-notes/${randomUUID()}`, { function: 'fn-nobody', body: 'x', savedAt: at(TODAY) });
    expect(unknown.json()).toMatchObject({ status: 422, code: 'hospitalReview.functionUnknown' });
    const interviews: Interviews = (await call(t.app, inspector, 'GET', `${base()}/interviews`, undefined, 200)).json();
    expect(interviews.functions.find((f) => f.key === own.key)?.notes).toBe(1);
    expect(interviews.notes).toHaveLength(2);
  });
});

describe('closing: the synthesis of the clinic reviews', () => {
  it('keeps the coverage figures and the areas that recur as weak as they stood on the day it closed', async () => {
    await call(t.app, inspector, 'POST', `${base()}/close`, undefined, 200);
    const view: HospitalReviewView = (await call(t.app, inspector, 'GET', base(), undefined, 200)).json();
    expect(view.synthesisStored).toBe(true);
    // Units 1–2 reviewed 100 days ago, unit 3 six years ago (overdue), unit 4 never.
    expect(view.synthesis.coverage).toMatchObject({ units: { reviewed: 2, units: 4, percent: 50 }, overdue: 1, never: 1 });
    expect(view.synthesis.clinicReviews.map((r) => r.units.length)).toEqual([2, 1]);
    // F weak for three units (C, C, D) in two reviews; E for two (D, D) in one; G for one only: not recurring.
    expect(view.synthesis.weakAreas).toEqual([
      { area: 'F', weakUnits: 3, C: 2, D: 1, gradedUnits: 3, reviews: 2 },
      { area: 'E', weakUnits: 2, C: 0, D: 2, gradedUnits: 3, reviews: 1 },
    ]);

    // A clinic review published afterwards does not change what the hospital-level review found.
    await publishedClinicReview([hospital.units[3].id], TODAY, { H: 'D' });
    const again: HospitalReviewView = (await call(t.app, inspector, 'GET', base(), undefined, 200)).json();
    expect(again.synthesis).toEqual(view.synthesis);
    expect((await call(t.app, inspector, 'POST', `${base()}/close`)).statusCode).toBe(409);
  });

  it('fixes the profile and the interview list once closed', async () => {
    expect((await call(t.app, inspector, 'PUT', `${base()}/profile`, profile)).json()).toMatchObject({ status: 409, code: 'hospitalReview.closed' });
    expect((await call(t.app, inspector, 'POST', `${base()}/interviews`, { label: 'Ekonomichef' })).statusCode).toBe(409);
  });
});

describe('the report per duty', () => {
  const report = (path: string) => `/api/reviews/${id}/report/${path}`;

  it('starts with a finding per duty and no areas, and refuses grades A–D', async () => {
    const authoring = (await call(t.app, inspector, 'GET', report('authoring'), undefined, 200)).json();
    expect(Object.keys(authoring.current.content.duties)).toEqual(providerDuties.map((d) => d.id));
    expect(authoring.current.content.areas).toEqual({});
    expect(authoring.suggestions).toEqual({});
    const graded = { ...authoring.current.content, areas: { A: { grade: 'A', justification: '', strengths: '', weaknesses: '', recommendations: [] } } };
    const res = await call(t.app, inspector, 'PUT', report('content'), { content: graded });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toMatchObject({ code: 'hospitalReview.areasNotGraded' });
  });

  it('does not go to the hospital until every duty is judged and has a finding', async () => {
    const res = await call(t.app, inspector, 'POST', report('send-for-comment'), await commentRequest(t.app, inspector, id));
    expect(res.statusCode).toBe(422);
    const codes = res.json().errors.map((e: { field: string }) => e.field);
    expect(codes).toContain('duties.P1.judgement');
    expect(codes).toContain('duties.P3.finding');
    expect(codes).not.toContain('duties.P3.judgement');
  });

  it('goes out for comment, is published to the hospital’s readers with the judgements it had, and makes an action per recommendation', async () => {
    for (const duty of providerDuties) {
      await call(t.app, inspector, 'PUT', `${base()}/duties/${duty.id}`, { status: duty.id === 'P6' ? 'not_met' : 'met', note: 'Underlag granskat.' }, 200);
    }
    const authoring = (await call(t.app, inspector, 'GET', report('authoring'), undefined, 200)).json();
    const duties = Object.fromEntries(
      providerDuties.map((d) => [
        d.id,
        { judgement: 'not_assessed', finding: `Utlåtande ${d.id}.`, recommendations: d.id === 'P6' ? ['Planera externa granskningar för alla enheter.'] : [] },
      ]),
    );
    await call(t.app, inspector, 'PUT', report('content'), { content: { ...authoring.current.content, summary: 'Sammanfattning.', duties } }, 200);
    const round = await commentRequest(t.app, inspector, id);
    expect(round.recipients).toEqual([reader.email]);
    expect((await call(t.app, inspector, 'POST', report('send-for-comment'), round, 200)).json().asked).toBe(1);
    // The reader's link opens the draft per duty (no survey figures) and takes a general comment.
    const mail = await t.app.db
      .selectFrom('mails')
      .select('body')
      .where('kind', '=', 'comment_request')
      .where('campaign_id', '=', id)
      .executeTakeFirstOrThrow();
    const token = mail.body.match(/\/c\/([A-Za-z0-9_-]{43})/)![1];
    const draft = (await call(t.app, null, 'GET', `/api/comments/${token}`, undefined, 200)).json();
    expect(draft).toMatchObject({ review: { title: 'Granskning på sjukhusnivå' }, report: null, content: { duties: { P6: { finding: 'Utlåtande P6.' } } } });
    await call(t.app, null, 'POST', `/api/comments/${token}/submit`, { areas: {}, general: 'Vi instämmer.' }, 200);

    expect((await call(t.app, reader, 'GET', `${base()}/report`)).statusCode).toBe(403);
    await call(t.app, inspector, 'POST', report('publish'), undefined, 200);

    const published: HospitalReport = (await call(t.app, reader, 'GET', `${base()}/report`, undefined, 200)).json();
    expect(published.revision.status).toBe('published');
    expect(published.revision.content.duties?.P6).toMatchObject({ judgement: 'not_met', finding: 'Utlåtande P6.' });
    expect(published.revision.content.duties?.P1.judgement).toBe('met');
    expect(published.profile).toMatchObject(profile);
    expect(published.synthesis.weakAreas.map((a) => a.area)).toEqual(['F', 'E']);
    expect(published.interviewed.map((f) => f.sv).sort()).toEqual(['Chefläkare', 'Sjukhusövergripande studierektor']);
    // What the hospital reads holds no interview note and no inspector's working note.
    const body = JSON.stringify(published);
    expect(body).not.toContain('Studierektorstiden räcker inte');
    expect(body).not.toContain('Underlag granskat');
    expect((await call(t.app, reader, 'GET', '/api/hospital-reviews', undefined, 200)).json().reviews.map((r: { id: string }) => r.id)).toEqual([id]);

    const plan = (await call(t.app, reader, 'GET', `/api/reviews/${id}/action-plan`, undefined, 200)).json();
    expect(plan.actions.map((a: { recommendation: string }) => a.recommendation)).toEqual(['Planera externa granskningar för alla enheter.']);
    expect(plan.dueOn).toBe(addCalendarMonths(TODAY, 3));
  });

  it('keeps the published judgement when the checklist changes afterwards, and is not for another hospital’s readers', async () => {
    await call(t.app, inspector, 'PUT', `${base()}/duties/P6`, { status: 'met', note: '' }, 200);
    const published: HospitalReport = (await call(t.app, reader, 'GET', `${base()}/report`, undefined, 200)).json();
    expect(published.revision.content.duties?.P6.judgement).toBe('not_met');
    expect((await call(t.app, stranger, 'GET', `${base()}/report`)).statusCode).toBe(403);
    expect((await call(t.app, reader, 'GET', base())).statusCode).toBe(403);
  });
});
