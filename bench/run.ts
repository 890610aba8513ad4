import fs from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { storeVersion } from '../server/features/surveys/repository.js';
import { currentSurvey } from '../server/features/surveys/service.js';
import { bundleSizes, respondentRoute } from './client.js';
import { measureColdStart } from './cold-start.js';
import { measureSuite } from './suite.js';
import { benchDatabase, round } from './database.js';
import { measureImport } from './import.js';
import { generateAnswers, measurePool, poolGoals, preparePool, verdict } from './pool.js';
import { measureSubmissions } from './submit.js';

/**
 * npm run bench [-- --sizes 100000,1000000,5000000 --skip pool,submit,import,client,start,suite]
 * Prints every figure issue 22 set a goal for, each with its goal and met/missed, and writes them
 * to .bench/. Embedded database unless DATABASE_URL is set. `--skip pool,import,start,suite`
 * measures the submissions alone (a minute, not the pool's half hour and the suite's quarter).
 */
const { values } = parseArgs({ options: { sizes: { type: 'string' }, skip: { type: 'string' } } });
const sizes = (values.sizes ?? '100000,1000000').split(',').map(Number);
const skip = new Set((values.skip ?? '').split(',').filter(Boolean));
const load = () => round(os.loadavg()[0]);
const results: Record<string, unknown> = { date: new Date().toISOString(), machine: `${os.cpus().length} cores`, node: process.version, loadAtStart: load() };
console.log(`${results.date}, ${results.machine}, Node ${process.version}, 1-minute load average ${load()} (figures move with the load: read them beside it)`);

const b = await benchDatabase();
results.database = b.kind;
console.log(`Database: ${b.kind === 'server' ? 'PostgreSQL server (DATABASE_URL)' : 'embedded PGlite'}\n`);
try {
  const pool: Awaited<ReturnType<typeof measurePool>>[] = [];
  if (!skip.has('pool')) {
    const { ownReview, statements } = await preparePool(b);
    const version = await storeVersion(b.db, currentSurvey('spur-external'));
    console.log(
      'pool answers | count rows | benchmark p50/p95 ms | same, window stale p50/p95 | window refresh, 41 hospitals, ms | agreement p50/p95 ms | raw GROUP BY p50 ms',
    );
    let have = 0;
    for (const size of sizes) {
      const t0 = performance.now();
      await generateAnswers(b, null, size - have, version.id);
      have = size;
      const figures = await measurePool(b, ownReview, statements);
      pool.push({ ...figures, generatedSeconds: round((performance.now() - t0) / 1000) } as (typeof pool)[number]);
      console.log(
        [
          String(figures.answers).padStart(12),
          String(figures.countRows).padStart(10),
          `${figures.benchmarkSection.p50} / ${figures.benchmarkSection.p95}`.padEnd(20),
          `${figures.benchmarkSectionStale.p50} / ${figures.benchmarkSectionStale.p95}`.padEnd(25),
          String(figures.refreshMs).padEnd(32),
          `${figures.agreementSection.p50} / ${figures.agreementSection.p95}`.padEnd(20),
          String(figures.rawScan.p50),
        ].join(' | '),
      );
    }
    console.log('\nGoals:');
    for (const line of poolGoals(pool, b.kind)) console.log(`  ${line}`);
    results.pool = pool;
  }

  if (!skip.has('submit')) {
    const submit = await measureSubmissions(b);
    results.submit = submit;
    const ratio = Math.round((submit.perSecond / submit.rawInsertsPerSecond) * 100) / 100;
    console.log(
      `\nSubmissions through HTTP, 20 connections: ${submit.perSecond}/s (p50 ${submit.latencyP50} ms, p97.5 ${submit.latencyP97_5} ms, errors ${submit.errors}, stored ${submit.stored}/${submit.submissions}); plain INSERTs: ${submit.rawInsertsPerSecond}/s; ratio ${ratio}`,
    );
    console.log(`  goal ratio >= 0.5: ${verdict(ratio >= 0.5)}; goal p97.5 < 500 ms: ${verdict(submit.latencyP97_5 < 500)} (load ${load()})`);
  }
  if (!skip.has('import')) {
    const imported = await measureImport(b);
    results.import = imported;
    console.log(
      `Import of ${imported.answers} answers (${imported.rows} rows, ${imported.fileMB} MB): ${imported.seconds} s, ${imported.rowsPerSecond} rows/s, ${imported.answersPerSecond} answers/s, peak RSS ${imported.peakRssMB} MB (+${imported.rssGrowthMB} MB)`,
    );
  }
} finally {
  await b.close();
}

if (!skip.has('client')) {
  const bundles = bundleSizes();
  const respondent = respondentRoute();
  results.bundles = bundles;
  results.respondentRoute = respondent;
  console.log('\nClient bundle per route (gzip kB, JS + CSS loaded):');
  for (const [route, kb] of Object.entries(bundles)) console.log(`  ${route.padEnd(50)} ${kb}`);
  if (respondent) {
    const { welcomeKb, surveyStepKb, surveyStepSecondsAt10Mbit, wholeRouteKb } = respondent;
    console.log('Goals:');
    console.log(`  respondent welcome page ${welcomeKb} kB: goal ≤ 150 kB: ${verdict(welcomeKb <= 150)}`);
    // Fetched from the moment the welcome page shows; reading it and pressing Start takes longer.
    console.log(
      `  survey step ${surveyStepKb} kB, fetched while the welcome page is read: ${surveyStepSecondsAt10Mbit} s at 10 Mbit/s: goal ≤ 2 s, ready with no wait after Start: ${verdict(surveyStepSecondsAt10Mbit <= 2)}`,
    );
    console.log(`  whole respondent route ${wholeRouteKb} kB: first goal ≤ 350 kB: ${verdict(wholeRouteKb <= 350)} (survey-core alone is about 312 kB)`);
  } else console.log('  (run npm run build first)');
}

if (!skip.has('start')) {
  const cold = await measureColdStart();
  results.coldStart = cold;
  console.log(`\nnpm start, embedded (load ${cold.load}):`);
  console.log(`  existing data folder ${cold.existingMs} ms: goal < 10 s: ${verdict(cold.existingMs < 10_000)}`);
  console.log(`  fresh data folder ${cold.freshMs} ms: goal < 15 s: ${verdict(cold.freshMs < 15_000)}`);
}

if (!skip.has('suite')) {
  console.log('\nnpm test (the whole suite; 10–20 minutes)…');
  const suite = measureSuite();
  results.suite = suite;
  console.log(
    `  ${suite.seconds} s, ${suite.passed ? 'passed' : 'FAILED'} (load ${suite.loadBefore} before, ${suite.loadAfter} after): goal < 600 s: ${verdict(suite.seconds < 600)}`,
  );
}

fs.mkdirSync('.bench', { recursive: true });
const out = `.bench/results-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
fs.writeFileSync(out, JSON.stringify(results, null, 2));
console.log(`\nWritten to ${out}`);
