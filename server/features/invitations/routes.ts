import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { SendResult } from '../../../contract/respondents.js';
import { ReviewResponseRates } from '../../../contract/reviews.js';
import { requireReviewManager } from '../reviews/guard.js';
import { reminderRoutes } from './reminder-routes.js';
import { reviewResponseRates, sendInvitations } from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export const invitationRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.post(
    '/reviews/:id/invitations/send',
    {
      schema: {
        summary: 'Send invitations to every respondent not yet invited (open reviews only)',
        tags: ['invitations'],
        params: IdParams,
        response: { 200: SendResult, ...errors },
      },
    },
    async (request) => {
      const actor = await requireReviewManager(app.db, request, request.params.id);
      const counts = await sendInvitations(app.db, actor, request.params.id, app.runtime.config.publicUrl);
      if (counts.sent > 0) await app.jobs.mailQueued();
      return counts;
    },
  );

  app.get(
    '/reviews/:id/response-rates',
    {
      schema: {
        summary: 'Invited, answered and share by unit, specialty group and role; the study directors’ supplement apart',
        tags: ['invitations'],
        params: IdParams,
        response: { 200: ReviewResponseRates, ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id);
      return reviewResponseRates(app.db, request.params.id);
    },
  );

  await app.register(reminderRoutes, {
    base: '/reviews',
    tag: 'invitations',
    manager: (request, id) => requireReviewManager(app.db, request, id),
  });
};
