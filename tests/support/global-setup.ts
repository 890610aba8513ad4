import { PGlite } from '@electric-sql/pglite';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { serve } from '../../server/db/embedded.js';
import { migrate } from '../../server/db/migrate.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** With TEST_DATABASE_URL: the migrated template each test file's database is copied from. */
    templateDatabase: string | null;
    /** Without it: a migrated PGlite data dir that each test file loads into memory. */
    pgliteSnapshot: string | null;
  }
}

/**
 * Migrates once per run, so each test file starts from an empty, migrated database in
 * well under a second instead of paying for a fresh cluster and all migrations.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const template = `spur_template_${process.pid}`;
    await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template}`);
    await adminQuery(serverUrl, `CREATE DATABASE ${template}`);
    await migrate(withDatabase(serverUrl, template));
    project.provide('templateDatabase', template);
    project.provide('pgliteSnapshot', null);
    return async () => {
      await adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${template}`);
    };
  }

  const db = await PGlite.create();
  const embedded = await serve(db);
  await migrate(embedded.url);
  const snapshot = await db.dumpDataDir('none');
  await embedded.close();
  const file = path.join(os.tmpdir(), `spur-pglite-snapshot-${process.pid}-${project.name}.tar`);
  fs.writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  project.provide('templateDatabase', null);
  project.provide('pgliteSnapshot', file);
  return async () => fs.rmSync(file, { force: true });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
