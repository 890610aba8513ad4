import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { MailList, MailQuery } from '../../../contract/mail.js';
import { Problem } from '../../../contract/problem.js';
import { canReadOutbox } from '../../permissions.js';
import { authorize, requireActor } from '../../http/guard.js';
import { listMails } from './repository.js';
import { createTransport } from './transport.js';

export const mailRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const { description, kind, target } = createTransport(app.runtime.config);
  const transport = { transport: description, transportKind: kind, transportTarget: target };
  app.get(
    '/mails',
    {
      schema: {
        summary: 'The outbox: every mail with its delivery state (admins)',
        tags: ['admin'],
        querystring: MailQuery,
        response: { 200: MailList, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      authorize(canReadOutbox(requireActor(request)));
      const limit = request.query.limit ?? 100;
      const rows = await listMails(app.db, { limit, before: request.query.before, campaignId: request.query.reviewId });
      return {
        ...transport,
        mails: rows.map(({ campaignId, createdAt, sentAt, body, ...m }) => ({
          ...m,
          // A personal link opens someone's survey or comments: admins see that a link was sent, not the link.
          body: body
            .replace(/\/(s|c)\/[A-Za-z0-9_-]{43}/g, '/$1/[personlig länk]')
            .replace(/reset-password#[A-Za-z0-9_-]{43}/g, 'reset-password#[engångslänk]'),
          reviewId: campaignId,
          createdAt: createdAt.toISOString(),
          sentAt: sentAt?.toISOString() ?? null,
        })),
        nextBefore: rows.length === limit ? rows[rows.length - 1].id : null,
      };
    },
  );
};
