import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { round } from './database.js';

const ROOT = path.resolve(import.meta.dirname, '..');

/**
 * The whole `npm test` (type checks, lint, client build check, every test file) timed from the
 * outside, as a developer waits for it; not in CI mode, so the fuzz file sends its local number.
 */
export function measureSuite(): { seconds: number; passed: boolean; loadBefore: number; loadAfter: number } {
  const loadBefore = os.loadavg()[0];
  const started = performance.now();
  const { CI: _ci, DATABASE_URL: _db, TEST_DATABASE_URL: _test, ...env } = process.env;
  const result = spawnSync('npm', ['test', '--silent'], { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  return {
    seconds: Math.round((performance.now() - started) / 1000),
    passed: result.status === 0,
    loadBefore: round(loadBefore),
    loadAfter: round(os.loadavg()[0]),
  };
}
