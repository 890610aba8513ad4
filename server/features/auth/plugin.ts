import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { Forbidden } from '../../http/errors.js';
import { looksLikeToken } from '../../security/tokens.js';
import { sessionUser } from './service.js';

export const SESSION_COOKIE = 'spur_session';
const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Resolves the session cookie to `request.actor`, and blocks cross-site state changes: a request
 * that carries a session cookie and changes something must come from our own origin.
 */
export const sessionPlugin = fp(async (app: FastifyInstance) => {
  await app.register(fastifyCookie);
  app.decorateRequest('actor', null);
  const allowedOrigins = new Set([new URL(app.runtime.config.publicUrl).origin]);

  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    if (!token || !looksLikeToken(token)) return;
    if (UNSAFE_METHODS.has(request.method) && !isSameOrigin(request, allowedOrigins)) {
      throw new Forbidden({ code: 'auth.crossSite' });
    }
    const user = await sessionUser(app.db, token);
    if (user) request.actor = { id: user.id, role: user.role, hospitalId: user.hospitalId, unitId: user.unitId ?? null };
  });
});

function isSameOrigin(request: FastifyRequest, allowed: Set<string>): boolean {
  const source = request.headers.origin ?? refererOrigin(request.headers.referer);
  if (!source) return false;
  // Behind the app's own host name (e.g. a test server on a random port) same-origin is also fine.
  const protocol = request.protocol;
  return allowed.has(source) || source === `${protocol}://${request.headers.host}`;
}

function refererOrigin(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return undefined;
  }
}

export function setSessionCookie(reply: FastifyReply, token: string, expiresAt: Date, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', expires: expiresAt });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}
