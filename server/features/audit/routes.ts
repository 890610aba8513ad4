import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AuditList, AuditQuery } from '../../../contract/audit.js';
import { canReadAudit } from '../../permissions.js';
import { authorize, requireActor } from '../../http/guard.js';
import { listAudit } from './repository.js';

export const auditRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/audit',
    { schema: { summary: 'The audit trail, newest first (admins)', tags: ['admin'], querystring: AuditQuery, response: { 200: AuditList } } },
    async (request) => {
      authorize(canReadAudit(requireActor(request)));
      const limit = request.query.limit ?? 100;
      const rows = await listAudit(app.db, { limit, before: request.query.before, campaignId: request.query.reviewId });
      return {
        events: rows.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          action: r.action,
          campaignId: r.campaignId,
          actor: r.actorEmail ? { email: r.actorEmail, name: r.actorName ?? '' } : null,
          details: r.details as Record<string, unknown>,
        })),
        nextBefore: rows.length === limit ? rows[rows.length - 1].id : null,
      };
    },
  );
};
