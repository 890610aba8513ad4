import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Health } from '../../../contract/health.js';

const VERSION = '0.1.0';

export const healthRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Whether the app and its database are up',
        tags: ['health'],
        response: { 200: Health, 503: Health },
      },
    },
    async (_request, reply) => {
      const database = app.runtime.databaseKind;
      try {
        await app.pg.query('SELECT 1');
        return { status: 'ok' as const, db: 'ok' as const, database, version: VERSION };
      } catch (error) {
        app.log.warn({ err: error }, 'health check: database unreachable');
        return reply.code(503).send({ status: 'degraded', db: 'down', database, version: VERSION });
      }
    },
  );
};
