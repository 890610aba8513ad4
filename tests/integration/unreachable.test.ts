import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runReminderRound } from '../../server/features/invitations/reminders.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import {
  call,
  closeReview,
  createHospital,
  createReview,
  openReviewWithInvitations,
  signIn,
  type HospitalFixture,
  type Session,
} from '../support/factories.js';
import { startSmtpServer } from '../support/smtp.js';

/**
 * Respondents the invitation did not reach: marked by hand (left the clinic, a bounce the
 * inspector learnt of) or by the mail delivery when the mail server refuses the address. They are
 * shown apart, left out of the adjusted response rate and not reminded; marks change only while
 * the review is open, and the report keeps the rates of the moment it closed.
 */

let t: TestApp;
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let inspector: Session;
let hospital: HospitalFixture;
const GONE = 'gone@example.se';

beforeAll(async () => {
  smtp = await startSmtpServer([GONE]);
  t = await createTestApp({ env: { SMTP_URL: smtp.url } });
  await t.app.ready();
  inspector = await signIn(t.app, 'inspector');
  hospital = await createHospital(t.app, inspector, ['surgical', 'medical']);
}, 60_000);
afterAll(async () => {
  await t.close();
  await smtp.close();
});

type Person = [name: string, email: string, role: string, unitIndex: number];
const PEOPLE: Person[] = [
  ['Anna', 'anna@example.se', 'st', 0],
  ['Bo', 'bo@example.se', 'st', 0],
  ['Cecilia', 'cecilia@example.se', 'st', 0],
  ['Gustav', GONE, 'st', 0],
  ['Leif', 'leif@example.se', 'supervisor', 1],
  ['Maja', 'maja@example.se', 'supervisor', 1],
];

const respondents = async (reviewId: string) =>
  (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/respondents`, undefined, 200)).json().respondents as {
    id: string;
    email: string;
    answered: boolean;
    unreachable: { reason: string; at: string; by: string | null } | null;
  }[];
const idOf = async (reviewId: string, email: string) => (await respondents(reviewId)).find((r) => r.email === email)!.id;
const mark = (reviewId: string, respondentId: string, reason: string | null) =>
  call(t.app, inspector, 'PUT', `/api/reviews/${reviewId}/respondents/${respondentId}/unreachable`, { reason });

async function openWithAnswers(answering: string[]) {
  const people = PEOPLE.map(([n, e, r, u]): Person => [n, e.replace('@', `+${Math.random().toString(36).slice(2, 8)}@`), r, u]);
  // The address the mail server refuses stays as it is.
  people[3] = PEOPLE[3];
  const { review, tokens } = await openReviewWithInvitations(t.app, inspector, hospital, people);
  for (const [, email, role] of people.filter(([name]) => answering.includes(name))) {
    await call(t.app, null, 'POST', `/api/respond/${tokens.get(email)}/submit`, { data: completeAnswers(role as 'st') }, 200);
  }
  return { reviewId: review.id as string, emails: new Map(people.map(([name, email]) => [name, email])) };
}

let first: { reviewId: string; emails: Map<string, string> };
beforeAll(async () => {
  first = await openWithAnswers(['Anna', 'Leif', 'Maja']);
}, 60_000);

describe('a bounce the mail server reports', () => {
  it('marks the respondent bounced, by the mail delivery, and is not retried', async () => {
    const gone = (await respondents(first.reviewId)).find((r) => r.email === GONE)!;
    expect(gone.unreachable).toMatchObject({ reason: 'bounced', by: null });
    expect(Date.parse(gone.unreachable!.at)).not.toBeNaN();
    const mail = await t.app.db
      .selectFrom('mails')
      .select(['status', 'attempts', 'last_error'])
      .where('campaign_id', '=', first.reviewId)
      .where('recipient', '=', GONE)
      .executeTakeFirstOrThrow();
    expect(mail).toMatchObject({ status: 'failed', attempts: 1 });
    expect(mail.last_error).toMatch(/rejected|550/);
    // Everyone else's invitation went through and nobody else is marked.
    expect(smtp.delivered).toEqual(expect.arrayContaining([first.emails.get('Anna')!.toLowerCase(), first.emails.get('Bo')!.toLowerCase()]));
    expect((await respondents(first.reviewId)).filter((r) => r.unreachable).map((r) => r.email)).toEqual([GONE]);
  });
});

describe('marking by hand', () => {
  it('marks one who has left, shown with who marked it, and leaves them out of the adjusted rate only', async () => {
    const bo = await idOf(first.reviewId, first.emails.get('Bo')!);
    const res = await mark(first.reviewId, bo, 'left');
    expect(res.statusCode).toBe(200);
    expect(res.json().unreachable).toMatchObject({ reason: 'left', by: expect.stringMatching(/^Inspector/) });

    const rates = (await call(t.app, inspector, 'GET', `/api/reviews/${first.reviewId}/response-rates`, undefined, 200)).json();
    // 6 invited, 3 answered, 2 unreachable (Gustav bounced, Bo left): 3 / 6 and 3 / 4.
    expect(rates.total.total).toEqual({ invited: 6, answered: 3, share: 0.5, unreachable: 2, adjustedShare: 0.75 });
    expect(rates.total.byRole.st).toEqual({ invited: 4, answered: 1, share: 0.25, unreachable: 2, adjustedShare: 0.5 });
    expect(rates.total.byRole.supervisor).toEqual({ invited: 2, answered: 2, share: 1, unreachable: 0, adjustedShare: 1 });
  });

  it('sends no reminder to those marked', async () => {
    const round = (
      await call(t.app, inspector, 'POST', `/api/reviews/${first.reviewId}/reminders`, { at: new Date(Date.now() + 60_000).toISOString() }, 201)
    ).json();
    expect(await runReminderRound(t.app.db, round.id, 'http://localhost:3000')).toBe(1);
    const reminded = await t.app.db.selectFrom('mails').select('recipient').where('campaign_id', '=', first.reviewId).where('kind', '=', 'reminder').execute();
    expect(reminded.map((m) => m.recipient)).toEqual([first.emails.get('Cecilia')]);
  });

  it('takes a mark away again', async () => {
    const cecilia = await idOf(first.reviewId, first.emails.get('Cecilia')!);
    expect((await mark(first.reviewId, cecilia, 'bounced')).json().unreachable.reason).toBe('bounced');
    const res = await mark(first.reviewId, cecilia, null);
    expect(res.statusCode).toBe(200);
    expect(res.json().unreachable).toBeNull();
  });

  it('refuses one who has answered, one not yet invited, and a review not yet open, saying why', async () => {
    const anna = await idOf(first.reviewId, first.emails.get('Anna')!);
    const answered = await mark(first.reviewId, anna, 'left');
    expect(answered.statusCode).toBe(409);
    expect(answered.json().code).toBe('respondent.alreadyAnswered');

    const late = (
      await call(
        t.app,
        inspector,
        'POST',
        `/api/reviews/${first.reviewId}/respondents`,
        { name: 'Sen', email: `sen-${Date.now()}@example.se`, role: 'st', unitId: hospital.units[0].id },
        201,
      )
    ).json();
    const uninvited = await mark(first.reviewId, late.id, 'left');
    expect(uninvited.statusCode).toBe(409);
    expect(uninvited.json().code).toBe('respondent.notInvited');

    const draft = await createReview(t.app, inspector, hospital);
    const someone = (
      await call(
        t.app,
        inspector,
        'POST',
        `/api/reviews/${draft.id}/respondents`,
        { name: 'Utkast', email: 'utkast@example.se', role: 'st', unitId: hospital.units[0].id },
        201,
      )
    ).json();
    const res = await mark(draft.id, someone.id, 'left');
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('respondent.markBeforeInvitations');

    const invalid = await mark(first.reviewId, anna, 'moved' as never);
    expect(invalid.statusCode).toBe(400);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
  });

  it('is for the review’s own inspectors only', async () => {
    const stranger = await signIn(t.app, 'inspector');
    const bo = await idOf(first.reviewId, first.emails.get('Bo')!);
    expect((await call(t.app, stranger, 'PUT', `/api/reviews/${first.reviewId}/respondents/${bo}/unreachable`, { reason: null })).statusCode).toBe(403);
  });
});

describe('closing fixes the marks', () => {
  it('gives the report both rates, and no mark changes after closing, by the API or in the database', async () => {
    const { reviewId, emails } = await openWithAnswers(['Anna', 'Bo', 'Leif']);
    const cecilia = await idOf(reviewId, emails.get('Cecilia')!);
    await mark(reviewId, cecilia, 'left');
    await closeReview(t, inspector, reviewId);

    const report = async () => (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report`, undefined, 200)).json();
    const before = await report();
    // 6 invited, 3 answered; Gustav bounced and Cecilia left: 3 / 6 and 3 / 4.
    expect(before.responseRates.total.total).toEqual({ invited: 6, answered: 3, share: 0.5, unreachable: 2, adjustedShare: 0.75 });
    expect(before.responseRates.total.byRole.st).toMatchObject({ invited: 4, answered: 2, unreachable: 2, adjustedShare: 1 });

    const csv = (await call(t.app, inspector, 'GET', `/api/reviews/${reviewId}/report/export.csv?table=response-rates`, undefined, 200)).body;
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0].split(';').slice(-2)).toEqual(['Nåddes inte', 'Svarsfrekvens av de nådda %']);
    expect(lines.at(-1)).toBe('Totalt;2;1;0;0;3;6;50;2;75');

    const refused = await mark(reviewId, cecilia, null);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('respondent.markAfterClosing');
    await expect(t.app.db.updateTable('respondents').set({ unreachable: null, unreachable_at: null }).where('id', '=', cecilia).execute()).rejects.toThrow(
      /only while the review is open/,
    );
    expect((await report()).responseRates).toEqual(before.responseRates);
  });
});
