import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createUser } from '../server/features/auth/service.js';
import { importPoolFile } from '../server/features/pool-import/service.js';
import { currentSurvey } from '../server/features/surveys/service.js';
import type { BenchDatabase } from './database.js';

/** Writes a CSV of historic answers with about `answers` answers, streamed to disk. */
async function writeFile(answers: number): Promise<{ file: string; rows: number }> {
  const items = currentSurvey('spur-external')
    .items.filter((i) => i.kind === 'statement' && i.roles.includes('supervisor'))
    .map((i) => i.id);
  const rows = Math.ceil(answers / items.length);
  const file = path.join(os.tmpdir(), `spur-bench-import-${process.pid}.csv`);
  const out = fs.createWriteStream(file);
  const write = (line: string) => (out.write(line) ? Promise.resolve() : new Promise<void>((resolve) => out.once('drain', () => resolve())));
  await write(['role', 'hospital_code', 'unit_code', 'answered_on', ...items].join(',') + '\n');
  for (let r = 0; r < rows; r++) {
    const day = String(1 + (r % 28)).padStart(2, '0');
    const month = String(1 + (r % 12)).padStart(2, '0');
    await write(
      [r % 3 === 0 ? 'supervisor' : 'st', `IMP${r % 30}`, `IMP${r % 30}-U${r % 7}`, `2025-${month}-${day}`, ...items.map((_, k) => 1 + ((r * 7 + k) % 4))].join(
        ',',
      ) + '\n',
    );
  }
  await new Promise<void>((resolve) => out.end(resolve));
  return { file, rows };
}

/** Rows and answers a second for a streamed import of about `answers` answers, and the peak RSS. */
export async function measureImport(b: BenchDatabase, answers = 1_000_000) {
  const { file, rows } = await writeFile(answers);
  const actorId = await createUser(b.db, null, { email: 'importer@example.se', name: 'Importer', role: 'admin', hospitalId: null, passwordHash: 'x' });
  const rssBefore = process.memoryUsage().rss;
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  const outcome = await importPoolFile(b.db, { id: actorId, role: 'admin', hospitalId: null }, fs.createReadStream(file), {
    filename: 'bench.csv',
    checkOnly: false,
    skipInvalid: false,
    keepUnknown: true,
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const size = fs.statSync(file).size;
  fs.rmSync(file, { force: true });
  return {
    rows,
    answers: outcome.answersImported,
    fileMB: Math.round(size / 1e5) / 10,
    seconds: Math.round(seconds * 10) / 10,
    rowsPerSecond: Math.round(rows / seconds),
    answersPerSecond: Math.round(outcome.answersImported / seconds),
    peakRssMB: Math.round(peak / 1e6),
    rssGrowthMB: Math.round((peak - rssBefore) / 1e6),
  };
}
