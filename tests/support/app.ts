import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { createTestDatabase, type TestDatabase } from './database.js';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  /** The app's clock: the system's until a test sets it. */
  clock: { set(moment: Date | string | null): void };
  close(): Promise<void>;
}

export interface TestAppOptions {
  serveClient?: boolean;
  jobQueue?: boolean;
  env?: Record<string, string>;
  logStream?: { write(line: string): void };
  /** Where its database comes from (default: an empty, migrated one; demo.ts gives the demo's). */
  database?: () => Promise<TestDatabase>;
  rateWindows?: AppOptions['rateWindows'];
}

/** The real app on an empty, migrated database of its own. Call `app.ready()` or inject(). */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const database = await (options.database ?? createTestDatabase)();
  let fixed: Date | null = null;
  const outbox = fs.mkdtempSync(path.join(os.tmpdir(), 'spur-outbox-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', OUTBOX_DIR: outbox, ...options.env });
  const app = await buildApp({
    config,
    databaseUrl: database.url,
    databaseKind: database.kind,
    serveClient: options.serveClient ?? false,
    jobQueue: options.jobQueue ?? false,
    clock: () => fixed ?? new Date(),
    logStream: options.logStream,
    rateWindows: options.rateWindows,
  });
  return {
    app,
    database,
    clock: { set: (moment) => (fixed = moment === null ? null : new Date(moment)) },
    async close() {
      await app.close();
      await database.close();
      fs.rmSync(outbox, { recursive: true, force: true });
    },
  };
}
