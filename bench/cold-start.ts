import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Milliseconds from spawning the server until it says it listens. */
function startOnce(dataDir: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const { DATABASE_URL: _ignored, ...env } = process.env;
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: ROOT,
      env: { ...env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (/running at/.test(output)) {
        const ms = performance.now() - started;
        child.once('exit', () => resolve(Math.round(ms)));
        child.kill('SIGTERM');
      }
    });
    child.once('exit', (code) => code !== 0 && code !== null && reject(new Error(output)));
  });
}

/** Cold start of the server on a fresh and on an existing embedded data folder. */
export async function measureColdStart(): Promise<{ freshMs: number; existingMs: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spur-cold-'));
  try {
    const freshMs = await startOnce(dir);
    const existingMs = await startOnce(dir);
    return { freshMs, existingMs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
