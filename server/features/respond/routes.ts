import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Problem } from '../../../contract/problem.js';
import { RespondentView, SaveDraftBody, SaveDraftResult, SubmitBody, SubmitResult, TokenParams } from '../../../contract/respond.js';
import { guardLinks, perLinkLimit } from '../../http/link-guard.js';
import { openLink, saveDraft, submit, UnknownLink } from './service.js';

const errors = { 400: Problem, 404: Problem, 409: Problem, 422: Problem, 429: Problem };

/**
 * The respondent's API: no login, the personal token is the key. Answers are anonymous:
 * nothing here reveals who answered what, and no route links a respondent to a response.
 */
export const respondRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const withLink = guardLinks(app.rateWindows, 'unknown-survey-link', (error) => error instanceof UnknownLink);
  const rateLimit = perLinkLimit();

  app.get(
    '/respond/:token',
    {
      config: { rateLimit },
      schema: {
        summary: 'What a personal link opens: status, context, pinned survey, saved draft',
        tags: ['respond'],
        params: TokenParams,
        response: { 200: RespondentView, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return withLink(request.ip, () => openLink(app.db, request.params.token));
    },
  );

  app.put(
    '/respond/:token/draft',
    {
      config: { rateLimit },
      schema: {
        summary: 'Save the answers so far (autosave); a draft is never counted',
        tags: ['respond'],
        params: TokenParams,
        body: SaveDraftBody,
        response: { 200: SaveDraftResult, ...errors },
      },
    },
    async (request) => {
      const savedAt = await withLink(request.ip, () => saveDraft(app.db, request.params.token, request.body.data, request.body.currentPage ?? 0));
      return { savedAt: savedAt.toISOString() };
    },
  );

  app.post(
    '/respond/:token/submit',
    {
      config: { rateLimit },
      schema: {
        summary: 'Submit the answers: validated against the pinned survey, stored once (repeats get the same success)',
        tags: ['respond'],
        params: TokenParams,
        body: SubmitBody,
        response: { 200: SubmitResult, ...errors },
      },
    },
    async (request) => {
      const submittedAt = await withLink(request.ip, () => submit(app.db, request.params.token, request.body.data, request.body.lang ?? 'sv'));
      app.jobs.responseStored();
      return { status: 'answered' as const, submittedAt: submittedAt.toISOString() };
    },
  );
};
