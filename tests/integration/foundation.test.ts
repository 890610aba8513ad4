import { Type } from '@sinclair/typebox';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createTestApp, type TestApp } from '../support/app.js';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
  // A route only this test has, to drive body validation through the real error handler.
  t.app.post(
    '/api/test-echo',
    { schema: { body: Type.Object({ count: Type.Integer({ minimum: 0 }), name: Type.String() }, { additionalProperties: false }) } },
    async (request) => request.body,
  );
  await t.app.ready();
});
afterAll(() => t.close());

const isProblem = (headers: Record<string, unknown>) => String(headers['content-type']).startsWith('application/problem+json');

describe('health', () => {
  it('reports the app and the database as ok', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', db: 'ok', database: t.database.kind });
  });

  it('answers 503 with db down when the database cannot be reached', async () => {
    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      databaseUrl: 'postgres://nobody@127.0.0.1:1/nothing',
      databaseKind: 'server',
      serveClient: false,
      jobQueue: false,
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/health' });
      expect(res.statusCode).toBe(503);
      expect(res.json()).toMatchObject({ status: 'degraded', db: 'down' });
    } finally {
      await app.close();
    }
  });
});

describe('errors are problem+json a person can read', () => {
  it('an unknown API route is a 404 in the same shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing?x=1' });
    expect(res.statusCode).toBe(404);
    expect(isProblem(res.headers)).toBe(true);
    expect(res.json()).toMatchObject({ status: 404, title: 'Not Found', instance: '/api/no-such-thing' });
    expect(res.json().detail).toContain('/api/no-such-thing');
  });

  it('malformed JSON is a 400 saying so', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test-echo',
      headers: { 'content-type': 'application/json' },
      payload: '{"count": 1,',
    });
    expect(res.statusCode).toBe(400);
    expect(isProblem(res.headers)).toBe(true);
    expect(res.json()).toMatchObject({ code: 'request.invalidJson', detail: 'Det som skickades är inte giltig JSON.' });
  });

  it('a wrong type names the field', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/test-echo', payload: { count: 'three', name: 'x' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ field: 'body.count', code: 'field.notInteger', message: 'Ange ett heltal.' }));
  });

  it('an unknown field is rejected, not silently dropped', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/test-echo', payload: { count: 1, name: 'x', admin: true } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ field: 'body.admin', code: 'field.unknown' }));
  });

  it('a missing field is named, with every other problem at once', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/test-echo', payload: { count: -1 } });
    expect(res.statusCode).toBe(400);
    const fields = res.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['body.name', 'body.count']));
  });

  it('a body over the limit is a 413', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/test-echo',
      payload: { count: 1, name: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(res.statusCode).toBe(413);
    expect(isProblem(res.headers)).toBe(true);
  });

  it('a bug is a 500 with a request id and no stack trace', async () => {
    const app = await buildApp({
      config: loadConfig({ LOG_LEVEL: 'silent' }),
      databaseUrl: t.database.url,
      databaseKind: t.database.kind,
      serveClient: false,
      jobQueue: false,
    });
    app.get('/api/test-crash', async () => {
      throw new Error('secret internals at /srv/app.ts:12');
    });
    try {
      const res = await app.inject({ method: 'GET', url: '/api/test-crash' });
      expect(res.statusCode).toBe(500);
      expect(res.body).not.toContain('secret internals');
      expect(res.json().detail).toContain(res.json().requestId);
    } finally {
      await app.close();
    }
  });
});

describe('the API describes itself', () => {
  it('serves an OpenAPI 3 document listing the routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toContain('/api/health');
  });

  it('serves the interactive docs', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
  });

  it('sends security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
