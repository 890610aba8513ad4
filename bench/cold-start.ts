import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { round } from './database.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Milliseconds from `npm start` (the client's up-to-date check, then the server) until the
 * server says it listens. Its own process group, so stopping it stops npm's children too.
 */
function startOnce(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      detached: true,
      env: { ...env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' },
    });
    let output = '';
    const stop = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
    };
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (/running at/.test(output)) {
        const ms = performance.now() - started;
        // npm exits before the server has closed its database and freed the data folder: wait
        // for the whole process group, or the next start finds the folder still in use.
        child.once('exit', () => void groupGone(child.pid!).then(() => resolve(Math.round(ms)), reject));
        stop();
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => code !== 0 && code !== null && !/running at/.test(output) && reject(new Error(output)));
  });
}

async function groupGone(pid: number): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    try {
      process.kill(-pid, 0);
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`npm start's processes (group ${pid}) did not end within a minute of SIGTERM`);
}

/** `npm start` on a fresh and on an existing embedded data folder, with the load it ran under. */
export async function measureColdStart(): Promise<{ freshMs: number; existingMs: number; load: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spur-cold-'));
  try {
    const load = os.loadavg()[0];
    const freshMs = await startOnce(dir);
    const existingMs = await startOnce(dir);
    return { freshMs, existingMs, load: round(load) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
