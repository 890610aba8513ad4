import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DemoStatus, StartDemoBody } from '../../../contract/demo.js';
import { Problem } from '../../../contract/problem.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, loadDemo } from '../../demo/load.js';
import { Conflict } from '../../http/errors.js';
import { canManageUsers } from '../../permissions.js';
import { anyReview } from '../reviews/repository.js';
import { authorize, requireActor } from '../../http/guard.js';

/**
 * "Load demo data" for an empty install (admins): runs in the background with progress, as
 * `npm run demo` does on the command line.
 */
export const demoRoutes: FastifyPluginAsyncTypebox = async (app) => {
  const status = {
    state: 'idle' as 'idle' | 'running' | 'done' | 'failed',
    step: null as string | null,
    done: 0,
    total: 0,
    error: null as string | null,
    reviewId: null as string | null,
  };
  const view = async () => ({
    ...status,
    accounts: status.state === 'done' ? DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })) : [],
    password: status.state === 'done' ? DEMO_PASSWORD : null,
    available: status.state === 'idle' && !(await anyReview(app.db)),
  });

  app.get(
    '/admin/demo',
    {
      schema: {
        summary: 'Whether demo data can be loaded, and the progress of loading it (admins)',
        tags: ['admin'],
        response: { 200: DemoStatus, 401: Problem, 403: Problem },
      },
    },
    async (request) => {
      authorize(canManageUsers(requireActor(request)));
      return view();
    },
  );

  app.post(
    '/admin/demo',
    {
      schema: {
        summary: 'Load the demo data into an empty install (runs in the background)',
        tags: ['admin'],
        body: StartDemoBody,
        response: { 202: DemoStatus, 401: Problem, 403: Problem, 409: Problem },
      },
    },
    async (request, reply) => {
      authorize(canManageUsers(requireActor(request)));
      if (!(await view()).available) throw new Conflict({ code: 'demo.notEmpty' });
      Object.assign(status, { state: 'running', step: 'starting', done: 0, total: 0, error: null });
      void loadDemo(app.db, {
        publicUrl: app.runtime.config.publicUrl,
        poolTrainees: request.body?.poolTrainees,
        onProgress: (step, done, total) => Object.assign(status, { step, done, total }),
      })
        .then(async (summary) => {
          Object.assign(status, { state: 'done', step: null, reviewId: summary.reviewId });
          await app.jobs.mailQueued();
        })
        .catch((error: Error) => {
          app.log.error({ err: error }, 'loading demo data failed');
          Object.assign(status, { state: 'failed', error: error.message });
        });
      return reply.code(202).send(await view());
    },
  );
};
