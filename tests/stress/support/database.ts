import { PGlite } from '@electric-sql/pglite';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import pg from 'pg';
import { adminQuery, withDatabase } from '../../support/global-setup.js';

/** Read access to what a server stored, whichever database it ran on. */
export interface Inspector {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

/**
 * Opens an embedded data folder directly, the way the next server start would. The server
 * must be stopped: PGlite has one process per folder.
 */
export async function inspectEmbedded(dataDir: string): Promise<Inspector> {
  const db = await PGlite.create({ dataDir: path.join(dataDir, 'pglite') });
  return {
    async query<T>(text: string, params: unknown[] = []) {
      return (await db.query<T>(text, params)).rows;
    },
    close: () => db.close(),
  };
}

export async function inspectServer(url: string): Promise<Inspector> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async query<T>(text: string, params: unknown[] = []) {
      return (await client.query(text, params)).rows as T[];
    },
    close: () => client.end(),
  };
}

/** A fresh, empty database on the TEST_DATABASE_URL server; the servers under test migrate it. */
export async function freshServerDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `spur_stress_${randomBytes(5).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  return {
    url: withDatabase(serverUrl, name),
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
