// `npm start`: builds the client only when dist/client is missing or older than what it is built
// from, so a restart does not spend ten seconds rebuilding an unchanged client. Plain JavaScript,
// so it runs before the TypeScript loader is needed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// What the client bundle is built from: its own code, the shared contract and survey content.
const SOURCES = ['client', 'contract', 'surveys', 'vite.config.ts', 'package-lock.json', 'package.json'];
const built = path.join(root, 'dist/client/index.html');

function newest(entry) {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...fs.readdirSync(entry).map((name) => newest(path.join(entry, name))));
}

const builtAt = fs.statSync(built, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const changedAt = Math.max(...SOURCES.map((s) => newest(path.join(root, s))));
if (builtAt > changedAt && !process.argv.includes('--force')) {
  console.log('Client: dist/client is up to date.');
} else {
  console.log('Client: building dist/client…');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
