import { randomUUID } from 'node:crypto';
import { tz } from '@date-fns/tz';
import { addDays, addMonths, format, parse } from 'date-fns';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklist } from '../../surveys/checklist.js';
import { remindActionPlans } from '../../server/features/site-visit/reminders.js';
import { completeAnswers } from '../support/answers.js';
import { createTestApp, type TestApp } from '../support/app.js';
import {
  call,
  closeReview,
  commentRequest,
  createHospital,
  createReview,
  openReviewWithInvitations,
  signIn,
  type HospitalFixture,
  type Session,
} from '../support/factories.js';

let t: TestApp;
let inspector: Session;
let otherInspector: Session;
let reader: Session;
let stranger: Session;
let hospital: HospitalFixture;
let reviewId: string;

const base = () => `/api/reviews/${reviewId}`;
const inSweden = { in: tz('Europe/Stockholm') };

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  inspector = await signIn(t.app, 'inspector');
  otherInspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['medical']);
  reader = await signIn(t.app, 'reader', { hospitalId: hospital.id });
  stranger = await signIn(t.app, 'reader', { hospitalId: (await createHospital(t.app, inspector, ['other'])).id });
  const people: [string, string, string, number][] = [
    ['A', 'a@example.se', 'st', 0],
    ['B', 'b@example.se', 'st', 0],
    ['C', 'c@example.se', 'st', 0],
    ['D', 'd@example.se', 'supervisor', 0],
    ['E', 'e@example.se', 'supervisor', 0],
    ['F', 'f@example.se', 'supervisor', 0],
  ];
  const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, people);
  reviewId = review.id;
  // Trainees all agree fully with everything: the survey alone would suggest A everywhere.
  for (const [, email, role] of people) {
    const res = await t.app.inject({ method: 'POST', url: `/api/respond/${tokens.get(email)}/submit`, payload: { data: completeAnswers(role as 'st') } });
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  // The visit follows the survey: its figures exist once the review has closed.
  await closeReview(t, inspector, reviewId);
}, 120_000);
afterAll(() => t.close());

describe('the checklist', () => {
  it('lists every point per area with its basis, and the linked statements’ figures as evidence', async () => {
    const view = (await call(t.app, inspector, 'GET', `${base()}/checklist`, undefined, 200)).json();
    expect(view.areas.map((a: { area: string }) => a.area)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    const points = view.areas.flatMap((a: { points: unknown[] }) => a.points);
    expect(points).toHaveLength(checklist.length);
    const a1 = points.find((p: { id: string }) => p.id === 'A1');
    expect(a1).toMatchObject({ status: 'not_assessed', basis: { kind: 'rule', reference: 'HSLF-FS 2021:8' } });
    expect(a1.evidence.map((e: { itemId: string }) => e.itemId)).toEqual(['A.varied-clinical-work', 'A.patient-volume']);
    expect(a1.evidence[0].byRole.st).toMatchObject({ suppressed: false, n: 3, agreeing: 3, share: 1, dontKnow: 0 });
    // A point judged at the visit only says what to look at instead.
    expect(points.find((p: { id: string }) => p.id === 'D11')).toMatchObject({ evidence: [], visitEvidence: { sv: expect.any(String) } });
    expect(view.areas[0].suggestedGrade).toBe('A');
  });

  it('lets only the review’s inspectors read and judge it', async () => {
    expect((await call(t.app, otherInspector, 'GET', `${base()}/checklist`)).statusCode).toBe(403);
    expect((await call(t.app, reader, 'PUT', `${base()}/checklist/A1`, { status: 'met', note: '' })).statusCode).toBe(403);
    expect((await call(t.app, null, 'GET', `${base()}/checklist`)).statusCode).toBe(401);
  });

  it('refuses points that do not exist and statuses outside the scale', async () => {
    const unknown = await call(t.app, inspector, 'PUT', `${base()}/checklist/A99`, { status: 'met', note: '' });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json()).toMatchObject({ code: 'checklist.pointUnknown', params: { point: 'A99' }, detail: 'Checklistan har ingen punkt A99.' });
    expect((await call(t.app, inspector, 'PUT', `${base()}/checklist/A1`, { status: 'fine', note: '' })).statusCode).toBe(400);
  });

  it('a binding rule not met outweighs the survey: never A, and the report cannot grade it A', async () => {
    const judged = (
      await call(t.app, inspector, 'PUT', `${base()}/checklist/A1`, { status: 'not_met', note: ' Litet patientunderlag enligt intervjuerna. ' }, 200)
    ).json();
    expect(judged).toMatchObject({ id: 'A1', status: 'not_met', note: 'Litet patientunderlag enligt intervjuerna.' });
    await call(t.app, inspector, 'PUT', `${base()}/checklist/B3`, { status: 'partly', note: '' }, 200);
    await call(t.app, inspector, 'PUT', `${base()}/checklist/C1`, { status: 'met', note: 'Rundvandringen.' }, 200);

    const view = (await call(t.app, inspector, 'GET', `${base()}/checklist`, undefined, 200)).json();
    const grade = (area: string) => view.areas.find((a: { area: string }) => a.area === area);
    expect(grade('A')).toMatchObject({ suggestedGrade: 'C', suggestionPoints: 3 });
    expect(grade('B')).toMatchObject({ suggestedGrade: 'B', suggestionPoints: 1 });
    expect(grade('C')).toMatchObject({ suggestedGrade: 'A', suggestionPoints: 0 });

    const authoring = (await call(t.app, inspector, 'GET', `${base()}/report/authoring`, undefined, 200)).json();
    expect(authoring.suggestions.A).toMatchObject({ grade: 'C', checklistReasons: [{ pointId: 'A1', basis: 'rule', status: 'not_met', weight: 3 }] });
    const content = authoring.current.content;
    for (const area of 'ABCDEFGH') content.areas[area].grade = authoring.suggestions[area].grade;
    content.areas.A.grade = 'A';
    content.areas.A.justification = 'Vi tycker ändå att det fungerar.';
    await call(t.app, inspector, 'PUT', `${base()}/report/content`, { content }, 200);
    const refused = await call(t.app, inspector, 'POST', `${base()}/report/send-for-comment`, await commentRequest(t.app, inspector, reviewId));
    expect(refused.statusCode).toBe(422);
    expect(refused.json().errors).toEqual([
      {
        field: 'areas.A.grade',
        code: 'report.grade.ruleNotMet',
        params: { area: 'A', point: 'A1' },
        message: 'Område A kan inte bedömas A: föreskriften A1 är markerad som inte uppfylld.',
      },
    ]);
  });
});

describe('the site visit', () => {
  const plan = {
    startsOn: '2027-03-02',
    endsOn: '2027-03-03',
    inspectors: ['Anna Granskare', ' Bo Granskare '],
    schedule: [
      { date: '2027-03-03', start: '09:00', end: '10:00', kind: 'interview', role: 'supervisor', place: 'Konferensrum 2' },
      { date: '2027-03-02', start: '13:00', end: '14:30', kind: 'interview', role: 'st', place: 'Konferensrum 1' },
      { date: '2027-03-02', start: '10:00', end: '11:00', kind: 'tour', role: null, place: '' },
    ],
    notes: 'Studierektorn skickar riktlinjer och IUP-mall två veckor före.',
  };

  it('saves the plan with the schedule in time order', async () => {
    expect((await call(t.app, inspector, 'GET', `${base()}/visit`, undefined, 200)).json()).toMatchObject({ startsOn: null, schedule: [], updatedAt: null });
    const saved = (await call(t.app, inspector, 'PUT', `${base()}/visit`, plan, 200)).json();
    expect(saved.inspectors).toEqual(['Anna Granskare', 'Bo Granskare']);
    expect(saved.schedule.map((s: { kind: string; role: string | null }) => `${s.kind}:${s.role}`)).toEqual([
      'tour:null',
      'interview:st',
      'interview:supervisor',
    ]);
    expect((await call(t.app, inspector, 'GET', `${base()}/visit`, undefined, 200)).json()).toEqual(saved);
  });

  it('names every mistake in a plan', async () => {
    const bad = {
      ...plan,
      endsOn: '2027-03-01',
      schedule: [{ date: '2027-02-30', start: '10:00', end: '09:00', kind: 'interview', role: null, place: '' }],
    };
    const res = await call(t.app, inspector, 'PUT', `${base()}/visit`, bad);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { field: string }) => e.field)).toEqual(['endsOn', 'schedule.0.date', 'schedule.0.end', 'schedule.0.role']);
  });

  it('keeps the latest version of a note however late and often its saves arrive', async () => {
    const id = randomUUID();
    const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();
    const [t1, t2, t1b] = [minutesAgo(60), minutesAgo(55), minutesAgo(59)];
    const save = (body: string, savedAt: string, expected?: number) =>
      call(t.app, inspector, 'PUT', `${base()}/visit-notes/${id}`, { group: 'st', areas: ['E', 'A'], body, savedAt }, expected);
    expect((await save('första', t1, 200)).json()).toMatchObject({ id, group: 'st', areas: ['A', 'E'], body: 'första' });
    await save('andra', t2, 200);
    // A queued save from before the last one arrives late: the newer text stays, and is returned.
    expect((await save('första igen', t1b, 200)).json().body).toBe('andra');
    await save('andra', t2, 200); // a retry of the same save
    const notes = (await call(t.app, inspector, 'GET', `${base()}/visit-notes`, undefined, 200)).json().notes;
    expect(notes).toEqual([{ id, group: 'st', areas: ['A', 'E'], body: 'andra', savedAt: t2 }]);

    const checklistView = (await call(t.app, inspector, 'GET', `${base()}/checklist`, undefined, 200)).json();
    expect(checklistView.areas.find((a: { area: string }) => a.area === 'E').points[0].noteIds).toEqual([id]);
  });

  it('does not bring a deleted note back, and keeps notes of one review out of another', async () => {
    const id = randomUUID();
    await call(
      t.app,
      inspector,
      'PUT',
      `${base()}/visit-notes/${id}`,
      { group: 'head', areas: [], body: 'x', savedAt: new Date(Date.now() - 120_000).toISOString() },
      200,
    );
    await call(t.app, inspector, 'DELETE', `${base()}/visit-notes/${id}`, undefined, 200);
    const late = await call(t.app, inspector, 'PUT', `${base()}/visit-notes/${id}`, {
      group: 'head',
      areas: [],
      body: 'x igen',
      savedAt: new Date(Date.now() - 60_000).toISOString(),
    });
    expect(late.statusCode).toBe(410);
    expect((await call(t.app, inspector, 'GET', `${base()}/visit-notes`, undefined, 200)).json().notes.map((n: { id: string }) => n.id)).not.toContain(id);

    const other = await createReview(t.app, inspector, hospital);
    const noteId = (await call(t.app, inspector, 'GET', `${base()}/visit-notes`, undefined, 200)).json().notes[0].id;
    const hijack = await call(t.app, inspector, 'PUT', `/api/reviews/${other.id}/visit-notes/${noteId}`, {
      group: 'st',
      areas: [],
      body: 'y',
      savedAt: new Date().toISOString(),
    });
    expect(hijack.statusCode).toBe(409);
    expect((await call(t.app, reader, 'GET', `${base()}/visit-notes`)).statusCode).toBe(403);
  });

  it('deletes a note stamped ahead by a tablet whose clock runs fast', async () => {
    const id = randomUUID();
    const ahead = new Date(Date.now() + 5 * 60_000).toISOString();
    await call(t.app, inspector, 'PUT', `${base()}/visit-notes/${id}`, { group: 'st', areas: [], body: 'framåt', savedAt: ahead }, 200);
    await call(t.app, inspector, 'DELETE', `${base()}/visit-notes/${id}`, undefined, 200);
    expect((await call(t.app, inspector, 'GET', `${base()}/visit-notes`, undefined, 200)).json().notes.map((n: { id: string }) => n.id)).not.toContain(id);
  });

  it('refuses a note stamped days ahead and ids that are not UUIDs', async () => {
    const future = addDays(new Date(), 3).toISOString();
    expect(
      (await call(t.app, inspector, 'PUT', `${base()}/visit-notes/${randomUUID()}`, { group: 'st', areas: [], body: 'x', savedAt: future })).statusCode,
    ).toBe(422);
    expect(
      (await call(t.app, inspector, 'PUT', `${base()}/visit-notes/not-a-uuid`, { group: 'st', areas: [], body: 'x', savedAt: new Date().toISOString() }))
        .statusCode,
    ).toBe(400);
  });
});

describe('the action plan and follow-up', () => {
  it('does not exist before the report is published', async () => {
    expect((await call(t.app, reader, 'GET', `${base()}/action-plan`)).statusCode).toBe(403);
    expect((await call(t.app, inspector, 'GET', `${base()}/action-plan`)).statusCode).toBe(403);
  });

  it('starts at publication with one action per recommendation, due three months later', async () => {
    const authoring = (await call(t.app, inspector, 'GET', `${base()}/report/authoring`, undefined, 200)).json();
    const content = authoring.current.content;
    content.areas.A.grade = 'C';
    content.areas.A.justification = '';
    content.areas.A.recommendations = ['Utöka patientunderlaget genom randning.', ''];
    content.areas.E.recommendations = ['Inför strukturerade bedömningar.'];
    content.improvementAreas = [{ title: 'Schema', rationale: '', recommendations: ['Schemalägg självstudier.'] }];
    await call(t.app, inspector, 'PUT', `${base()}/report/content`, { content }, 200);
    await call(t.app, inspector, 'POST', `${base()}/report/send-for-comment`, await commentRequest(t.app, inspector, reviewId), 200);
    await call(t.app, inspector, 'POST', `${base()}/report/publish`, undefined, 200);

    const plan = (await call(t.app, reader, 'GET', `${base()}/action-plan`, undefined, 200)).json();
    const published = (await call(t.app, reader, 'GET', `${base()}/report/published`, undefined, 200)).json();
    // Three months after the publication day in Sweden, clamped to a shorter month's end: 29 November gives 28 February.
    expect(plan.dueOn).toBe(format(addMonths(published.publishedAt, 3, inSweden), 'yyyy-MM-dd', inSweden));
    expect(plan.submittedAt).toBeNull();
    expect(plan.actions.map((a: { area: string | null; recommendation: string; status: string }) => [a.area, a.recommendation, a.status])).toEqual([
      ['A', 'Utöka patientunderlaget genom randning.', 'planned'],
      ['E', 'Inför strukturerade bedömningar.', 'planned'],
      [null, 'Schemalägg självstudier.', 'planned'],
    ]);
    expect((await call(t.app, stranger, 'GET', `${base()}/action-plan`)).statusCode).toBe(403);
  });

  it('is submitted by the clinic only when every recommendation has an action, someone responsible and a date', async () => {
    const plan = (await call(t.app, reader, 'GET', `${base()}/action-plan`, undefined, 200)).json();
    const [first, second, third] = plan.actions;
    await call(
      t.app,
      reader,
      'PATCH',
      `${base()}/action-plan/actions/${first.id}`,
      { action: 'Avtal om randning på länssjukhuset.', responsible: 'Verksamhetschef', dueOn: '2027-09-01' },
      200,
    );
    await call(t.app, reader, 'PATCH', `${base()}/action-plan/actions/${second.id}`, { action: 'Mini-CEX varje termin.', responsible: 'Studierektor' }, 200);
    const incomplete = await call(t.app, reader, 'POST', `${base()}/action-plan/submit`);
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json().errors.map((e: { field: string }) => e.field)).toEqual([
      `actions.${second.id}.dueOn`,
      `actions.${third.id}.action`,
      `actions.${third.id}.responsible`,
      `actions.${third.id}.dueOn`,
    ]);
    expect((await call(t.app, reader, 'PATCH', `${base()}/action-plan/actions/${second.id}`, { dueOn: '2027-02-30' })).statusCode).toBe(422);
    await call(t.app, reader, 'PATCH', `${base()}/action-plan/actions/${second.id}`, { dueOn: '2027-06-01' }, 200);
    await call(
      t.app,
      inspector,
      'PATCH',
      `${base()}/action-plan/actions/${third.id}`,
      { action: 'Två timmar i veckan.', responsible: 'Schemaläggare', dueOn: '2027-05-01' },
      200,
    );
    const submitted = (await call(t.app, reader, 'POST', `${base()}/action-plan/submit`, undefined, 200)).json();
    expect(submitted.submittedAt).not.toBeNull();
    expect((await call(t.app, reader, 'POST', `${base()}/action-plan/submit`)).statusCode).toBe(409);
  });

  it('is followed up by status and note; the plan itself is fixed once submitted', async () => {
    const plan = (await call(t.app, reader, 'GET', `${base()}/action-plan`, undefined, 200)).json();
    const id = plan.actions[0].id;
    const changed = await call(t.app, reader, 'PATCH', `${base()}/action-plan/actions/${id}`, { action: 'Något annat.' });
    expect(changed.statusCode).toBe(409);
    const followed = (
      await call(t.app, reader, 'PATCH', `${base()}/action-plan/actions/${id}`, { status: 'in_progress', followUpNote: 'Avtalet är skickat.' }, 200)
    ).json();
    expect(followed).toMatchObject({ status: 'in_progress', followUpNote: 'Avtalet är skickat.', action: 'Avtal om randning på länssjukhuset.' });
    expect((await call(t.app, inspector, 'GET', `${base()}/action-plan`, undefined, 200)).json().actions[0].status).toBe('in_progress');
    expect((await call(t.app, reader, 'PATCH', `${base()}/action-plan/actions/999999`, { status: 'done' })).statusCode).toBe(404);
    expect((await call(t.app, reader, 'PUT', `${base()}/action-plan`, { dueOn: '2027-12-01' })).statusCode).toBe(403);
    expect((await call(t.app, inspector, 'PUT', `${base()}/action-plan`, { dueOn: '2027-12-01' }, 200)).json().dueOn).toBe('2027-12-01');
  });

  it('shows the next review of the same unit the previous grades, recommendations and actions', async () => {
    const next = await createReview(t.app, inspector, hospital);
    const previous = (await call(t.app, reader, 'GET', `/api/reviews/${reviewId}/previous`, undefined, 200)).json();
    expect(previous.previous).toBeNull();
    const side = (await call(t.app, inspector, 'GET', `/api/reviews/${next.id}/previous`, undefined, 200)).json().previous;
    expect(side).toMatchObject({ id: reviewId, areas: { A: { grade: 'C', recommendations: ['Utöka patientunderlaget genom randning.', ''] } } });
    expect(side.actions[0]).toEqual({
      area: 'A',
      recommendation: 'Utöka patientunderlaget genom randning.',
      action: 'Avtal om randning på länssjukhuset.',
      status: 'in_progress',
    });
    expect((await call(t.app, stranger, 'GET', `/api/reviews/${next.id}/previous`)).statusCode).toBe(403);
  });
});

describe('reminders before the action plan’s deadline', () => {
  it('mails the hospital’s readers once per stage, and only the most urgent stage when first seen late', async () => {
    const { id } = await createReview(t.app, inspector, hospital);
    await call(t.app, inspector, 'POST', `/api/reviews/${id}/open`, undefined, 200);
    await closeReview(t, inspector, id);
    // Publish a minimal report directly through the authoring API.
    const authoring = (await call(t.app, inspector, 'GET', `/api/reviews/${id}/report/authoring`, undefined, 200)).json();
    for (const area of 'ABCDEFGH') authoring.current.content.areas[area].grade = 'B';
    authoring.current.content.areas.B.recommendations = ['Fler specialister.'];
    await call(t.app, inspector, 'PUT', `/api/reviews/${id}/report/content`, { content: authoring.current.content }, 200);
    await call(t.app, inspector, 'POST', `/api/reviews/${id}/report/send-for-comment`, await commentRequest(t.app, inspector, id), 200);
    await call(t.app, inspector, 'POST', `/api/reviews/${id}/report/publish`, undefined, 200);
    const { dueOn } = (await call(t.app, reader, 'GET', `/api/reviews/${id}/action-plan`, undefined, 200)).json();
    // Noon in Sweden `days` from the deadline, so the run's Swedish date is the one meant whatever the clock says now.
    const noonInSweden = (days: number) => addDays(parse(`${dueOn} 12:00`, 'yyyy-MM-dd HH:mm', new Date(), inSweden), days, inSweden);
    const mails = () =>
      t.app.db.selectFrom('mails').select(['recipient', 'subject']).where('kind', '=', 'action_plan_reminder').where('campaign_id', '=', id).execute();

    expect(await remindActionPlans(t.app.db, 'http://x', noonInSweden(-40))).toBe(0);
    await remindActionPlans(t.app.db, 'http://x', noonInSweden(-20));
    await remindActionPlans(t.app.db, 'http://x', noonInSweden(-19));
    expect((await mails()).map((m) => m.recipient)).toEqual([reader.email]);
    // Days late with no run in between: one overdue mail, not a reminder per stage missed.
    await remindActionPlans(t.app.db, 'http://x', noonInSweden(3));
    await remindActionPlans(t.app.db, 'http://x', noonInSweden(4));
    const sent = await mails();
    expect(sent).toHaveLength(2);
    expect(sent[1].subject).toContain('försenad');
  });
});
