import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { canManageReview, type Actor } from '../../permissions.js';
import { authorize, requireActor } from '../auth/guard.js';
import { reviewAccess } from './service.js';

/** The caller, if logged in and allowed to manage the review (404 when it does not exist). */
export async function requireReviewManager(db: Db, request: FastifyRequest, reviewId: string): Promise<Actor> {
  const actor = requireActor(request);
  authorize(canManageReview(actor, await reviewAccess(db, reviewId)));
  return actor;
}
