import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { Id, IdParams, Ok } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { ReminderRound, ReminderRoundList, ScheduleReminderBody, SendResult } from '../../../contract/respondents.js';
import { ReviewResponseRates } from '../../../contract/reviews.js';
import { requireReviewManager } from '../reviews/guard.js';
import { cancelReminderRound, listReminderRounds, scheduleReminderRound } from './reminders.js';
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

  app.get(
    '/reviews/:id/reminders',
    { schema: { summary: 'Reminder rounds of a review', tags: ['invitations'], params: IdParams, response: { 200: ReminderRoundList, ...errors } } },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id);
      return { rounds: await listReminderRounds(app.db, request.params.id) };
    },
  );

  app.post(
    '/reviews/:id/reminders',
    {
      schema: {
        summary: 'Schedule a reminder round to those who have not answered',
        tags: ['invitations'],
        params: IdParams,
        body: ScheduleReminderBody,
        response: { 201: ReminderRound, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await requireReviewManager(app.db, request, request.params.id);
      const at = new Date(request.body.at);
      const roundId = await scheduleReminderRound(app.db, actor, request.params.id, at);
      await app.jobs.scheduleReminderRound(roundId, at);
      const rounds = await listReminderRounds(app.db, request.params.id);
      return reply.code(201).send(rounds.find((r) => r.id === roundId)!);
    },
  );

  app.delete(
    '/reviews/:id/reminders/:roundId',
    {
      schema: {
        summary: 'Cancel a scheduled reminder round',
        tags: ['invitations'],
        params: Type.Object({ id: Id, roundId: Id }, { additionalProperties: false }),
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = await requireReviewManager(app.db, request, request.params.id);
      await cancelReminderRound(app.db, actor, request.params.id, request.params.roundId);
      return { ok: true as const };
    },
  );
};
