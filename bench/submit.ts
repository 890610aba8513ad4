import type autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { buildApp } from '../server/app.js';
import { loadConfig } from '../server/config.js';
import { insertRespondents } from '../server/features/respondents/repository.js';
import { sendInvitations } from '../server/features/invitations/service.js';
import { changeStatus, createReview } from '../server/features/reviews/service.js';
import { ensureSnapshot } from '../server/features/report/service.js';
import { insertHospital, insertUnit } from '../server/features/hospitals/repository.js';
import { createUser } from '../server/features/auth/service.js';
import { currentSurvey } from '../server/features/surveys/service.js';
import type { BenchDatabase } from './database.js';

/** Runs bench/load-client.ts in its own process and returns autocannon's result. */
function loadFromAnotherProcess(input: { url: string; paths: string[]; body: string; connections: number }): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', new URL('./load-client.ts', import.meta.url).pathname], { stdio: ['pipe', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as autocannon.Result) : reject(new Error(`load client ended with ${code}`))));
    child.stdin.end(JSON.stringify(input));
  });
}

/** A complete valid trainee answer set (agrees fully everywhere). */
function answers(): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const item of currentSurvey('spur-external').items.filter((i) => i.roles.includes('st'))) {
    if (item.kind === 'statement') data[item.id] = 4;
    else if (item.kind === 'numeric') data[item.id] = item.min;
    else if (item.kind === 'choice') data[item.id] = item.choices![0];
  }
  return data;
}

/**
 * Submissions per second through the real HTTP server (validation on, distinct tokens), and
 * the same rows written with plain INSERTs for comparison.
 */
export async function measureSubmissions(b: BenchDatabase, count = 500) {
  const app = await buildApp({ config: loadConfig({ LOG_LEVEL: 'warn' }), databaseUrl: b.url, databaseKind: b.kind, serveClient: false, jobQueue: false });
  await app.ready();
  const actorId = await createUser(app.db, null, { email: 'bench@example.se', name: 'Bench', role: 'inspector', hospitalId: null, passwordHash: 'x' });
  const actor = { id: actorId, role: 'inspector' as const, hospitalId: null };
  const hospitalId = await insertHospital(app.db, { code: 'SUBMIT', name: 'Submit hospital' });
  const unitId = await insertUnit(app.db, hospitalId, { code: 'S1', name: 'Unit', specialty: 'kirurgi', specialtyGroup: 'surgical' });
  const reviewId = await createReview(app.db, actor, { title: 'Bench', hospitalId, unitIds: [unitId] });
  await insertRespondents(
    app.db,
    reviewId,
    Array.from({ length: count }, (_, i) => ({ name: `P${i}`, email: `p${i}@bench.se`, role: 'st' as const, unitId })),
  );
  await changeStatus(app.db, actor, reviewId, 'open', ensureSnapshot);
  await sendInvitations(app.db, actor, reviewId, 'http://localhost');
  const mails = await app.db.selectFrom('mails').select('body').where('campaign_id', '=', reviewId).execute();
  const tokens = mails.map((m) => m.body.match(/\/s\/([A-Za-z0-9_-]{43})/)![1]);
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  const body = JSON.stringify({ data: answers() });
  const result = await loadFromAnotherProcess({
    url: `http://127.0.0.1:${port}`,
    paths: tokens.map((token) => `/api/respond/${token}/submit`),
    body,
    connections: 20,
  });
  const stored = await app.db
    .selectFrom('responses')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('campaign_id', '=', reviewId)
    .executeTakeFirstOrThrow();
  await app.close();

  // The same rows with plain INSERTs on one connection: response + answer rows per submission.
  const client = new pg.Client({ connectionString: b.url });
  await client.connect();
  const items = Object.entries(answers());
  const started = performance.now();
  for (let i = 0; i < Math.min(300, count); i++) {
    await client.query('BEGIN');
    const { rows } = await client.query(
      `INSERT INTO responses (campaign_id, unit_id, hospital_id, role, survey_version_id, raw) SELECT $1, $2, $3, 'st', survey_version_id, $4 FROM campaign_surveys WHERE campaign_id = $1 RETURNING id`,
      [reviewId, unitId, hospitalId, body],
    );
    const values = items
      .map(([, v], k) => `($1, $${k * 2 + 2}, 'st', ${typeof v === 'number' ? `$${k * 2 + 3}::numeric, NULL` : `NULL, $${k * 2 + 3}`})`)
      .join(',');
    await client.query(`INSERT INTO answers (response_id, item_id, role, value_num, choice) VALUES ${values}`, [
      rows[0].id,
      ...items.flatMap(([id, v]) => [id, v]),
    ]);
    await client.query('COMMIT');
  }
  const rawPerSecond = Math.min(300, count) / ((performance.now() - started) / 1000);
  await client.end();
  return {
    submissions: tokens.length,
    stored: Number(stored.n),
    // Over the whole run (autocannon's per-second average rounds a few per second to whole numbers).
    perSecond: Math.round((tokens.length / result.duration) * 10) / 10,
    errors: result.errors + result.non2xx,
    latencyP50: result.latency.p50,
    latencyP97_5: result.latency.p97_5,
    rawInsertsPerSecond: Math.round(rawPerSecond * 10) / 10,
  };
}
