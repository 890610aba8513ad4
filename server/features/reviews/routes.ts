import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { CreateReviewBody, Review, ReviewList, UpdateReviewBody } from '../../../contract/reviews.js';
import { canCreateReview } from '../../permissions.js';
import { authorize, requireActor } from '../../http/guard.js';
import { ANY_REVIEW, requireReviewManager } from './guard.js';
import { changeStatus, createReview, listReviewsFor, loadReview, updateReview, type ClosingStep } from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export const reviewRoutes: FastifyPluginAsyncTypebox<{ onClosing: ClosingStep }> = async (app, { onClosing }) => {
  app.get(
    '/reviews',
    { schema: { summary: 'Reviews the caller may see', tags: ['reviews'], response: { 200: ReviewList, 401: Problem } } },
    async (request) => ({ reviews: await listReviewsFor(app.db, requireActor(request)) }),
  );

  app.post(
    '/reviews',
    { schema: { summary: 'Create a review (draft) of one or more units', tags: ['reviews'], body: CreateReviewBody, response: { 201: Review, ...errors } } },
    async (request, reply) => {
      const actor = requireActor(request);
      authorize(canCreateReview(actor));
      const id = await createReview(app.db, actor, request.body);
      return reply.code(201).send(await loadReview(app.db, id));
    },
  );

  app.get(
    '/reviews/:id',
    { schema: { summary: 'One review with its set-up', tags: ['reviews'], params: IdParams, response: { 200: Review, ...errors } } },
    async (request) => {
      // Either kind: the documents and report pages of a hospital-level review show its title from here too.
      await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      return loadReview(app.db, request.params.id);
    },
  );

  app.patch(
    '/reviews/:id',
    { schema: { summary: 'Change a review’s set-up', tags: ['reviews'], params: IdParams, body: UpdateReviewBody, response: { 200: Review, ...errors } } },
    async (request) => {
      const actor = await requireReviewManager(app.db, request, request.params.id);
      await updateReview(app.db, actor, request.params.id, request.body);
      return loadReview(app.db, request.params.id);
    },
  );

  for (const [action, status] of [
    ['open', 'open'],
    ['close', 'closed'],
  ] as const) {
    app.post(
      `/reviews/:id/${action}`,
      {
        schema: {
          summary: action === 'open' ? 'Open a draft review for answers' : 'Close an open review: no more answers',
          tags: ['reviews'],
          params: IdParams,
          response: { 200: Review, ...errors },
        },
      },
      async (request) => {
        const actor = await requireReviewManager(app.db, request, request.params.id);
        await changeStatus(app.db, actor, request.params.id, status, onClosing, app.now());
        return loadReview(app.db, request.params.id);
      },
    );
  }
};
