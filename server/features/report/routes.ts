import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { IdParams } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { Report, ReportQuery } from '../../../contract/report.js';
import { canReadReport } from '../../permissions.js';
import { authorize, requireActor } from '../auth/guard.js';
import { reviewAccess } from '../reviews/service.js';
import { buildReport } from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };

export const reportRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/reviews/:id/report',
    {
      schema: {
        summary: 'The report’s figures: response rates, agreement by role, national benchmark, numeric items (suppressed below the anonymity threshold)',
        tags: ['report'],
        params: IdParams,
        querystring: ReportQuery,
        response: { 200: Report, ...errors },
      },
    },
    async (request) => {
      authorize(canReadReport(requireActor(request), await reviewAccess(app.db, request.params.id)));
      return buildReport(app.db, request.params.id, request.query);
    },
  );
};
