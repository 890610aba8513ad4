import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Id, IdParams, Ok } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { AddRespondentBody, ImportResult, MarkUnreachableBody, Respondent, RespondentList } from '../../../contract/respondents.js';
import { Invalid } from '../../http/errors.js';
import { requireReviewManager } from '../reviews/guard.js';
import { MAIN_SURVEY } from '../reviews/service.js';
import { listRespondents } from './repository.js';
import { addRespondent, importRespondents, markUnreachable, removeRespondent } from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };
const IMPORT_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/octet-stream'];

export const respondentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Imports arrive as the file itself; 10,000 rows of CSV is about 0.6 MB.
  app.addContentTypeParser(IMPORT_TYPES, { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 }, (_request, body, done) => done(null, body));

  app.get(
    '/reviews/:id/respondents',
    {
      schema: {
        summary: 'The review’s respondents: whether they answered, never what',
        tags: ['respondents'],
        params: IdParams,
        response: { 200: RespondentList, ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id);
      return { respondents: await listRespondents(app.db, request.params.id, MAIN_SURVEY) };
    },
  );

  app.post(
    '/reviews/:id/respondents',
    { schema: { summary: 'Add one respondent', tags: ['respondents'], params: IdParams, body: AddRespondentBody, response: { 201: Respondent, ...errors } } },
    async (request, reply) => {
      const actor = await requireReviewManager(app.db, request, request.params.id);
      const id = await addRespondent(app.db, actor, request.params.id, request.body);
      const all = await listRespondents(app.db, request.params.id, MAIN_SURVEY);
      return reply.code(201).send(all.find((r) => r.id === id)!);
    },
  );

  app.post(
    '/reviews/:id/respondents/import',
    {
      schema: {
        summary: 'Import respondents from CSV or XLSX (columns name, email, role, unit): all rows or, with any problem, none',
        description: 'Send the file as the body with Content-Type text/csv or the XLSX type. A 422 lists every problem with line and column.',
        tags: ['respondents'],
        params: IdParams,
        consumes: IMPORT_TYPES,
        response: { 200: ImportResult, ...errors },
      },
    },
    async (request) => {
      const actor = await requireReviewManager(app.db, request, request.params.id);
      if (!Buffer.isBuffer(request.body)) {
        throw new Invalid({ code: 'import.sendFile' });
      }
      return { imported: await importRespondents(app.db, actor, request.params.id, request.body) };
    },
  );

  app.delete(
    '/reviews/:id/respondents/:respondentId',
    {
      schema: {
        summary: 'Remove a respondent who has not answered',
        tags: ['respondents'],
        params: Type.Object({ id: Id, respondentId: Id }, { additionalProperties: false }),
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = await requireReviewManager(app.db, request, request.params.id);
      await removeRespondent(app.db, actor, request.params.id, request.params.respondentId);
      return { ok: true as const };
    },
  );

  app.put(
    '/reviews/:id/respondents/:respondentId/unreachable',
    {
      schema: {
        summary: 'Mark an invited respondent who has not answered as unreachable (mail bounced, left the clinic), or take the mark away; open reviews only',
        description:
          'Marked respondents are left out of the adjusted response rate and get no reminders. The rates are fixed in the report when the review closes.',
        tags: ['respondents'],
        params: Type.Object({ id: Id, respondentId: Id }, { additionalProperties: false }),
        body: MarkUnreachableBody,
        response: { 200: Respondent, ...errors },
      },
    },
    async (request) => {
      const actor = await requireReviewManager(app.db, request, request.params.id);
      await markUnreachable(app.db, actor, request.params.id, request.params.respondentId, request.body.reason);
      const all = await listRespondents(app.db, request.params.id, MAIN_SURVEY);
      return all.find((r) => r.id === request.params.respondentId)!;
    },
  );
};
