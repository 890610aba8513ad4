import { Kysely, PostgresDialect } from 'kysely';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { loadConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { describeDatabaseError } from '../db/describe.js';
import { startEmbeddedDatabase } from '../db/embedded.js';
import { migrate } from '../db/migrate.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemo } from '../demo/load.js';

/**
 * `npm run demo [-- --pool-trainees 3000 --seed 2021]`: a demo hospital with a published report,
 * a national pool, and demo accounts. Run it while the server is stopped (the embedded database
 * allows one process), then `npm start`.
 */
const { values } = parseArgs({ options: { 'pool-trainees': { type: 'string' }, seed: { type: 'string' } } });
const config = loadConfig();
const started = Date.now();
let embedded;
try {
  embedded = config.databaseUrl ? undefined : await startEmbeddedDatabase(config.dataDir);
} catch (error) {
  console.error(`Could not open the database: ${(error as Error).message}`);
  process.exit(1);
}
const url = config.databaseUrl ?? embedded!.url;
const pool = new pg.Pool({ connectionString: url, max: 2 });
const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
try {
  await migrate(url);
  let last = '';
  const summary = await loadDemo(db, {
    publicUrl: config.publicUrl,
    seed: values.seed ? Number(values.seed) : undefined,
    poolTrainees: values['pool-trainees'] ? Number(values['pool-trainees']) : undefined,
    onProgress: (step, done, total) => {
      const line = `  ${step}: ${total > 1 ? `${done}/${total}` : '…'}`;
      if (line !== last) process.stdout.write(`${line}\n`);
      last = line;
    },
  });
  console.log(
    `\nDemo data loaded in ${((Date.now() - started) / 1000).toFixed(1)} s (national pool: ${summary.poolResponses} responses, ${summary.poolAnswers} answers).`,
  );
  console.log(`Start the app with npm start and log in at ${config.publicUrl}/login with password ${DEMO_PASSWORD}:`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.role.padEnd(9)} ${account.email}`);
  console.log(`The published report: ${config.publicUrl}/reviews/${summary.reviewId}/report`);
  console.log(`Answer a survey as an ST doctor: ${summary.sampleLink}`);
} catch (error) {
  console.error(`Could not load the demo: ${describeDatabaseError(error)}`);
  process.exitCode = 1;
} finally {
  await db.destroy();
  await embedded?.close();
}
