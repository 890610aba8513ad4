import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../../server/db/database.js';
import { serve, startInWorker } from '../../server/db/embedded.js';
import { poolOptions } from '../../server/db/pool.js';
import { loadDemo, type DemoSummary } from '../../server/demo/load.js';
import { createTestApp, type TestApp, type TestAppOptions } from './app.js';

/** The demo every file reads: the same hospital, answers and national pool. */
export const DEMO_OPTIONS = { publicUrl: 'http://localhost:3000', poolTrainees: 400 };

/**
 * The real app on a database of its own holding the demo (server/demo/load.ts). The demo takes
 * about 30 s of CPU to load, so on the embedded database it is loaded once per run: the first
 * file to ask makes a snapshot of it (in the run's folder from demo-setup.ts) and later files
 * start their database from that, as the empty ones start from the migrated snapshot. On a
 * PostgreSQL server (TEST_DATABASE_URL) each file loads it into its own database.
 */
export async function createDemoApp(options: Omit<TestAppOptions, 'database'> = {}): Promise<{ t: TestApp; summary: DemoSummary }> {
  const migrated = inject('pgliteSnapshot');
  const dir = inject('demoSnapshotDir');
  const snapshot = migrated && dir ? await demoSnapshot(dir, migrated) : null;
  if (!snapshot) {
    const t = await createTestApp(options);
    await t.app.ready();
    return { t, summary: await loadDemo(t.app.db, DEMO_OPTIONS) };
  }
  const { file, summary } = snapshot;
  const t = await createTestApp({
    ...options,
    database: async () => ({ ...(await startInWorker({ snapshotFile: file })), kind: 'embedded' }),
  });
  await t.app.ready();
  return { t, summary };
}

/**
 * The run's demo snapshot: made here by the first file that asks (it takes the lock). A file
 * asking while another makes it gets null and loads the demo itself, rather than leave its
 * worker idle for half a minute. Each file is written under another name and renamed, the
 * summary last, so a file that exists is whole.
 */
async function demoSnapshot(dir: string, migrated: string): Promise<{ file: string; summary: DemoSummary } | null> {
  const file = path.join(dir, 'demo.tar');
  const summaryFile = path.join(dir, 'demo.json');
  const failedFile = path.join(dir, 'demo.failed');
  try {
    fs.writeFileSync(path.join(dir, 'demo.lock'), String(process.pid), { flag: 'wx' });
  } catch {
    if (fs.existsSync(summaryFile)) return { file, summary: JSON.parse(fs.readFileSync(summaryFile, 'utf8')) };
    if (fs.existsSync(failedFile)) throw new Error(`Another test file could not load the demo: ${fs.readFileSync(failedFile, 'utf8')}`);
    return null;
  }
  try {
    const db = await PGlite.create({ loadDataDir: new Blob([fs.readFileSync(migrated)]) });
    const embedded = await serve(db);
    try {
      const kysely = new Kysely<Database>({ dialect: new PostgresDialect({ pool: new pg.Pool(poolOptions(embedded.url, true)) }) });
      let summary: DemoSummary;
      try {
        summary = await loadDemo(kysely, DEMO_OPTIONS);
      } finally {
        await kysely.destroy();
      }
      fs.writeFileSync(`${file}.part`, Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer()));
      fs.renameSync(`${file}.part`, file);
      fs.writeFileSync(`${summaryFile}.part`, JSON.stringify(summary));
      fs.renameSync(`${summaryFile}.part`, summaryFile);
      return { file, summary };
    } finally {
      await embedded.close();
    }
  } catch (error) {
    fs.writeFileSync(failedFile, error instanceof Error ? (error.stack ?? error.message) : String(error));
    throw error;
  }
}
