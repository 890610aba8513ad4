import type { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import fs from 'node:fs';
import { createHash } from 'node:crypto';
import net from 'node:net';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { fixQueue } from './pglite-queue.js';

export interface EmbeddedDatabase {
  /** A postgres:// URL the ordinary `pg` driver connects to. */
  url: string;
  close(): Promise<void>;
}

/**
 * pglite-socket multiplexes client connections onto PGlite's single session, so the pool can
 * never hold more connections than this. Transactions are serialised: while one connection
 * is inside a transaction the others wait.
 */
export const EMBEDDED_MAX_CONNECTIONS = 10;

export class DataDirLockedError extends Error {}

/** Where the worker's PGlite comes from: a persisted folder, or a dump loaded into memory (tests). */
export type EmbeddedSource = { dataDir: string } | { snapshotFile: string };

const BOOT = new URL('../work/worker-boot.mjs', import.meta.url);
const ENTRY = new URL('./embedded-worker.ts', import.meta.url);

/**
 * Starts PGlite persisted in `dataDir` and exposes it on a free loopback port. A lock file
 * keeps a second server off the same data directory, which PGlite does not guard itself.
 */
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  fs.mkdirSync(dataDir, { recursive: true });
  const releaseLock = await lockDataDir(dataDir);
  try {
    return await startInWorker({ dataDir: path.join(dataDir, 'pglite') }, releaseLock);
  } catch (error) {
    releaseLock();
    throw error;
  }
}

/**
 * Runs PGlite and its socket server in a thread of their own (embedded-worker.ts) and answers
 * once it listens. A database thread that dies takes the process down: the server cannot answer
 * anything without it, and a restart is what recovers it.
 */
export function startInWorker(source: EmbeddedSource, onClosed: () => void = () => {}): Promise<EmbeddedDatabase> {
  const worker = new Worker(BOOT, { workerData: { entry: ENTRY.href, source }, execArgv: [] });
  let closing = false;
  const died = (reason: string) => {
    if (closing) return;
    console.error(`The embedded database stopped: ${reason}`);
    process.exit(1);
  };
  return new Promise((resolve, reject) => {
    const starting = (error: Error) => reject(error);
    const exitedEarly = (code: number) => reject(new Error(`The embedded database ended (code ${code}) before it started.`));
    worker.once('error', starting);
    worker.once('exit', exitedEarly);
    worker.once('message', (message: { url?: string; error?: string }) => {
      worker.off('error', starting);
      worker.off('exit', exitedEarly);
      if (!message.url) {
        void worker.terminate();
        reject(new Error(message.error ?? 'The embedded database did not start.'));
        return;
      }
      worker.on('error', (error) => died(error.message));
      worker.on('exit', (code) => died(`its thread ended (code ${code})`));
      resolve({
        url: message.url,
        close: () =>
          new Promise<void>((done, fail) => {
            closing = true;
            worker.once('message', (reply: unknown) => {
              void worker.terminate().then(() => {
                onClosed();
                if (reply === 'closed') done();
                else fail(new Error((reply as { error?: string }).error ?? 'The embedded database did not close cleanly.'));
              });
            });
            worker.postMessage('close');
          }),
      });
    });
  });
}

/** Serves an already created PGlite (tests use in-memory ones) on a free loopback port. */
export async function serve(db: PGlite, onClose: () => Promise<void> = () => db.close()): Promise<EmbeddedDatabase> {
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: 0,
    maxConnections: EMBEDDED_MAX_CONNECTIONS,
  });
  fixQueue(server);
  await server.start();
  // getServerConn() answers "host:port" with the port the OS picked.
  const port = server.getServerConn().split(':').pop();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    async close() {
      await server.stop();
      await onClose();
    },
  };
}

/**
 * Takes the data folder's lock (the server holds it while it runs; backup and restore while they
 * work) and returns its release; throws DataDirLockedError while a live process holds it.
 * On Linux the lock is an abstract-namespace socket named after the folder, which the kernel
 * keeps exactly as long as the process lives and no one can delete; the lock file beside it
 * names the holder (and is the lock on other systems).
 */
export async function lockDataDir(dataDir: string): Promise<() => void> {
  fs.mkdirSync(dataDir, { recursive: true });
  const held = await holdKernelLock(dataDir);
  try {
    const releaseFile = acquireLock(path.join(dataDir, 'server.lock'));
    return () => {
      releaseFile();
      held?.close();
    };
  } catch (error) {
    held?.close();
    throw error;
  }
}

async function holdKernelLock(dataDir: string): Promise<net.Server | null> {
  if (process.platform !== 'linux') return null;
  const name = `\0spur-data-${createHash('sha256').update(fs.realpathSync(dataDir)).digest('hex').slice(0, 40)}`;
  const server = net.createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(name, resolve);
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    const holder = readHolder(path.join(dataDir, 'server.lock'));
    throw new DataDirLockedError(
      `The data folder ${dataDir} is in use by another running server${holder ? ` (process ${holder})` : ''}. Stop that server first, or set DATA_DIR to another folder.`,
    );
  }
  server.unref();
  return server;
}

function readHolder(lockPath: string): number | null {
  try {
    return Number(fs.readFileSync(lockPath, 'utf8')) || null;
  } catch {
    return null;
  }
}

function acquireLock(lockPath: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(fs.readFileSync(lockPath, 'utf8'));
      if (isRunning(holder)) {
        throw new DataDirLockedError(
          `The data folder ${path.dirname(lockPath)} is in use by another running server (process ${holder}). ` +
            'Stop that server first, or set DATA_DIR to another folder.',
        );
      }
      // Left behind by a server that crashed: safe to take over.
      fs.rmSync(lockPath, { force: true });
    }
  }
  throw new DataDirLockedError(`Could not lock ${lockPath}.`);
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
