import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshServerDatabase, inspectServer } from './support/database.js';
import { ApiClient, invitees, openReview, readOutbox, setUpAdmin, tokensByRecipient, type Invitee } from './support/http.js';
import { answersFor } from './support/load.js';
import { ManagedServer, tempDir } from './support/servers.js';

/**
 * Two server processes on one PostgreSQL database, as behind a load balancer. Needs a real
 * server (the embedded database is one process by design).
 */
const serverUrl = process.env.TEST_DATABASE_URL;
if (!serverUrl) console.warn('two-servers: skipped, TEST_DATABASE_URL is unset (run: .ci/with-postgres npm run test:stress)');

describe.skipIf(!serverUrl)('two servers on one PostgreSQL database', () => {
  // Separate outboxes: a mail delivered by both servers would show up in both.
  let outboxes: string[] = [];
  let database: { url: string; drop(): Promise<void> };
  let a: ManagedServer;
  let b: ManagedServer;
  let api: ApiClient;
  let people: Invitee[];
  let reviewId: string;
  let tokens: Map<string, string>;

  beforeAll(async () => {
    outboxes = [tempDir('outbox-a'), tempDir('outbox-b')];
    database = await freshServerDatabase(serverUrl!);
    a = await ManagedServer.create({ DATABASE_URL: database.url, OUTBOX_DIR: outboxes[0] });
    b = await ManagedServer.create({ DATABASE_URL: database.url, OUTBOX_DIR: outboxes[1] });
  });

  afterAll(async () => {
    await a?.cleanup();
    await b?.cleanup();
    await database?.drop();
    for (const dir of outboxes) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('start together on an empty database: the migrations run once, both are healthy', async () => {
    await Promise.all([a.start(), b.start()]);
    const applied = [a, b].filter((s) => s.output().includes('Migrations applied: 0001_core'));
    expect(applied.length, `${a.output()}\n${b.output()}`).toBe(1);
    for (const server of [a, b]) {
      expect(await (await fetch(`${server.url}/api/health`)).json()).toMatchObject({ status: 'ok', db: 'ok', database: 'server' });
    }
    const db = await inspectServer(database.url);
    const rows = await db.query<{ version: number; n: number }>('SELECT version, count(*)::int AS n FROM schema_migrations GROUP BY version');
    await db.close();
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((r) => r.n === 1)).toBe(true);
  }, 300_000);

  it('a session created through one server works on the other', async () => {
    // Each server prints its own one-time link, valid on that server only.
    api = await setUpAdmin(a.url, (await a.setupToken())!);
    const onB = new ApiClient(b.url);
    onB.cookie = api.cookie;
    expect(await onB.expect(200, 'GET', '/api/auth/me')).toMatchObject({ email: 'admin@stress.example.se', role: 'admin' });

    people = invitees(40, 'two');
    ({ reviewId } = await openReview(api, people, 'TWO'));
  });

  it('every invitation mail is delivered once, by one of the two servers', async () => {
    const deadline = Date.now() + 120_000;
    while (readOutbox(outboxes[0]).length + readOutbox(outboxes[1]).length < people.length && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const mails = [...readOutbox(outboxes[0]), ...readOutbox(outboxes[1])];
    expect(mails.length).toBe(people.length);
    expect(new Set(mails.map((m) => m.to.toLowerCase())).size).toBe(people.length);
    tokens = tokensByRecipient(mails);
  }, 180_000);

  it('the same link submitted to both servers at once is stored once', async () => {
    const person = people[0];
    const token = tokens.get(person.email)!;
    const data = answersFor(person.role, 0);
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        fetch(`${(i % 2 ? a : b).url}/api/respond/${token}/submit`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ data, lang: 'sv' }),
        }).then((res) => res.status),
      ),
    );
    expect(replies).toEqual(Array(20).fill(200));
    const db = await inspectServer(database.url);
    const rows = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM responses WHERE campaign_id = $1', [reviewId]);
    await db.close();
    expect(rows[0].n).toBe(1);
  });

  it('a reminder round while both run sends each respondent who has not answered exactly one reminder', async () => {
    // A few more answers first, so the round has someone to skip.
    for (const [i, person] of people.slice(1, 5).entries()) {
      const res = await fetch(`${b.url}/api/respond/${tokens.get(person.email)}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ data: answersFor(person.role, i + 1), lang: 'sv' }),
      });
      expect(res.status).toBe(200);
    }
    const unanswered = new Set(people.slice(5).map((p) => p.email));
    // Due in a few seconds, so that both servers' workers are polling when it comes due.
    const at = new Date(Date.now() + 3_000).toISOString();
    await api.expect(201, 'POST', `/api/reviews/${reviewId}/reminders`, { at });

    const isReminder = (m: { body: string }) => m.body.includes('We have not received your answers yet');
    const deadline = Date.now() + 180_000;
    let reminders = [...readOutbox(outboxes[0]), ...readOutbox(outboxes[1])].filter(isReminder);
    while (reminders.length < unanswered.size && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      reminders = [...readOutbox(outboxes[0]), ...readOutbox(outboxes[1])].filter(isReminder);
    }
    // A little longer: a duplicate would arrive after the last expected one.
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    reminders = [...readOutbox(outboxes[0]), ...readOutbox(outboxes[1])].filter(isReminder);

    const perRecipient = new Map<string, number>();
    for (const mail of reminders) perRecipient.set(mail.to.toLowerCase(), (perRecipient.get(mail.to.toLowerCase()) ?? 0) + 1);
    expect([...perRecipient.keys()].sort()).toEqual([...unanswered].sort());
    expect([...perRecipient.values()].every((n) => n === 1)).toBe(true);

    const db = await inspectServer(database.url);
    const logged = await db.query<{ recipient: string; n: number; attempts: number; sent: boolean }>(
      `SELECT recipient, count(*)::int AS n, max(attempts)::int AS attempts, bool_and(status = 'sent') AS sent
         FROM mails WHERE kind = 'reminder' AND campaign_id = $1 GROUP BY recipient`,
      [reviewId],
    );
    const rounds = await db.query<{ status: string; sent_count: number }>('SELECT status, sent_count FROM reminder_rounds WHERE campaign_id = $1', [reviewId]);
    await db.close();
    expect(logged.length).toBe(unanswered.size);
    expect(logged.every((m) => m.n === 1 && m.attempts === 1 && m.sent)).toBe(true);
    expect(rounds).toEqual([{ status: 'done', sent_count: unanswered.size }]);
    console.log(
      `\nSTRESS two servers: ${people.length} invited, ${reminders.length} reminders for ${unanswered.size} who had not answered ` +
        `(by A: ${readOutbox(outboxes[0]).filter(isReminder).length}, by B: ${readOutbox(outboxes[1]).filter(isReminder).length})\n`,
    );
  }, 300_000);
});
