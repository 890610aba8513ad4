import { PGlite } from '@electric-sql/pglite';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs, promisify } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../config.js';
import { describeUrl } from '../db/describe.js';
import { lockDataDir } from '../db/embedded.js';
import { BackupError, kindOfBackup, libpqTarget, postgresTool, runCli } from './backup.js';

const run = promisify(execFile);

/**
 * `npm run restore -- <file> [--force]`: replaces the database's contents with a backup made by
 * `npm run backup`. Everything written after that backup is gone. Stop the servers first.
 */

/** Other sessions on the database: a restore under running servers would fail or confuse them. */
async function otherConnections(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/** The schemas a dump creates (pgboss), besides public, which every database has. */
async function schemasIn(dump: string): Promise<string[]> {
  const { stdout } = await run(postgresTool('pg_restore'), ['--list', dump], { maxBuffer: 64 * 1024 * 1024 });
  const named = [...stdout.matchAll(/^\d+; \d+ \d+ SCHEMA - (\S+) /gm)].map((m) => m[1]);
  return [...new Set(['public', ...named])];
}

/**
 * pg_restore --clean cannot drop pg-boss's partitioned job tables ("cannot drop inherited
 * constraint"), so the schemas of the dump are dropped and recreated instead: pg_restore writes
 * SQL, psql runs it after the drops, all in one transaction, so a restore that fails half-way
 * leaves the database as it was.
 */
export async function restoreServer(databaseUrl: string, source: string, force: boolean): Promise<void> {
  const others = await otherConnections(databaseUrl);
  if (others > 0 && !force) {
    throw new BackupError(
      `${others} other connection(s) are open to ${describeUrl(databaseUrl)}: stop the servers using it first ` + '(or pass --force to restore anyway).',
    );
  }
  const { url, env } = libpqTarget(databaseUrl);
  const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const prelude = (await schemasIn(source)).map((schema) => `DROP SCHEMA IF EXISTS ${quote(schema)} CASCADE;`).join('\n') + '\nCREATE SCHEMA public;\n';

  // BEGIN here and COMMIT only once pg_restore has written everything: if it stops early,
  // psql's input ends without COMMIT and the transaction is rolled back.
  const quiet = { ...env, PGOPTIONS: '-c client_min_messages=warning' };
  const psql = spawn(postgresTool('psql'), ['--no-psqlrc', '--quiet', '--set=ON_ERROR_STOP=1', `--dbname=${url}`], {
    env: quiet,
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const restore = spawn(postgresTool('pg_restore'), ['--no-owner', '--file=-', source], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const errors: string[] = [];
  const exited = (child: ChildProcess, name: string) =>
    new Promise<number | null>((resolve) => {
      child.stderr!.on('data', (chunk) => errors.push(`${name}: ${String(chunk).trim()}`));
      child.on('error', (error) => errors.push(`${name}: ${error.message}`));
      child.on('close', resolve);
    });
  const psqlDone = exited(psql, 'psql');
  psql.stdin!.on('error', () => {}); // psql stopped at an error: its message says why
  psql.stdin!.write(`BEGIN;\n${prelude}`);
  restore.stdout!.pipe(psql.stdin!, { end: false });
  const restoreCode = await exited(restore, 'pg_restore');
  psql.stdin!.end(restoreCode === 0 ? 'COMMIT;\n' : '');
  const psqlCode = await psqlDone;
  if (restoreCode !== 0 || psqlCode !== 0) throw new BackupError(`The restore failed and changed nothing:\n${errors.join('\n')}`);
}

export async function restoreEmbedded(dataDir: string, source: string): Promise<void> {
  const release = await lockDataDir(dataDir);
  const pgdata = path.join(dataDir, 'pglite');
  const staging = `${pgdata}.restoring-${process.pid}`;
  const replaced = `${pgdata}.replaced-${process.pid}`;
  try {
    fs.rmSync(staging, { recursive: true, force: true });
    // Loaded into a folder of its own first and opened once, so a bad file leaves the data as it was.
    const db = await PGlite.create({ dataDir: staging, loadDataDir: new Blob([fs.readFileSync(source)]) });
    try {
      await db.query('SELECT count(*) FROM schema_migrations');
    } catch (error) {
      throw new BackupError(`${source} does not hold this app's database: ${(error as Error).message}`);
    } finally {
      await db.close();
    }
    if (fs.existsSync(pgdata)) fs.renameSync(pgdata, replaced);
    fs.renameSync(staging, pgdata);
    fs.rmSync(replaced, { recursive: true, force: true });
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
    release();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean' } } });
  const source = positionals[0];
  if (!source || positionals.length > 1) {
    console.error('Usage: npm run restore -- <file> [--force]   (replaces the database at DATABASE_URL, or the embedded one in DATA_DIR, with the backup)');
    process.exit(2);
  }
  if (!fs.existsSync(source)) throw new BackupError(`There is no file ${source}.`);
  const config = loadConfig();
  const kind = kindOfBackup(source);
  const wanted = config.databaseUrl ? 'server' : 'embedded';
  if (kind === null) throw new BackupError(`${source} is not a backup made by npm run backup.`);
  if (kind !== wanted) {
    throw new BackupError(
      kind === 'server'
        ? `${source} is a backup of a PostgreSQL server (pg_dump); set DATABASE_URL to the database to restore it into.`
        : `${source} is a backup of the embedded database; unset DATABASE_URL to restore it into DATA_DIR.`,
    );
  }
  const started = Date.now();
  if (config.databaseUrl) await restoreServer(config.databaseUrl, source, values.force ?? false);
  else await restoreEmbedded(config.dataDir, source);
  const target = config.databaseUrl ? describeUrl(config.databaseUrl) : `the embedded database in ${config.dataDir}`;
  console.log(`Restored ${source} into ${target} in ${((Date.now() - started) / 1000).toFixed(1)} s. Start the server again.`);
}

runCli(main);
