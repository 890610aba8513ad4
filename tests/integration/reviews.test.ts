import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { currentSurvey } from '../../server/features/surveys/service.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, createHospital, createReview, signIn, type HospitalFixture, type Session } from '../support/factories.js';

let t: TestApp;
let admin: Session;
let inspector: Session;
let other: Session;
let hospital: HospitalFixture;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
  other = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['surgical', 'medical', 'diagnostic']);
});
afterAll(() => t.close());

describe('creating a review', () => {
  it('makes a draft of several units, pins the current survey version and assigns the creator', async () => {
    const review = await createReview(t.app, inspector, hospital, { includeDirectorSupplement: true, anonymityThreshold: 4 });
    expect(review).toMatchObject({ status: 'draft', anonymityThreshold: 4, allowEdits: false, hospital: { id: hospital.id } });
    expect(review.units.map((u: { id: string }) => u.id).sort()).toEqual(hospital.units.map((u) => u.id).sort());
    expect(review.inspectors.map((i: { id: string }) => i.id)).toEqual([inspector.userId]);
    expect(review.surveys).toEqual([
      { key: 'spur-external', versionId: currentSurvey('spur-external').id, roles: ['st', 'supervisor', 'director', 'head'] },
      { key: 'director-supplement', versionId: currentSurvey('director-supplement').id, roles: ['director'] },
    ]);
    const stored = await t.app.db.selectFrom('survey_versions').select('survey_key').execute();
    expect(stored.map((s) => s.survey_key).sort()).toEqual(['director-supplement', 'spur-external']);
  });

  it('uses a default anonymity threshold of 3', async () => {
    expect((await createReview(t.app, inspector, hospital)).anonymityThreshold).toBe(3);
  });

  it.each([
    ['no units', { unitIds: [] }, 400, 'body.unitIds'],
    ['a unit of another hospital', { unitIds: ['999999'] }, 422, 'body.unitIds'],
    ['closing before opening', { opensAt: '2030-05-01', closesAt: '2030-04-01' }, 422, 'body.closesAt'],
    ['an impossible date', { closesAt: '2030-02-30' }, 422, 'body.closesAt'],
    ['a threshold of 0', { anonymityThreshold: 0 }, 400, 'body.anonymityThreshold'],
    ['a user who is no inspector', { inspectorIds: ['999999'] }, 422, 'body.inspectorIds'],
    ['an unknown field', { colour: 'red' }, 400, 'body.colour'],
  ])('rejects %s with the field named', async (_what, change, status, field) => {
    const res = await call(t.app, inspector, 'POST', '/api/reviews', {
      title: 'X',
      hospitalId: hospital.id,
      unitIds: hospital.units.map((u) => u.id),
      ...change,
    });
    expect(res.statusCode).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.json().errors.map((e: { field: string }) => e.field)).toContain(field);
  });

  it('readers cannot create reviews; anonymous callers must log in', async () => {
    const reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
    expect((await call(t.app, reader, 'POST', '/api/reviews', { title: 'X', hospitalId: hospital.id, unitIds: [hospital.units[0].id] })).statusCode).toBe(403);
    expect((await call(t.app, null, 'GET', '/api/reviews')).statusCode).toBe(401);
  });
});

describe('who sees a review', () => {
  it('the assigned inspector and admins; not another inspector or a reader before publication', async () => {
    const review = await createReview(t.app, inspector, hospital);
    const reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${review.id}`)).statusCode).toBe(200);
    expect((await call(t.app, admin, 'GET', `/api/reviews/${review.id}`)).statusCode).toBe(200);
    expect((await call(t.app, other, 'GET', `/api/reviews/${review.id}`)).statusCode).toBe(403);
    expect((await call(t.app, reader, 'GET', `/api/reviews/${review.id}`)).statusCode).toBe(403);
    expect((await call(t.app, admin, 'GET', '/api/reviews/987654')).statusCode).toBe(404);

    const otherList = (await call(t.app, other, 'GET', '/api/reviews', undefined, 200)).json().reviews;
    expect(otherList.map((r: { id: string }) => r.id)).not.toContain(review.id);
    const readerList = (await call(t.app, reader, 'GET', '/api/reviews', undefined, 200)).json().reviews;
    expect(readerList).toEqual([]);
  });

  it('an inspector cannot remove themselves from a review', async () => {
    const review = await createReview(t.app, inspector, hospital);
    const res = await call(t.app, inspector, 'PATCH', `/api/reviews/${review.id}`, { inspectorIds: [other.userId] });
    expect(res.statusCode).toBe(422);
    expect((await call(t.app, inspector, 'GET', `/api/reviews/${review.id}`)).statusCode).toBe(200);
  });

  it('assigning another inspector gives them the review', async () => {
    const review = await createReview(t.app, inspector, hospital);
    await call(t.app, inspector, 'PATCH', `/api/reviews/${review.id}`, { inspectorIds: [inspector.userId, other.userId] }, 200);
    expect((await call(t.app, other, 'GET', `/api/reviews/${review.id}`)).statusCode).toBe(200);
  });
});

describe('the review lifecycle', () => {
  it('goes draft → open → closed and no other way', async () => {
    const review = await createReview(t.app, inspector, hospital);
    expect((await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/close`)).statusCode).toBe(409);
    expect((await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/open`, undefined, 200)).json().status).toBe('open');
    expect((await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/open`)).statusCode).toBe(409);
    expect((await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/close`, undefined, 200)).json().status).toBe('closed');
    const change = await call(t.app, inspector, 'PATCH', `/api/reviews/${review.id}`, { title: 'Nytt namn' });
    expect(change.statusCode).toBe(409);
  });

  it('pins the survey version: it can change in a draft but not once open', async () => {
    const review = await createReview(t.app, inspector, hospital);
    const version = currentSurvey('spur-external').id;
    await call(t.app, inspector, 'PATCH', `/api/reviews/${review.id}`, { surveyVersion: version }, 200);
    const unknown = await call(t.app, inspector, 'PATCH', `/api/reviews/${review.id}`, { surveyVersion: 'abcdefabcdef' });
    expect(unknown.statusCode).toBe(422);
    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/open`, undefined, 200);
    const locked = await call(t.app, inspector, 'PATCH', `/api/reviews/${review.id}`, { surveyVersion: version });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('review.unitsLocked');
    const dates = await call(t.app, inspector, 'PATCH', `/api/reviews/${review.id}`, { closesAt: '2099-06-30' });
    expect(dates.json().closesAt).toBe('2099-06-30');
  });

  it('writes each step to the audit trail', async () => {
    const review = await createReview(t.app, inspector, hospital);
    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/open`, undefined, 200);
    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/close`, undefined, 200);
    const events = (await call(t.app, admin, 'GET', `/api/audit?reviewId=${review.id}`, undefined, 200)).json().events;
    expect(events.map((e: { action: string }) => e.action).reverse()).toEqual(['review_created', 'review_opened', 'review_closed']);
    expect(events[0].actor.email).toBe(inspector.email);
  });
});
