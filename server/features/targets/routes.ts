import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Problem } from '../../../contract/problem.js';
import { SaveTargetSetBody, TargetSet, TargetSetParams } from '../../../contract/targets.js';
import { canManageTargets, canReadTargets } from '../../permissions.js';
import { authorize, requireActor } from '../../http/guard.js';
import { saveTargetSet, targetSet } from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 422: Problem };

export const targetRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/hospitals/:id/targets/:year',
    {
      schema: {
        summary: 'The targets that apply to a hospital in a year: its own set for the year (or the latest year before), else the national defaults',
        tags: ['hospitals'],
        params: TargetSetParams,
        response: { 200: TargetSet, ...errors },
      },
    },
    async (request) => {
      authorize(canReadTargets(requireActor(request), request.params.id));
      return targetSet(app.db, request.params.id, request.params.year);
    },
  );

  app.put(
    '/hospitals/:id/targets/:year',
    {
      schema: {
        summary: 'Set a hospital’s targets for one year (admins); other years and closed reviews’ reports keep theirs',
        tags: ['hospitals'],
        params: TargetSetParams,
        body: SaveTargetSetBody,
        response: { 200: TargetSet, ...errors },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      authorize(canManageTargets(actor));
      return saveTargetSet(app.db, actor, request.params.id, request.params.year, request.body.targets);
    },
  );
};
