import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createTestApp, type TestApp } from '../support/app.js';

/*
 * Two servers behind a load balancer share one database. Counted in each process, every limit
 * doubled; counted in the database, a guesser gets no more tries by spreading them over servers.
 */
let t: TestApp;
let second: FastifyInstance;
beforeAll(async () => {
  t = await createTestApp();
  second = await buildApp({
    config: loadConfig({ LOG_LEVEL: 'silent' }),
    databaseUrl: t.database.url,
    databaseKind: t.database.kind,
    serveClient: false,
    jobQueue: false,
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
