import { PGlite } from '@electric-sql/pglite';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { loadConfig } from '../config.js';
import { describeDatabaseError } from '../db/describe.js';
import { lockDataDir } from '../db/embedded.js';

/**
 * `npm run backup -- <file>` and `npm run restore -- <file>` (restore.ts).
 *
 * With DATABASE_URL: pg_dump's custom format (consistent while servers run) and pg_restore
 * --clean. Embedded: PGlite's own dump of the data folder (a gzipped tar), taken with the
 * server stopped, since PGlite allows one process per folder; the folder's lock keeps a server
 * from starting meanwhile.
 */

const run = promisify(execFile);
const GZIP = [0x1f, 0x8b];
const PG_CUSTOM = Buffer.from('PGDMP');

export class BackupError extends Error {}

export type BackupKind = 'server' | 'embedded';

/** What a backup file is, from its first bytes. */
export function kindOfBackup(file: string): BackupKind | null {
  const fd = fs.openSync(file, 'r');
  const head = Buffer.alloc(5);
  fs.readSync(fd, head, 0, 5, 0);
  fs.closeSync(fd);
  if (head.subarray(0, 5).equals(PG_CUSTOM)) return 'server';
  if (head[0] === GZIP[0] && head[1] === GZIP[1]) return 'embedded';
  return null;
}

/** pg_dump / pg_restore: on PATH, else the newest of Debian's /usr/lib/postgresql/<n>/bin. */
export function postgresTool(name: 'pg_dump' | 'pg_restore' | 'psql'): string {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  const debian = '/usr/lib/postgresql';
  const versions = fs.existsSync(debian)
    ? fs
        .readdirSync(debian)
        .filter((v) => /^\d+$/.test(v))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  for (const version of versions) {
    const candidate = path.join(debian, version, 'bin', name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new BackupError(
    `${name} was not found on PATH or in ${debian}/*/bin. Install the PostgreSQL client tools (Debian: apt-get install postgresql-client).`,
  );
}

/** The URL without its password, which goes to libpq through PGPASSWORD instead of the process list. */
export function libpqTarget(databaseUrl: string): { url: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { url: url.toString(), env: password ? { ...process.env, PGPASSWORD: password } : process.env };
}

export async function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  try {
    await run(tool, args, { env, maxBuffer: 16 * 1024 * 1024 });
  } catch (error) {
    const stderr = String((error as { stderr?: string }).stderr ?? '').trim();
    throw new BackupError(`${path.basename(tool)} failed: ${stderr || (error as Error).message}`);
  }
}

/** Writes next to the target and renames, so a failed backup never leaves a half file under the real name. */
async function writeAtomically(target: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = `${target}.partial-${process.pid}`;
  try {
    await write(tmp);
    fs.renameSync(tmp, target);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

export async function backupServer(databaseUrl: string, target: string): Promise<void> {
  const { url, env } = libpqTarget(databaseUrl);
  await writeAtomically(target, (tmp) => runTool(postgresTool('pg_dump'), ['--format=custom', `--file=${tmp}`, `--dbname=${url}`], env));
}

export async function backupEmbedded(dataDir: string, target: string): Promise<void> {
  const pgdata = path.join(dataDir, 'pglite');
  if (!fs.existsSync(path.join(pgdata, 'PG_VERSION'))) throw new BackupError(`There is no embedded database in ${dataDir} (DATA_DIR).`);
  const release = await lockDataDir(dataDir);
  try {
    const db = await PGlite.create({ dataDir: pgdata });
    try {
      // A checkpoint first, so the dump does not depend on replaying the write-ahead log.
      await db.exec('CHECKPOINT');
      const dump = await db.dumpDataDir('gzip');
      await writeAtomically(target, async (tmp) => fs.writeFileSync(tmp, Buffer.from(await dump.arrayBuffer())));
    } finally {
      await db.close();
    }
  } finally {
    release();
  }
}

async function main(): Promise<void> {
  const target = process.argv[2];
  if (!target || process.argv.length > 3) {
    console.error('Usage: npm run backup -- <file>   (DATABASE_URL set: pg_dump of that database; unset: the embedded database in DATA_DIR, server stopped)');
    process.exit(2);
  }
  const config = loadConfig();
  const started = Date.now();
  if (config.databaseUrl) await backupServer(config.databaseUrl, target);
  else await backupEmbedded(config.dataDir, target);
  const size = (fs.statSync(target).size / 1024 / 1024).toFixed(1);
  const source = config.databaseUrl ? 'the PostgreSQL database at DATABASE_URL' : `the embedded database in ${config.dataDir}`;
  console.log(`Backup of ${source} written to ${target} (${size} MB in ${((Date.now() - started) / 1000).toFixed(1)} s).`);
}

export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof BackupError ? error.message : describeDatabaseError(error));
    process.exit(1);
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) runCli(main);
