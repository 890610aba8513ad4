import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { LoginBody, Me, PasswordResetConfirmBody, PasswordResetRequestBody, SetupBody } from '../../../contract/auth.js';
import { Ok } from '../../../contract/common.js';
import { Problem } from '../../../contract/problem.js';
import { requireActor } from '../../http/guard.js';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from './plugin.js';
import { adminExists, findAccount } from './repository.js';
import { login, logout, requestPasswordReset, resetPassword } from './service.js';

/**
 * Against password guessing: 10 attempts a minute per client address and account, so one
 * person's typos behind a hospital's shared address do not lock out their colleagues.
 */
const LOGIN_RATE_LIMIT = {
  max: 10,
  timeWindow: '1 minute',
  // After parsing, so the key can include the account.
  hook: 'preHandler' as const,
  keyGenerator: (request: { ip: string; body?: unknown }) =>
    `${request.ip}|${String((request.body as { email?: unknown } | undefined)?.email ?? '').toLowerCase()}`,
};

export const authRoutes: FastifyPluginAsyncTypebox = async (app) => {
  // Reset requests still being worked on after their answer; shutting down waits for them.
  const resets = new Set<Promise<void>>();
  app.addHook('onClose', async () => {
    await Promise.allSettled([...resets]);
  });
  const secureCookies = app.runtime.config.publicUrl.startsWith('https://');

  app.post(
    '/auth/login',
    {
      config: { rateLimit: LOGIN_RATE_LIMIT },
      schema: { summary: 'Log in; sets the session cookie', tags: ['auth'], body: LoginBody, response: { 200: Me, 400: Problem, 401: Problem, 429: Problem } },
    },
    async (request, reply) => {
      const { token, expiresAt, user } = await login(app.db, request.body.email, request.body.password);
      setSessionCookie(reply, token, expiresAt, secureCookies);
      return user;
    },
  );

  app.post(
    '/auth/logout',
    { schema: { summary: 'Log out: ends the session on the server', tags: ['auth'], response: { 200: Ok, 401: Problem } } },
    async (request, reply) => {
      const actor = requireActor(request);
      await logout(app.db, request.cookies[SESSION_COOKIE]!, actor.id);
      clearSessionCookie(reply);
      return { ok: true as const };
    },
  );

  app.get('/auth/me', { schema: { summary: 'The logged-in user', tags: ['auth'], response: { 200: Me, 401: Problem } } }, async (request) => {
    const actor = requireActor(request);
    return findAccount(app.db, actor.id);
  });

  app.post(
    '/auth/password-reset',
    {
      config: { rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        summary: 'Mail a password reset link',
        tags: ['auth'],
        body: PasswordResetRequestBody,
        response: { 202: Type.Object({ message: Type.String() }), 400: Problem, 429: Problem },
      },
    },
    async (request, reply) => {
      // The same answer, in the same time, whether or not the address is registered: the work
      // (look-up, token, mail) happens after the answer, so its duration tells nothing.
      const work = requestPasswordReset(app.db, request.body.email, app.runtime.config.publicUrl)
        .then(async (queued) => {
          if (queued) await app.jobs.mailQueued();
        })
        .catch((error) => app.log.error({ err: error }, 'a password reset could not be queued'));
      resets.add(work);
      void work.finally(() => resets.delete(work));
      return reply.code(202).send({ message: 'If the address belongs to an account, a reset link is on its way.' });
    },
  );

  app.post(
    '/auth/password-reset/confirm',
    {
      config: { rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        summary: 'Set a new password with a reset link’s token',
        tags: ['auth'],
        body: PasswordResetConfirmBody,
        response: { 200: Ok, 400: Problem, 422: Problem },
      },
    },
    async (request) => {
      await resetPassword(app.db, request.body.token, request.body.password);
      return { ok: true as const };
    },
  );

  app.get(
    '/auth/setup',
    { schema: { summary: 'Whether the first admin still has to be created', tags: ['auth'], response: { 200: Type.Object({ needed: Type.Boolean() }) } } },
    async () => ({ needed: !(await adminExists(app.db)) }),
  );

  app.post(
    '/auth/setup',
    {
      config: { rateLimit: LOGIN_RATE_LIMIT },
      schema: {
        summary: 'Create the first admin with the one-time setup token',
        tags: ['auth'],
        body: SetupBody,
        response: { 201: Ok, 400: Problem, 409: Problem, 422: Problem },
      },
    },
    async (request, reply) => {
      const { token, ...admin } = request.body;
      await app.firstAdminSetup.complete(app.db, token, admin);
      return reply.code(201).send({ ok: true as const });
    },
  );
};
