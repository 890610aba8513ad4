import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.js';

/*
 * Behind a load balancer every request comes from the balancer's address. With TRUST_PROXY the
 * per-address limits count the client named in X-Forwarded-For, so one guesser cannot lock out
 * a whole hospital; without it the header is ignored, so a client cannot dodge them by lying.
 */
let trusted: TestApp;
let direct: TestApp;
beforeAll(async () => {
  [trusted, direct] = await Promise.all([createTestApp({ env: { TRUST_PROXY: '10.0.0.1' } }), createTestApp()]);
});
afterAll(async () => {
  await Promise.all([trusted.close(), direct.close()]);
});

const guess = (t: TestApp, client: string, i: number) =>
  t.app.inject({ url: `/api/respond/unknown-link-${i}`, remoteAddress: '10.0.0.1', headers: { 'x-forwarded-for': client } });

describe('TRUST_PROXY', () => {
  it('limits link guessing per client behind a trusted balancer', async () => {
    for (let i = 0; i < 31; i++) await guess(trusted, '192.0.2.7', i);
    expect((await guess(trusted, '192.0.2.7', 99)).statusCode).toBe(429);
    expect((await guess(trusted, '198.51.100.3', 99)).statusCode).toBe(404);
  });

  it('ignores X-Forwarded-For when no proxy is trusted', async () => {
    for (let i = 0; i < 31; i++) await guess(direct, `192.0.2.${i}`, i);
    expect((await guess(direct, '198.51.100.3', 99)).statusCode).toBe(429);
  });
});
