import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, todayInSweden } from '../../contract/dates.js';
import { hashToken } from '../../server/security/tokens.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import { call, closeReview, createHospital, openReviewWithInvitations, signIn, type HospitalFixture, type Session } from '../support/factories.js';

/**
 * The clinic's comment round, over HTTP: the inspector sends the draft to the clinic's head and
 * study director and a reader of the hospital, each reads it through a personal link and writes
 * comments until the deadline, the inspector sees them, and publishing tells everyone.
 */

let t: TestApp;
let inspector: Session;
let inspectorOther: Session;
let readerSame: Session;
let readerOther: Session;
let hospital: HospitalFixture;
let reviewId: string;

const HEAD = 'head@example.se';
const DIRECTOR = 'director@example.se';

beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  inspector = await signIn(t.app, 'inspector');
  inspectorOther = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['medical', 'surgical']);
  const other = await createHospital(t.app, inspector, ['other']);
  readerSame = await signIn(t.app, 'reader', { hospitalId: hospital.id });
  readerOther = await signIn(t.app, 'reader', { hospitalId: other.id });
  const people: [string, string, string, number][] = [
    ['A', 'a@example.se', 'st', 0],
    ['B', 'b@example.se', 'st', 0],
    ['C', 'c@example.se', 'st', 0],
    ['D', 'd@example.se', 'st', 0],
    ['Hedda Chef', HEAD, 'head', 0],
    ['Sture Rektor', DIRECTOR, 'director', 0],
    ['Hanna Handledare', 'sup@example.se', 'supervisor', 1],
  ];
  const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, people);
  reviewId = review.id;
  for (const [, email, role] of people) {
    const res = await t.app.inject({ method: 'POST', url: `/api/respond/${tokens.get(email)}/submit`, payload: { data: completeAnswers(role as 'st') } });
    if (res.statusCode !== 200) throw new Error(res.body);
  }
  await closeReview(t, inspector, reviewId);
  // A complete draft: every area graded as suggested.
  const view = (await call(t.app, inspector, 'GET', `${base()}/report/authoring`, undefined, 200)).json();
  const content = view.current.content;
  for (const area of 'ABCDEFGH') content.areas[area].grade = view.suggestions[area].grade ?? 'B';
  content.areas.B.strengths = 'Tydliga rutiner för introduktion.';
  await call(t.app, inspector, 'PUT', `${base()}/report/content`, { content }, 200);
}, 120_000);
afterAll(() => t.close());

const base = () => `/api/reviews/${reviewId}`;
const today = () => todayInSweden(new Date());
const mails = (kind: string) =>
  t.app.db
    .selectFrom('mails')
    .select(['recipient', 'subject', 'body', 'status'])
    .where('campaign_id', '=', reviewId)
    .where('kind', '=', kind as 'other')
    .orderBy('id')
    .execute();
const tokenOf = (body: string) => body.match(/\/c\/([A-Za-z0-9_-]{43})/)![1];
const tokens = new Map<string, string>();
const open = (token: string) => t.app.inject({ method: 'GET', url: `/api/comments/${token}` });
const write = (token: string, step: 'draft' | 'submit', payload: unknown) =>
  t.app.inject({ method: step === 'draft' ? 'PUT' : 'POST', url: `/api/comments/${token}/${step}`, payload: payload as object });

describe('sending the draft for comment', () => {
  it('offers the clinic’s head and study director preselected, the hospital’s readers to pick, and a deadline up to eight weeks ahead', async () => {
    const res = (await call(t.app, inspector, 'GET', `${base()}/report/comment-candidates`, undefined, 200)).json();
    expect(res.candidates).toEqual([
      { email: HEAD, name: 'Hedda Chef', role: 'head', unitName: expect.any(String), preselected: true },
      { email: DIRECTOR, name: 'Sture Rektor', role: 'director', unitName: expect.any(String), preselected: true },
      { email: readerSame.email, name: expect.any(String), role: 'reader', unitName: null, preselected: false },
    ]);
    expect(res.deadline).toEqual({ earliest: today(), latest: addCalendarDays(today(), 56), suggested: addCalendarDays(today(), 14) });
    for (const session of [inspectorOther, readerSame, readerOther]) {
      expect((await call(t.app, session, 'GET', `${base()}/report/comment-candidates`)).statusCode).toBe(403);
    }
  });

  it('refuses a deadline in the past or more than eight weeks ahead, and addresses that are not among those who may be asked', async () => {
    const send = (body: unknown) => call(t.app, inspector, 'POST', `${base()}/report/send-for-comment`, body);
    const past = await send({ deadline: addCalendarDays(today(), -1), recipients: [HEAD] });
    expect(past.statusCode).toBe(422);
    expect(past.json().errors).toEqual([
      { field: 'body.deadline', code: 'comments.deadline.past', message: 'Sista dagen har redan passerat: välj i dag eller en senare dag.' },
    ]);
    const far = await send({ deadline: addCalendarDays(today(), 57), recipients: [HEAD] });
    expect(far.statusCode).toBe(422);
    expect(far.json()).toMatchObject({ code: 'comments.deadline.tooFar', params: { latest: addCalendarDays(today(), 56) } });
    expect(far.json().detail).toContain('åtta veckor');
    const stranger = await send({ deadline: addCalendarDays(today(), 14), recipients: [HEAD, 'someone@elsewhere.se'] });
    expect(stranger.statusCode).toBe(422);
    expect(stranger.json().errors).toEqual([
      expect.objectContaining({ field: 'body.recipients', code: 'comments.recipients.notCandidate', params: { email: 'someone@elsewhere.se' } }),
    ]);
    expect((await send({ deadline: '2026-02-30', recipients: [HEAD] })).statusCode).toBe(422);
    const nobody = await send({ deadline: addCalendarDays(today(), 14), recipients: [] });
    expect(nobody.statusCode).toBe(422);
    expect(nobody.json().errors).toEqual([expect.objectContaining({ field: 'body.recipients', code: 'comments.recipients.empty' })]);
    expect((await send(undefined)).statusCode).toBe(400);
    // Nothing was sent by the refused requests.
    expect(await mails('comment_request')).toEqual([]);
    expect((await call(t.app, inspector, 'GET', `${base()}/report/authoring`, undefined, 200)).json().current.status).toBe('draft');
  });

  it('mails each recipient a personal link once, keeping only its hash', async () => {
    const deadline = addCalendarDays(today(), 14);
    const res = await call(t.app, inspector, 'POST', `${base()}/report/send-for-comment`, { deadline, recipients: [HEAD, DIRECTOR, readerSame.email] }, 200);
    expect(res.json()).toEqual({ ok: true, asked: 3 });
    const again = await call(t.app, inspector, 'POST', `${base()}/report/send-for-comment`, { deadline, recipients: [HEAD] });
    expect(again.statusCode).toBe(409);

    const sent = await mails('comment_request');
    expect(sent.map((m) => m.recipient).sort()).toEqual([DIRECTOR, HEAD, readerSame.email].sort());
    expect(sent.every((m) => m.status === 'sent')).toBe(true);
    for (const mail of sent) tokens.set(mail.recipient, tokenOf(mail.body));
    const head = sent.find((m) => m.recipient === HEAD)!;
    expect(head.subject).toMatch(/^Synpunkter på rapportutkastet senast/);
    expect(head.body.indexOf('Hej Hedda Chef')).toBeLessThan(head.body.indexOf('Hello Hedda Chef'));
    expect(Buffer.from(tokens.get(HEAD)!, 'base64url')).toHaveLength(32);
    const stored = await t.app.db.selectFrom('comment_recipients').select('token_hash').execute();
    expect(stored.map((s) => s.token_hash.toString('hex')).sort()).toEqual([...tokens.values()].map((tk) => hashToken(tk).toString('hex')).sort());
    // The outbox holds each mail once, as a file; admins see that a link went out, not the link.
    const files = fs.readdirSync(t.app.runtime.config.outboxDir).map((f) => fs.readFileSync(`${t.app.runtime.config.outboxDir}/${f}`, 'utf8'));
    expect(files.filter((f) => f.includes('/c/')).length).toBe(3);
    const admin = await signIn(t.app, 'admin');
    const outbox = (await call(t.app, admin, 'GET', `/api/mails?reviewId=${reviewId}`, undefined, 200)).json();
    expect(JSON.stringify(outbox.mails)).not.toMatch(/\/c\/[A-Za-z0-9_-]{43}/);

    const round = (await call(t.app, inspector, 'GET', `${base()}/report/comment-round`, undefined, 200)).json().round;
    expect(round).toMatchObject({ deadline, open: true, revision: 1, comments: [] });
    expect(round.recipients.map((r: { role: string; mailStatus: string }) => [r.role, r.mailStatus])).toEqual([
      ['head', 'sent'],
      ['director', 'sent'],
      ['reader', 'sent'],
    ]);
  });
});

describe('the clinic comments through its link', () => {
  it('opens the draft as it would be published: the same figures a reader gets, the grades and texts', async () => {
    const res = await open(tokens.get(HEAD)!);
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({ status: 'open', role: 'head', name: 'Hedda Chef', revision: 1, comments: { areas: {}, general: '', submittedAt: null } });
    expect(view.content.areas.B.strengths).toBe('Tydliga rutiner för introduktion.');
    const figures = (await call(t.app, inspector, 'GET', `${base()}/report`, undefined, 200)).json();
    expect(view.report).toEqual(figures);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers 404 to an unknown or malformed link', async () => {
    expect((await open('A'.repeat(43))).statusCode).toBe(404);
    expect((await open('not-a-token')).statusCode).toBe(404);
    expect((await write('A'.repeat(43), 'draft', { areas: {}, general: '' })).statusCode).toBe(404);
  });

  it('saves a draft the inspectors do not see, and shows the submitted comments with the writer’s role', async () => {
    const token = tokens.get(HEAD)!;
    const draft = await write(token, 'draft', { areas: { D: 'IUP:erna revideras varje halvår sedan i våras.' }, general: '' });
    expect(draft.statusCode, draft.body).toBe(200);
    expect((await open(token)).json().comments).toMatchObject({ areas: { D: 'IUP:erna revideras varje halvår sedan i våras.' }, submittedAt: null });
    expect((await call(t.app, inspector, 'GET', `${base()}/report/comment-round`, undefined, 200)).json().round.comments).toEqual([]);

    const noSuchArea = await write(token, 'draft', { areas: { X: 'fel' }, general: '' });
    expect(noSuchArea.statusCode).toBe(422);
    expect(noSuchArea.json().errors).toEqual([expect.objectContaining({ field: 'body.areas.X', code: 'comments.areaUnknown', params: { area: 'X' } })]);
    const submitted = await write(token, 'submit', {
      areas: { D: 'IUP:erna revideras varje halvår sedan i våras.', E: '  ' },
      general: 'Vi instämmer i stort.',
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().submittedAt).not.toBeNull();
    const again = await write(token, 'submit', { areas: {}, general: 'Ändrat' });
    expect(again.statusCode).toBe(409);
    expect((await open(token)).json().status).toBe('submitted');

    const round = (await call(t.app, inspector, 'GET', `${base()}/report/comment-round`, undefined, 200)).json().round;
    expect(round.comments).toEqual([
      {
        role: 'head',
        name: 'Hedda Chef',
        areas: { D: 'IUP:erna revideras varje halvår sedan i våras.' },
        general: 'Vi instämmer i stort.',
        submittedAt: expect.any(String),
      },
    ]);
    const audited = await t.app.db
      .selectFrom('audit_events')
      .select('details')
      .where('campaign_id', '=', reviewId)
      .where('action', '=', 'review_changed')
      .execute();
    expect(audited.map((a) => (a.details as { report?: string }).report)).toEqual(expect.arrayContaining(['sent_for_comment', 'comments_submitted']));
  });

  it('shows the comments to the review’s inspectors only, never to other clinics’ users', async () => {
    for (const session of [inspectorOther, readerSame, readerOther]) {
      expect((await call(t.app, session, 'GET', `${base()}/report/comment-round`)).statusCode).toBe(403);
    }
    expect((await call(t.app, null, 'GET', `${base()}/report/comment-round`)).statusCode).toBe(401);
  });

  it('after the deadline: read-only with a clear message, until the inspector extends it', async () => {
    const token = tokens.get(DIRECTOR)!;
    const round = (await call(t.app, inspector, 'GET', `${base()}/report/comment-round`, undefined, 200)).json().round;
    t.clock.set(`${addCalendarDays(round.deadline, 1)}T10:00:00Z`);
    try {
      expect((await open(token)).json().status).toBe('closed');
      const late = await write(token, 'draft', { areas: { A: 'Sent.' }, general: '' });
      expect(late.statusCode).toBe(409);
      expect(late.json()).toMatchObject({ code: 'comments.deadlinePassed', params: { deadline: round.deadline } });
      expect(late.json().detail).toMatch(/^Sista dagen för kommentarer var \d{4}-\d{2}-\d{2}; .* de kan förlänga den\.$/);
      expect((await call(t.app, inspector, 'GET', `${base()}/report/comment-round`, undefined, 200)).json().round.open).toBe(false);

      const earlier = await call(t.app, inspector, 'PUT', `${base()}/report/comment-round/deadline`, { deadline: round.deadline });
      expect(earlier.statusCode).toBe(422);
      const extended = addCalendarDays(round.deadline, 7);
      await call(t.app, inspector, 'PUT', `${base()}/report/comment-round/deadline`, { deadline: extended }, 200);
      expect((await call(t.app, readerSame, 'PUT', `${base()}/report/comment-round/deadline`, { deadline: extended })).statusCode).toBe(403);
      expect((await open(token)).json()).toMatchObject({ status: 'open', deadline: extended });
      expect((await write(token, 'submit', { areas: { A: 'Vi har nu fler randningsplatser.' }, general: '' })).statusCode).toBe(200);
    } finally {
      t.clock.set(null);
    }
    const comments = (await call(t.app, inspector, 'GET', `${base()}/report/comment-round`, undefined, 200)).json().round.comments;
    expect(comments.map((c: { role: string }) => c.role)).toEqual(['head', 'director']);
  });
});

describe('publishing', () => {
  it('mails the hospital’s readers and everyone asked to comment once, and then the links answer 410', async () => {
    await call(t.app, inspector, 'POST', `${base()}/report/publish`, undefined, 200);
    const published = await mails('report_published');
    expect(published.map((m) => m.recipient).sort()).toEqual([DIRECTOR, HEAD, readerSame.email].sort());
    expect(published.every((m) => m.body.includes(`/reviews/${reviewId}/report`) && m.status === 'sent')).toBe(true);
    expect(published[0].subject).toMatch(/^Rapporten är publicerad/);
    expect(published.some((m) => m.recipient === readerOther.email)).toBe(false);

    const gone = await open(tokens.get(HEAD)!);
    expect(gone.statusCode).toBe(410);
    expect(gone.json()).toMatchObject({ code: 'comments.roundOver', detail: expect.stringContaining('publicerats') });
    expect((await write(tokens.get(readerSame.email)!, 'draft', { areas: {}, general: 'x' })).statusCode).toBe(410);
    expect((await call(t.app, inspector, 'PUT', `${base()}/report/comment-round/deadline`, { deadline: addCalendarDays(today(), 3) })).statusCode).toBe(409);
    // The comment requests went out once, however the round went.
    expect(await mails('comment_request')).toHaveLength(3);

    // A correction is published without a comment round; the readers hear of it again.
    await call(t.app, inspector, 'POST', `${base()}/report/revise`, { changeNote: 'Rättat stavfel.' }, 200);
    await call(t.app, inspector, 'POST', `${base()}/report/publish`, undefined, 200);
    const after = await mails('report_published');
    expect(after).toHaveLength(6);
    expect(after.slice(3).every((m) => m.subject.startsWith('Rättad rapport publicerad'))).toBe(true);
  });
});
