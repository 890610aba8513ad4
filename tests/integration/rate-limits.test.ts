import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createTestApp, type TestApp } from '../support/app.js';
import { completeAnswers } from '../support/answers.js';
import { createHospital, openReviewWithInvitations, signIn } from '../support/factories.js';

/*
 * Two servers behind a load balancer share one database. Counted in each process, every limit
 * doubled; counted in the database, a guesser gets no more tries by spreading them over servers.
 * That is PostgreSQL's case: the embedded database's folder has one server, which counts in
 * memory by default; here both count in the database whichever it is.
 */
let t: TestApp;
let second: FastifyInstance;
beforeAll(async () => {
  t = await createTestApp({ rateWindows: 'database' });
  second = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    databaseUrl: t.database.url,
    databaseKind: t.database.kind,
    serveClient: false,
    jobQueue: false,
    rateWindows: 'database',
  });
});
afterAll(async () => {
  await second.close();
  await t.close();
});

const unknownLink = (app: FastifyInstance, i: number, address: string) =>
  app.inject({ url: `/api/respond/${String(i).padStart(43, 'q')}`, remoteAddress: address });
const login = (app: FastifyInstance, address: string) =>
  app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: address, payload: { email: 'someone@example.se', password: 'a wrong guess' } });

describe('limits shared by all servers on one database', () => {
  it('counts unknown survey links from one address on both servers together', async () => {
    for (let i = 0; i < 30; i++) expect((await unknownLink(i % 2 ? t.app : second, i, '10.9.0.1')).statusCode).toBe(404);
    expect((await unknownLink(t.app, 99, '10.9.0.1')).statusCode).toBe(429);
    expect((await unknownLink(second, 99, '10.9.0.1')).statusCode).toBe(429);
    expect((await unknownLink(second, 99, '10.9.0.2')).statusCode).toBe(404);
  });

  it('counts login attempts on both servers together', async () => {
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await login(i % 2 ? t.app : second, '10.9.1.1')).statusCode);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(statuses[10]).toBe(429);
    // The answer says when to come back, from the shared window.
    const refused = await login(t.app, '10.9.1.1');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
  });

  it('starts a new window when the last one has run out', async () => {
    const windows = t.app.rateWindows;
    expect(await windows.hit('test|window', 200)).toMatchObject({ hits: 1 });
    expect(await windows.hit('test|window', 200)).toMatchObject({ hits: 2 });
    expect(await windows.count('test|window', 200)).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await windows.count('test|window', 200)).toBe(0);
    expect(await windows.hit('test|window', 200)).toMatchObject({ hits: 1 });
  });
});

describe('personal links, counted per link and not per address', () => {
  const CLINIC = '10.9.5.5';
  const draft = (token: string, value: number) =>
    t.app.inject({
      method: 'PUT',
      url: `/api/respond/${token}/draft`,
      remoteAddress: CLINIC,
      payload: { data: { 'A.varied-clinical-work': value }, currentPage: 0 },
    });

  async function invite(count: number) {
    const inspector = await signIn(t.app, 'inspector');
    const hospital = await createHospital(t.app, inspector, ['surgical']);
    const people = Array.from(
      { length: count },
      (_, i) => ['Resp', `nat-${i}-${Math.random().toString(36).slice(2)}@example.se`, 'st', 0] as [string, string, string, number],
    );
    return [...(await openReviewWithInvitations(t.app, inspector, hospital, people)).tokens.values()];
  }

  it('lets a whole clinic behind one address answer at 9:00: 60 respondents opening, autosaving and submitting in a minute all succeed', async () => {
    const tokens = await invite(60);
    const statuses = new Map<number, number>();
    const count = (status: number) => statuses.set(status, (statuses.get(status) ?? 0) + 1);
    // Ten at a time, as people arrive; 60 × 12 = 720 requests from one address, more than 600.
    for (let i = 0; i < tokens.length; i += 10) {
      await Promise.all(
        tokens.slice(i, i + 10).map(async (token) => {
          count((await t.app.inject({ url: `/api/respond/${token}`, remoteAddress: CLINIC })).statusCode);
          for (let k = 0; k < 10; k++) count((await draft(token, (k % 4) + 1)).statusCode);
          const submitted = await t.app.inject({
            method: 'POST',
            url: `/api/respond/${token}/submit`,
            remoteAddress: CLINIC,
            payload: { data: completeAnswers('st') },
          });
          count(submitted.statusCode);
        }),
      );
    }
    expect(Object.fromEntries(statuses)).toEqual({ 200: 720 });
  }, 120_000);

  it('answers one link hammering its autosave with 429 and the coded problem, while its colleagues behind the same address go on', async () => {
    const [hammering, colleague] = await invite(2);
    const statuses: number[] = [];
    for (let i = 0; i < 121; i++) statuses.push((await draft(hammering, 1)).statusCode);
    expect(statuses.slice(0, 120).every((s) => s === 200)).toBe(true);
    const refused = await draft(hammering, 1);
    expect(refused.statusCode).toBe(429);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ status: 429, code: 'request.rateLimited' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect((await draft(colleague, 1)).statusCode).toBe(200);
  }, 60_000);
});
