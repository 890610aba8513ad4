import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, Ok } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { SendForCommentBody } from '../../../contract/comment-round.js';
import {
  AddThemeBody,
  Authoring,
  CommentsBody,
  PublishedReport,
  ReportRevision,
  ReviseBody,
  SaveContentBody,
  SuggestionList,
  ThemeList,
  SuggestionQuery,
  UpdateSuggestionBody,
} from '../../../contract/report-authoring.js';
import { NotFound } from '../../http/errors.js';
import { canReadReport } from '../../permissions.js';
import { ANY_REVIEW, requireOnReview, requireReviewManager } from '../reviews/guard.js';
import { publishedRevision } from '../report/revisions.js';
import * as authoring from './authoring.js';
import { closedReview, quotesOf } from '../report/service.js';
import { addTheme, listSuggestions, updateSuggestion } from '../report/suggestions.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

/** The inspectors' side of the report: grades, texts, workflow, and the free-text suggestions. */
export const reportAuthoringRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/reviews/:id/report/authoring',
    {
      schema: {
        summary: 'The report revision being written, its published history and the suggested grades',
        tags: ['report'],
        params: IdParams,
        response: { 200: Authoring, ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      return authoring.authoringView(app.db, request.params.id);
    },
  );

  app.put(
    '/reviews/:id/report/content',
    {
      schema: {
        summary: 'Save grades and texts of the revision being written',
        tags: ['report'],
        params: IdParams,
        body: SaveContentBody,
        response: { 200: ReportRevision, ...errors },
      },
    },
    async (request) => {
      const actor = await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      return authoring.saveContent(app.db, actor, request.params.id, request.body.content);
    },
  );

  const step = (
    path: string,
    summary: string,
    run: (actor: Parameters<typeof authoring.publish>[1], id: string, body: Record<string, string>) => Promise<void>,
    body?: typeof CommentsBody | typeof ReviseBody,
  ) =>
    app.post(
      `/reviews/:id/report/${path}`,
      { schema: { summary, tags: ['report'], params: IdParams, ...(body ? { body } : {}), response: { 200: Ok, ...errors } } },
      async (request) => {
        const actor = await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
        await run(actor, request.params.id, (request.body ?? {}) as Record<string, string>);
        return { ok: true as const };
      },
    );
  app.post(
    '/reviews/:id/report/send-for-comment',
    {
      schema: {
        summary: 'Send the complete draft to the clinic for comment: each recipient gets a personal link to read it and comment until the deadline',
        tags: ['report'],
        params: IdParams,
        body: SendForCommentBody,
        response: { 200: Type.Object({ ok: Type.Literal(true), asked: Type.Integer() }), ...errors },
      },
    },
    async (request) => {
      const actor = await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      const asked = await authoring.sendForComment(app.db, actor, request.params.id, request.body, app.runtime.config.publicUrl, app.now());
      await app.jobs.mailQueued();
      return { ok: true as const, asked };
    },
  );
  step(
    'comments',
    'Record the inspectors’ summary of the clinic’s comments on the draft',
    (actor, id, body) => authoring.recordComments(app.db, actor, id, body.comments),
    CommentsBody,
  );
  step('publish', 'Publish the report to the hospital’s readers (immutable from then on); they and those asked to comment get a mail', async (actor, id) => {
    await authoring.publish(app.db, actor, id, app.runtime.config.publicUrl);
    await app.jobs.mailQueued();
  });
  step(
    'revise',
    'Start a correction of the published report: a new revision with a note of what changes',
    (actor, id, body) => authoring.revise(app.db, actor, id, body.changeNote),
    ReviseBody,
  );

  app.get(
    '/reviews/:id/report/published',
    {
      schema: {
        summary: 'The published report’s grades and texts (latest revision)',
        tags: ['report'],
        params: IdParams,
        response: { 200: PublishedReport, ...errors },
      },
    },
    async (request) => {
      await requireOnReview(app.db, request, request.params.id, canReadReport, ANY_REVIEW);
      const revision = await publishedRevision(app.db, request.params.id);
      if (!revision) throw new NotFound({ code: 'report.notPublished' });
      return { ...revision, quoteTexts: await quotesOf(app.db, request.params.id, revision.content.quotes) };
    },
  );

  app.get(
    '/reviews/:id/suggestions',
    {
      schema: {
        summary: 'Improvement suggestions with themes, areas and stars; roles of small groups left out',
        tags: ['report'],
        params: IdParams,
        querystring: SuggestionQuery,
        response: { 200: SuggestionList, ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id);
      // Free text, like figures, is read only once the review has closed.
      const review = await closedReview(app.db, request.params.id);
      return listSuggestions(app.db, request.params.id, review.anonymityThreshold, request.query);
    },
  );

  app.patch(
    '/reviews/:id/suggestions/:key',
    {
      schema: {
        summary: 'Tag a suggestion with themes and areas, or star it as a quote for the report',
        tags: ['report'],
        params: Type.Object({ id: IdParams.properties.id, key: Type.String({ maxLength: 80 }) }, { additionalProperties: false }),
        body: UpdateSuggestionBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id);
      await closedReview(app.db, request.params.id);
      await updateSuggestion(app.db, request.params.id, request.params.key, request.body);
      return { ok: true as const };
    },
  );

  app.get(
    '/reviews/:id/themes',
    {
      schema: {
        summary: 'The free text’s themes and how many suggestions each has (readers of the report: no texts; the quotes are in the report)',
        tags: ['report'],
        params: IdParams,
        response: { 200: ThemeList, ...errors },
      },
    },
    async (request) => {
      await requireOnReview(app.db, request, request.params.id, canReadReport);
      const review = await closedReview(app.db, request.params.id);
      return { themes: (await listSuggestions(app.db, request.params.id, review.anonymityThreshold, {})).themes };
    },
  );

  app.post(
    '/reviews/:id/themes',
    {
      schema: {
        summary: 'Add a theme of the inspector’s own',
        tags: ['report'],
        params: IdParams,
        body: AddThemeBody,
        response: { 201: Type.Object({ key: Type.String() }), ...errors },
      },
    },
    async (request, reply) => {
      await requireReviewManager(app.db, request, request.params.id);
      return reply.code(201).send({ key: await addTheme(app.db, request.params.id, request.body.label) });
    },
  );
};
