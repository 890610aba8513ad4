import { Kysely, PostgresDialect } from 'kysely';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Database, RootDb } from '../server/db/database.js';
import { startEmbeddedDatabase } from '../server/db/embedded.js';
import { migrate } from '../server/db/migrate.js';

export interface BenchDatabase {
  kind: 'embedded' | 'server';
  url: string;
  db: RootDb;
  close(): Promise<void>;
}

/** A fresh, migrated database: on DATABASE_URL's server when set, else the embedded one in a temp folder. */
export async function benchDatabase(): Promise<BenchDatabase> {
  const server = process.env.DATABASE_URL;
  let url: string;
  let cleanup: () => Promise<void>;
  if (server) {
    const name = `spur_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: server });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const parsed = new URL(server);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    cleanup = async () => {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spur-bench-'));
    const embedded = await startEmbeddedDatabase(dir);
    url = embedded.url;
    cleanup = async () => {
      await embedded.close();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }
  await migrate(url);
  // Embedded, the bench's connections and the app's under test (7, server/db/pool.ts) share the
  // 10 the database serves: with 6 here, the submissions section's app was refused its last ones.
  const pool = new pg.Pool({ connectionString: url, max: server ? 10 : 3 });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return {
    kind: server ? 'server' : 'embedded',
    url,
    db,
    async close() {
      await db.destroy();
      await cleanup();
    },
  };
}

/** p50 and p95 of `runs` timed calls after `warmup` untimed ones, in ms. */
export async function percentiles(fn: () => Promise<unknown>, runs = 30, warmup = 5): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: round(at(0.5)), p95: round(at(0.95)) };
}

export const round = (n: number) => Math.round(n * 10) / 10;
