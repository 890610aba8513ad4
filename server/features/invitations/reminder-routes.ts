import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { Id, IdParams, Ok } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { ReminderRound, ReminderRoundList, ScheduleReminderBody } from '../../../contract/respondents.js';
import type { Actor } from '../../permissions.js';
import { cancelReminderRound, listReminderRounds, scheduleReminderRound } from './reminders.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 422: Problem };

export interface ReminderRoutesOptions {
  /** Where a kind's campaigns live: `/reviews`, `/annual-reports`. */
  base: string;
  tag: string;
  /** The caller, if allowed to run the campaign's reminders (404 when it does not exist). */
  manager: (request: FastifyRequest, campaignId: string) => Promise<Actor>;
}

/**
 * A campaign's reminder rounds (list, schedule, cancel) under its kind's own address: the rounds
 * are the same for every kind, only who may run them is the kind's to say.
 */
export const reminderRoutes: FastifyPluginAsyncTypebox<ReminderRoutesOptions> = async (app, { base, tag, manager }) => {
  app.get(
    `${base}/:id/reminders`,
    { schema: { summary: 'Reminder rounds', tags: [tag], params: IdParams, response: { 200: ReminderRoundList, ...errors } } },
    async (request) => {
      await manager(request, request.params.id);
      return { rounds: await listReminderRounds(app.db, request.params.id) };
    },
  );

  app.post(
    `${base}/:id/reminders`,
    {
      schema: {
        summary: 'Schedule a reminder round to those who have not answered',
        tags: [tag],
        params: IdParams,
        body: ScheduleReminderBody,
        response: { 201: ReminderRound, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await manager(request, request.params.id);
      const at = new Date(request.body.at);
      const roundId = await scheduleReminderRound(app.db, actor, request.params.id, at);
      await app.jobs.scheduleReminderRound(roundId, at);
      const rounds = await listReminderRounds(app.db, request.params.id);
      return reply.code(201).send(rounds.find((r) => r.id === roundId)!);
    },
  );

  app.delete(
    `${base}/:id/reminders/:roundId`,
    {
      schema: {
        summary: 'Cancel a scheduled reminder round',
        tags: [tag],
        params: Type.Object({ id: Id, roundId: Id }, { additionalProperties: false }),
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = await manager(request, request.params.id);
      await cancelReminderRound(app.db, actor, request.params.id, request.params.roundId);
      return { ok: true as const };
    },
  );
};
