import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { IdParams, Ok } from '../../../contract/common.js';
import { PoolImportBatchList, PoolImportOutcome, PoolImportQuery } from '../../../contract/pool-import.js';
import { Problem } from '../../../contract/problem.js';
import { Invalid } from '../../http/errors.js';
import { spoolToFile } from '../../http/spool.js';
import { canImportPool } from '../../permissions.js';
import { authorize, requireActor } from '../../http/guard.js';
import { listBatches } from './repository.js';
import { importPoolFile, recoverStalledImports, STALLED_AFTER_SECONDS, withdrawBatch } from './service.js';

const FILE_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];
/** The largest pool file: about 10 million answers as CSV, more than the whole country gives in years. */
export const POOL_FILE_MAX_BYTES = 500 * 1024 * 1024;
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem };

export const poolImportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // The file is written to a temporary file as it arrives and read from there as a stream: a
  // million answers never sit in memory, and a long import is not cut off by the request timeout.
  app.addContentTypeParser(FILE_TYPES, (_request, payload, done) => done(null, payload));

  // Imports whose server died are rolled back: at start (with the embedded database only one
  // server runs, so every unfinished import is dead), and every minute for servers sharing a
  // PostgreSQL, where an import silent for two minutes is.
  const recover = (staleSeconds: number) =>
    recoverStalledImports(app.db, staleSeconds)
      .then((ids) => ids.length > 0 && app.log.warn({ batches: ids }, 'rolled back pool imports that stopped half-way'))
      .catch((error) => app.log.warn({ err: error }, 'could not check for stalled pool imports'));
  app.addHook('onReady', async () => {
    await recover(app.runtime.databaseKind === 'embedded' ? 0 : STALLED_AFTER_SECONDS);
  });
  const timer = setInterval(() => void recover(STALLED_AFTER_SECONDS), 60_000);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));

  const iso = (d: Date | null) => d?.toISOString() ?? null;
  const batches = async () =>
    (await listBatches(app.db)).map((b) => ({ ...b, createdAt: b.createdAt.toISOString(), finishedAt: iso(b.finishedAt), withdrawnAt: iso(b.withdrawnAt) }));

  app.get(
    '/pool-imports',
    {
      schema: {
        summary: 'Imported batches of historic answers, with their progress (admins)',
        tags: ['admin'],
        response: { 200: PoolImportBatchList, ...errors },
      },
    },
    async (request) => {
      authorize(canImportPool(requireActor(request)));
      return { batches: await batches() };
    },
  );

  app.post(
    '/pool-imports',
    {
      schema: {
        summary: 'Check or import a CSV/XLSX of historic answers into the national pool',
        description:
          'Columns role, hospital_code, unit_code, answered_on (YYYY-MM-DD), optional specialty, specialty_group, survey_version, then one column per item id: a statement 1–4 (0 = don’t know), a numeric item a number within its bounds (e.g. F.self-study-hours 0–40 in half hours). Hospital codes are compared without case and white space; every code is checked against the register, and codes it does not know must be mapped (map) or kept (keep, keepUnknown) before an import stores anything. Send the file as the body.',
        tags: ['admin'],
        querystring: PoolImportQuery,
        consumes: FILE_TYPES,
        response: { 200: PoolImportOutcome, ...errors, 413: Problem, 422: Problem },
      },
    },
    async (request) => {
      authorize(canImportPool(requireActor(request)));
      const body = request.body as Readable | undefined;
      if (!body || typeof (body as Readable).pipe !== 'function') {
        throw new Invalid({ code: 'import.sendFile' });
      }
      const spooled = await spoolToFile(body, POOL_FILE_MAX_BYTES);
      try {
        const outcome = await importPoolFile(app.db, request.actor!, fs.createReadStream(spooled.path), {
          filename: request.query.filename ?? 'upload',
          checkOnly: request.query.mode === 'check',
          skipInvalid: request.query.skipInvalid ?? false,
          map: request.query.map,
          keep: request.query.keep,
          keepUnknown: request.query.keepUnknown,
        });
        // The import marked the windows it touched stale; their cut points are recomputed off the request.
        if (outcome.batchId) await app.jobs.poolChanged();
        return outcome;
      } finally {
        await spooled.remove();
      }
    },
  );

  app.delete(
    '/pool-imports/:id',
    { schema: { summary: 'Withdraw an imported batch from the pool', tags: ['admin'], params: IdParams, response: { 200: Ok, ...errors } } },
    async (request) => {
      authorize(canImportPool(requireActor(request)));
      await withdrawBatch(app.db, request.params.id);
      await app.jobs.poolChanged();
      return { ok: true as const };
    },
  );
};
