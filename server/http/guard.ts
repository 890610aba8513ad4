import type { FastifyRequest } from 'fastify';
import { Forbidden, Unauthorized, type Coded } from './errors.js';
import type { Actor } from '../permissions.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The logged-in user, or null (set by the session plugin). */
    actor: Actor | null;
  }
}

export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new Unauthorized({ code: 'auth.loginRequired' });
  return request.actor;
}

/** Throws 403 unless a permission function said yes. */
export function authorize(allowed: boolean, problem?: Coded): void {
  if (!allowed) throw new Forbidden(problem);
}
