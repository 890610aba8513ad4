import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams, Ok } from '../../../contract/common.js';
import {
  ClinicCommentsBody,
  CommentCandidates,
  CommentRound,
  CommentToken,
  CommentView,
  DeadlineBody,
  SavedComments,
} from '../../../contract/comment-round.js';
import { Problem } from '../../../contract/problem.js';
import { Type } from '@sinclair/typebox';
import { guardLinks, perLinkLimit } from '../../http/link-guard.js';
import { ANY_REVIEW, requireReviewManager } from '../reviews/guard.js';
import { changeDeadline, commentCandidates, commentRoundView, openComments, UnknownCommentLink, writeComments } from './comment-round.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 410: Problem, 422: Problem, 429: Problem };

/**
 * The clinic's comment round: the inspectors choose who is asked and follow the comments; each
 * recipient reads the draft and writes through a personal link (no account: the token is the key).
 */
export const commentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/reviews/:id/report/comment-candidates',
    {
      schema: {
        summary:
          'Who can be asked to comment on the draft (the clinic’s heads and study directors preselected, the hospital’s readers) and the deadline’s limits',
        tags: ['report'],
        params: IdParams,
        response: { 200: CommentCandidates, ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      return commentCandidates(app.db, request.params.id, app.now());
    },
  );

  app.get(
    '/reviews/:id/report/comment-round',
    {
      schema: {
        summary: 'The latest comment round: who was asked, their mails, and the comments submitted',
        tags: ['report'],
        params: IdParams,
        response: { 200: Type.Object({ round: Type.Union([CommentRound, Type.Null()]) }), ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      return { round: await commentRoundView(app.db, request.params.id, app.now()) };
    },
  );

  app.put(
    '/reviews/:id/report/comment-round/deadline',
    {
      schema: {
        summary: 'Move the comment round’s deadline (to a day from today to eight weeks ahead)',
        tags: ['report'],
        params: IdParams,
        body: DeadlineBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      await changeDeadline(app.db, actor, request.params.id, request.body.deadline, app.now());
      return { ok: true as const };
    },
  );

  const withLink = guardLinks(app.rateWindows, 'unknown-comment-link', (error) => error instanceof UnknownCommentLink);
  const rateLimit = perLinkLimit();

  app.get(
    '/comments/:token',
    {
      config: { rateLimit },
      schema: {
        summary: 'What a comment link opens: the draft report as it would be published, and one’s own comments',
        tags: ['comments'],
        params: CommentToken,
        response: { 200: CommentView, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return withLink(request.ip, () => openComments(app.db, request.params.token, app.now()));
    },
  );

  const save = (submit: boolean) => async (request: { ip: string; params: { token: string }; body: { areas: Record<string, string>; general: string } }) => {
    const saved = await withLink(request.ip, () => writeComments(app.db, request.params.token, request.body, submit, app.now()));
    return { savedAt: saved.savedAt.toISOString(), submittedAt: saved.submittedAt?.toISOString() ?? null };
  };
  app.put(
    '/comments/:token/draft',
    {
      config: { rateLimit },
      schema: {
        summary: 'Save one’s comments so far (the inspectors do not see them yet)',
        tags: ['comments'],
        params: CommentToken,
        body: ClinicCommentsBody,
        response: { 200: SavedComments, ...errors },
      },
    },
    save(false),
  );
  app.post(
    '/comments/:token/submit',
    {
      config: { rateLimit },
      schema: {
        summary: 'Submit one’s comments to the inspectors (final; until the deadline)',
        tags: ['comments'],
        params: CommentToken,
        body: ClinicCommentsBody,
        response: { 200: SavedComments, ...errors },
      },
    },
    save(true),
  );
};
