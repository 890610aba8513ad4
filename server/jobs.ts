import type { FastifyInstance } from 'fastify';
import PgBoss from 'pg-boss';
import { isDatabaseUnavailable } from './db/describe.js';
import { foldPoolDeltas } from './features/benchmark/deltas.js';
import { remindCoverage } from './features/coverage/reminders.js';
import { refreshOpenReviewWindows } from './features/benchmark/kept-windows.js';
import { runReminderRound } from './features/invitations/reminders.js';
import { deliverQueuedMail } from './features/mail/service.js';
import { createTransport } from './features/mail/transport.js';
import { remindActionPlans } from './features/site-visit/reminders.js';

/** Background work: mail delivery (with retries) and reminder rounds at their scheduled time. */
export interface Jobs {
  /** Mail was queued: deliver it soon. */
  mailQueued(): Promise<void>;
  /** Run a reminder round at `at`. */
  scheduleReminderRound(roundId: string, at: Date): Promise<void>;
  /** The pool changed in bulk (an import, its withdrawal): recompute the open reviews' kept pool windows soon. */
  poolChanged(): Promise<void>;
  /** A response was stored or changed: its pool deltas wait to be folded (after a burst, soon). */
  responseStored(): void;
  stop(): Promise<void>;
}

const MAIL_QUEUE = 'mail-deliver';
const REMINDER_QUEUE = 'reminder-round';
const ACTION_PLAN_QUEUE = 'action-plan-reminders';
const POOL_WINDOWS_QUEUE = 'pool-windows';
const POOL_FOLD_QUEUE = 'pool-fold';
/** Responses stored in this process that start a fold: see docs/pool.md, "Folding". */
const FOLD_AFTER_RESPONSES = 100;
const COVERAGE_QUEUE = 'coverage-reminders';

declare module 'fastify' {
  interface FastifyInstance {
    jobs: Jobs;
  }
}

/**
 * pg-boss creates a new queue's table and attaches it in one transaction; two servers doing so
 * for the same queue at once (a fresh database, or a new queue after an upgrade) deadlock, and
 * the loser could not start ("deadlock detected"). PostgreSQL has already rolled the loser back
 * and the winner has created the queue, so trying again is safe.
 */
async function createQueue(boss: PgBoss, name: string, options: PgBoss.Queue): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await boss.createQueue(name, options);
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}

/**
 * The queue runs on pg-boss in the same database, so jobs survive restarts and, with several
 * servers, each job runs once. Without a queue (tests) mail is delivered inline, right away.
 */
export async function startJobs(app: FastifyInstance, useQueue: boolean, maxConnections: number): Promise<Jobs> {
  const transport = createTransport(app.runtime.config);
  const deliver = async () => {
    const result = await deliverQueuedMail(app.db, transport, app.log);
    if (result.sent + result.failed > 0) app.log.info(result, `mail delivered via ${transport.description}`);
  };
  const refreshPoolWindows = async () => {
    const refreshed = await refreshOpenReviewWindows(app.db, app.now());
    if (refreshed > 0) app.log.info({ windows: refreshed }, 'kept pool windows recomputed');
  };
  const foldPool = async () => {
    const folded = await foldPoolDeltas(app.db);
    if (folded > 0) app.log.debug({ deltas: folded }, 'pool deltas folded into the counts');
  };
  if (!useQueue) {
    // Without a queue (tests), every reader of the counts folds what is pending, as always.
    return { mailQueued: deliver, scheduleReminderRound: async () => {}, poolChanged: refreshPoolWindows, responseStored: () => {}, stop: async () => {} };
  }

  const boss = new PgBoss({ connectionString: app.runtime.databaseUrl, max: maxConnections, schema: 'pgboss' });
  boss.on('error', (error) => {
    // A database restart ends the queue's connections and it reconnects by itself: a warning,
    // without the pg client the error carries (kilobytes of JSON per line).
    if (isDatabaseUnavailable(error)) app.log.warn({ code: (error as { code?: string }).code, reason: error.message }, 'job queue lost a database connection');
    else app.log.error({ err: error }, 'job queue error');
  });
  await boss.start();
  // One layer of retries for mail: each mail's own (attempts and backoff in the outbox, see
  // mail/service.ts). A drain that failed as a whole is simply run again on the minute's beat.
  await createQueue(boss, MAIL_QUEUE, { name: MAIL_QUEUE, policy: 'singleton', retryLimit: 0 });
  await createQueue(boss, REMINDER_QUEUE, { name: REMINDER_QUEUE, retryLimit: 5, retryDelay: 60, retryBackoff: true });
  await boss.work(MAIL_QUEUE, { pollingIntervalSeconds: 2 }, deliver);
  await boss.work<{ roundId: string }>(REMINDER_QUEUE, { pollingIntervalSeconds: 5 }, async ([job]) => {
    const sent = await runReminderRound(app.db, job.data.roundId, app.runtime.config.publicUrl);
    if (sent > 0) await boss.send(MAIL_QUEUE, {});
  });
  // Retries of failed deliveries happen on this beat.
  await boss.schedule(MAIL_QUEUE, '* * * * *');
  await createQueue(boss, ACTION_PLAN_QUEUE, { name: ACTION_PLAN_QUEUE, policy: 'singleton', retryLimit: 3 });
  await boss.work(ACTION_PLAN_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
    if ((await remindActionPlans(app.db, app.runtime.config.publicUrl)) > 0) await boss.send(MAIL_QUEUE, {});
  });
  // Every morning (UTC), before the Swedish working day.
  await boss.schedule(ACTION_PLAN_QUEUE, '0 5 * * *');
  // Reminders before units' external reviews fall due: daily, after the action plans'.
  await createQueue(boss, COVERAGE_QUEUE, { name: COVERAGE_QUEUE, policy: 'singleton', retryLimit: 3 });
  await boss.work(COVERAGE_QUEUE, { pollingIntervalSeconds: 60 }, async () => {
    if ((await remindCoverage(app.db, app.runtime.config.publicUrl, app.now())) > 0) await boss.send(MAIL_QUEUE, {});
  });
  await boss.schedule(COVERAGE_QUEUE, '10 5 * * *');
  // The pool figures a closing review reads, kept per window: a window goes stale when a count of
  // its months changes (an edit of an earlier month's answer, an import) and a month turning
  // needs new windows; both are recomputed on this beat.
  await createQueue(boss, POOL_WINDOWS_QUEUE, { name: POOL_WINDOWS_QUEUE, policy: 'singleton', retryLimit: 0 });
  await boss.work(POOL_WINDOWS_QUEUE, { pollingIntervalSeconds: 5 }, refreshPoolWindows);
  await boss.schedule(POOL_WINDOWS_QUEUE, '*/5 * * * *');
  // Submissions append pool deltas; this folds them into the counts every minute and after every
  // FOLD_AFTER_RESPONSES responses of a burst (stately: one fold running, at most one waiting).
  await createQueue(boss, POOL_FOLD_QUEUE, { name: POOL_FOLD_QUEUE, policy: 'stately', retryLimit: 0 });
  await boss.work(POOL_FOLD_QUEUE, { pollingIntervalSeconds: 2 }, foldPool);
  await boss.schedule(POOL_FOLD_QUEUE, '* * * * *');
  let sinceFold = 0;

  return {
    async mailQueued() {
      await boss.send(MAIL_QUEUE, {});
    },
    async scheduleReminderRound(roundId, at) {
      await boss.send(REMINDER_QUEUE, { roundId }, { startAfter: at, singletonKey: `round-${roundId}` });
    },
    async poolChanged() {
      await boss.send(POOL_WINDOWS_QUEUE, {});
    },
    responseStored() {
      if (++sinceFold < FOLD_AFTER_RESPONSES) return;
      sinceFold = 0;
      // The respondent's answer is committed already; a fold that cannot be queued now runs on the beat.
      boss.send(POOL_FOLD_QUEUE, {}).catch((error: Error) => app.log.warn({ reason: error.message }, 'pool fold not queued'));
    },
    async stop() {
      await boss.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}
