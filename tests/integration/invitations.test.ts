import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminderRound } from '../../server/features/invitations/reminders.js';
import { queueMails } from '../../server/features/mail/repository.js';
import { deliverQueuedMail, MAX_MAIL_ATTEMPTS } from '../../server/features/mail/service.js';
import { createTransport } from '../../server/features/mail/transport.js';
import { hashToken } from '../../server/security/tokens.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { call, createHospital, createReview, csv, signIn, type HospitalFixture, type Session } from '../support/factories.js';

let t: TestApp;
let admin: Session;
let inspector: Session;
let hospital: HospitalFixture;
beforeAll(async () => {
  t = await createTestApp();
  await t.app.ready();
  admin = await signIn(t.app, 'admin');
  inspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['surgical', 'medical']);
});
afterAll(() => t.close());

async function reviewWithRespondents(people: [name: string, email: string, role: string, unitIndex: number][], extra = {}) {
  const review = await createReview(t.app, inspector, hospital, extra);
  const rows = [['name', 'email', 'role', 'unit'], ...people.map(([n, e, r, u]) => [n, e, r, hospital.units[u].code])];
  await t.app.inject({
    method: 'POST',
    url: `/api/reviews/${review.id}/respondents/import`,
    headers: { ...inspector.headers, 'content-type': 'text/csv' },
    payload: csv(rows),
  });
  return review;
}

const mailsTo = (reviewId: string) => t.app.db.selectFrom('mails').selectAll().where('campaign_id', '=', reviewId).orderBy('id').execute();

const tokenIn = (body: string) => body.match(/\/s\/([A-Za-z0-9_-]{43})/)![1];

describe('sending invitations', () => {
  it('only goes out for an open review', async () => {
    const review = await reviewWithRespondents([['Anna', 'anna@example.se', 'st', 0]]);
    const res = await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/invitations/send`);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'invitations.reviewDraft', detail: expect.stringContaining('Öppna den först') });
    expect(await mailsTo(review.id)).toEqual([]);
  });

  it('mails each respondent a personal link, Swedish first, with the deadline and the anonymity promise', async () => {
    const review = await reviewWithRespondents(
      [
        ['Anna Andersson', 'anna@example.se', 'st', 0],
        ['Bo Berg', 'bo@example.se', 'supervisor', 1],
        ['Dan Dahl', 'dan@example.se', 'director', 1],
      ],
      { closesAt: '2099-03-15', includeDirectorSupplement: true },
    );
    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/open`, undefined, 200);
    const res = await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/invitations/send`, undefined, 200);
    // The director also gets the supplement: four mails, three invitations and one supplement.
    expect(res.json()).toEqual({ sent: 4, invitations: 3, supplements: 1 });

    const mails = await mailsTo(review.id);
    expect(mails.map((m) => m.recipient).sort()).toEqual(['anna@example.se', 'bo@example.se', 'dan@example.se', 'dan@example.se']);
    const anna = mails.find((m) => m.recipient === 'anna@example.se')!;
    // The director's two mails have subjects of their own: the supplement is not the same survey again.
    const dan = mails
      .filter((m) => m.recipient === 'dan@example.se')
      .map((m) => m.subject)
      .sort();
    expect(dan[0]).toMatch(/^Enkät inför granskning av ST – .* \/ ST review survey$/);
    expect(dan[1]).toMatch(/^Tilläggsenkät till studierektorer – .* \/ Supplementary survey for study directors$/);
    expect(mails.find((m) => m.recipient === 'bo@example.se')!.subject).toBe(dan[0]); // Bo works where Dan does
    expect(anna.status).toBe('sent');
    expect(anna.body.indexOf('Hej Anna Andersson')).toBeLessThan(anna.body.indexOf('Hello Anna Andersson'));
    expect(anna.body).toContain('15 mars 2099');
    expect(anna.body).toContain('15 March 2099');
    expect(anna.body).toContain('minst 3 personer har svarat');
    expect(anna.body).toContain('aldrig vad du svarat');

    // The link's token has ≥ 128 bits and only its hash is stored.
    const token = tokenIn(anna.body);
    expect(Buffer.from(token, 'base64url').length).toBeGreaterThanOrEqual(16);
    const stored = await t.app.db.selectFrom('invitation_tokens').select('token_hash').execute();
    expect(stored.some((s) => s.token_hash.equals(hashToken(token)))).toBe(true);
    expect(stored.some((s) => s.token_hash.toString('base64url') === token)).toBe(false);

    // Without SMTP the mail is a real .eml file in the outbox folder, and listed for admins.
    const files = fs.readdirSync(t.app.runtime.config.outboxDir);
    expect(files.length).toBeGreaterThanOrEqual(4);
    const outbox = (await call(t.app, admin, 'GET', `/api/mails?reviewId=${review.id}`, undefined, 200)).json();
    expect(outbox.transport).toContain('outbox folder');
    expect(outbox.mails).toHaveLength(4);
    expect((await call(t.app, inspector, 'GET', '/api/mails')).statusCode).toBe(403);
    // The outbox shows that a personal link went out, never the link itself.
    expect(JSON.stringify(outbox.mails)).not.toMatch(/\/s\/[A-Za-z0-9_-]{43}/);
    expect(outbox.mails[0].body).toContain('/s/[personlig länk]');

    const again = await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/invitations/send`, undefined, 200);
    expect(again.json()).toEqual({ sent: 0, invitations: 0, supplements: 0 });
    const list = (await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/respondents`, undefined, 200)).json().respondents;
    expect(list.every((r: { invitedAt: string | null }) => r.invitedAt !== null)).toBe(true);
  });
});

describe('reminders', () => {
  it('go to those who have not answered, once per round however often the round runs', async () => {
    const review = await reviewWithRespondents([
      ['Anna', 'anna@example.se', 'st', 0],
      ['Bo', 'bo@example.se', 'st', 0],
      ['Cia', 'cia@example.se', 'head', 1],
    ]);
    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/open`, undefined, 200);
    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/invitations/send`, undefined, 200);
    // Bo has answered (the respondent journey marks this; here we set it directly).
    await t.app.db
      .updateTable('invitations')
      .set({ answered_at: new Date() })
      .where('respondent_id', 'in', (eb) => eb.selectFrom('respondents').select('id').where('email', '=', 'bo@example.se').where('campaign_id', '=', review.id))
      .execute();

    const round = await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/reminders`, { at: new Date().toISOString() }, 201);
    expect(round.json()).toMatchObject({ status: 'scheduled', sentCount: 0 });
    const roundId = round.json().id;
    const publicUrl = t.app.runtime.config.publicUrl;
    const results = await Promise.all([runReminderRound(t.app.db, roundId, publicUrl), runReminderRound(t.app.db, roundId, publicUrl)]);
    expect(results.sort()).toEqual([0, 2]);
    expect(await runReminderRound(t.app.db, roundId, publicUrl)).toBe(0);

    const reminders = (await mailsTo(review.id)).filter((m) => m.kind === 'reminder');
    expect(reminders.map((m) => m.recipient).sort()).toEqual(['anna@example.se', 'cia@example.se']);
    expect(reminders[0].subject).toMatch(/^Påminnelse/);

    // Both the first link and the reminder's link lead to the same invitation.
    const first = (await mailsTo(review.id)).find((m) => m.kind === 'invitation' && m.recipient === 'anna@example.se')!;
    const second = reminders.find((m) => m.recipient === 'anna@example.se')!;
    const lookup = (token: string) =>
      t.app.db.selectFrom('invitation_tokens').select('invitation_id').where('token_hash', '=', hashToken(token)).executeTakeFirstOrThrow();
    expect((await lookup(tokenIn(first.body))).invitation_id).toBe((await lookup(tokenIn(second.body))).invitation_id);

    const rounds = (await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/reminders`, undefined, 200)).json().rounds;
    expect(rounds[0]).toMatchObject({ status: 'done', sentCount: 2 });
    const people = (await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/respondents`, undefined, 200)).json().respondents;
    expect(people.find((p: { email: string }) => p.email === 'anna@example.se').reminders).toBe(1);
    expect(people.find((p: { email: string }) => p.email === 'bo@example.se')).toMatchObject({ answered: true, reminders: 0 });
  });

  it('are only scheduled for an open review', async () => {
    const review = await reviewWithRespondents([['Anna', 'anna@example.se', 'st', 0]]);
    const res = await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/reminders`, { at: '2099-01-01T08:00:00Z' });
    expect(res.statusCode).toBe(409);
  });

  it('a scheduled round can be cancelled and then never sends', async () => {
    const review = await reviewWithRespondents([['Anna', 'anna@example.se', 'st', 0]]);
    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/open`, undefined, 200);
    const round = (await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/reminders`, { at: '2099-01-01T08:00:00Z' }, 201)).json();
    await call(t.app, inspector, 'DELETE', `/api/reviews/${review.id}/reminders/${round.id}`, undefined, 200);
    expect(await runReminderRound(t.app.db, round.id, t.app.runtime.config.publicUrl)).toBe(0);
    expect((await call(t.app, inspector, 'DELETE', `/api/reviews/${review.id}/reminders/${round.id}`)).statusCode).toBe(409);
    expect((await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/reminders`, { at: 'tomorrow' })).statusCode).toBe(400);
  });
});

describe('response rates', () => {
  it('count invited and answered by unit, specialty group and role, with totals', async () => {
    const review = await reviewWithRespondents([
      ['A', 'a@example.se', 'st', 0],
      ['B', 'b@example.se', 'st', 0],
      ['C', 'c@example.se', 'supervisor', 0],
      ['D', 'd@example.se', 'st', 1],
      ['E', 'e@example.se', 'head', 1],
    ]);
    const empty = (await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/response-rates`, undefined, 200)).json();
    expect(empty.total.total).toEqual({ invited: 0, answered: 0, share: null, unreachable: 0, adjustedShare: null });

    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/open`, undefined, 200);
    await call(t.app, inspector, 'POST', `/api/reviews/${review.id}/invitations/send`, undefined, 200);
    await t.app.db
      .updateTable('invitations')
      .set({ answered_at: new Date() })
      .where('respondent_id', 'in', (eb) =>
        eb.selectFrom('respondents').select('id').where('email', 'in', ['a@example.se', 'e@example.se']).where('campaign_id', '=', review.id),
      )
      .execute();
    const rates = (await call(t.app, inspector, 'GET', `/api/reviews/${review.id}/response-rates`, undefined, 200)).json();
    expect(rates.total.total).toEqual({ invited: 5, answered: 2, share: 0.4, unreachable: 0, adjustedShare: 0.4 });
    expect(rates.total.byRole.st).toEqual({ invited: 3, answered: 1, share: 1 / 3, unreachable: 0, adjustedShare: 1 / 3 });
    expect(rates.groups.map((g: { specialtyGroup: string }) => g.specialtyGroup)).toEqual(['surgical', 'medical']);
    expect(rates.groups[0].total).toEqual({ invited: 3, answered: 1, share: 1 / 3, unreachable: 0, adjustedShare: 1 / 3 });
    expect(rates.groups[1].byRole.head).toEqual({ invited: 1, answered: 1, share: 1, unreachable: 0, adjustedShare: 1 });
    expect(rates.units).toHaveLength(2);
    const stranger = await signIn(t.app, 'inspector');
    expect((await call(t.app, stranger, 'GET', `/api/reviews/${review.id}/response-rates`)).statusCode).toBe(403);
  });
});

describe('mail delivery', () => {
  it('keeps a mail the server cannot send, retries it, and marks it failed after the last attempt', async () => {
    const unreachable = createTransport({ smtpUrl: 'smtp://127.0.0.1:1', mailFrom: 'test@example.se', outboxDir: '/nonexistent' });
    const [id] = await queueMails(t.app.db, [{ kind: 'other', campaignId: null, recipient: 'x@example.se', subject: 'Hej', body: 'Hej' }]);
    const state = () => t.app.db.selectFrom('mails').select(['status', 'attempts', 'last_error']).where('id', '=', id).executeTakeFirstOrThrow();
    for (let attempt = 1; attempt <= MAX_MAIL_ATTEMPTS; attempt++) {
      // A retry waits for its pause; pretend the pause is over.
      await t.app.db.updateTable('mails').set({ claimed_until: null }).where('id', '=', id).execute();
      const result = await deliverQueuedMail(t.app.db, unreachable);
      expect(result.failed).toBe(1);
      const now = await state();
      expect(now.attempts).toBe(attempt);
      expect(now.status).toBe(attempt < MAX_MAIL_ATTEMPTS ? 'queued' : 'failed');
      expect(now.last_error).toMatch(/ECONNREFUSED|connect/);
    }
  });
});
