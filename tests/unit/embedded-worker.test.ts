import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, startInWorker } from '../../server/db/embedded.js';

async function query(url: string, sql: string): Promise<unknown[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe('the embedded database in its own thread', () => {
  const dirs: string[] = [];
  afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  it('serves a data folder, keeps what was written when closed, and gives the folder back', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spur-worker-'));
    dirs.push(dir);
    const first = await startEmbeddedDatabase(dir);
    await query(first.url, 'CREATE TABLE kept (n int); INSERT INTO kept VALUES (42)');
    await first.close();

    // The lock was released with the close, so the folder opens again, with the row in it.
    const second = await startEmbeddedDatabase(dir);
    try {
      expect(await query(second.url, 'SELECT n FROM kept')).toEqual([{ n: 42 }]);
    } finally {
      await second.close();
    }
  }, 60_000);

  it('refuses to start from a dump that is not there, with the reason', async () => {
    await expect(startInWorker({ snapshotFile: path.join(os.tmpdir(), 'no-such-spur-dump.tar') })).rejects.toThrow(/ENOENT|no such file/);
  }, 60_000);
});
