import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, waitForUrl } from '../support/process.js';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'spur-startup-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

describe('starting the server', () => {
  it('exits non-zero with one clear line when the database cannot be reached', async () => {
    const server = startServerProcess({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/spur', PORT: '0' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('Could not start: the database refused the connection');
    expect(server.output()).not.toMatch(/\n\s+at /); // no stack trace
  });

  it('exits non-zero listing each bad setting', async () => {
    const server = startServerProcess({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT must be a port number');
    expect(server.output()).toContain('LOG_LEVEL must be one of');
  });

  it('runs on the embedded database, refuses a second server on the same data (lock file deleted or not), and keeps data across restarts', async () => {
    const env = { DATA_DIR: dataDir, PORT: '0' };
    const first = startServerProcess(env);
    const url = await waitForUrl(first);
    expect(first.output()).toContain('embedded PostgreSQL');
    expect(first.output()).toContain('Migrations applied: 0001_core');
    const health = await fetch(`${url}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok', db: 'ok', database: 'embedded' });

    const second = startServerProcess(env);
    expect(await second.exited).toBe(1);
    expect(second.output()).toMatch(/is in use by another running server/);
    // Even with the lock file gone, the kernel's lock (Linux) keeps a second server off the data.
    if (process.platform === 'linux') {
      fs.rmSync(path.join(dataDir, 'server.lock'));
      const fourth = startServerProcess(env);
      expect(await fourth.exited).toBe(1);
      expect(fourth.output()).toMatch(/is in use by another running server/);
    }

    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);

    const third = startServerProcess(env);
    const thirdUrl = await waitForUrl(third);
    expect(third.output()).not.toContain('Migrations applied'); // the schema persisted
    expect((await fetch(`${thirdUrl}/api/health`)).status).toBe(200);
    third.child.kill('SIGTERM');
    expect(await third.exited).toBe(0);
  }, 120_000);
});
