import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { canManageReview, type Actor, type ReviewAccess } from '../../permissions.js';
import { authorize, requireActor } from '../../http/guard.js';
import { reviewAccess } from './service.js';

/** The caller and the review, if the caller is logged in and allowed what `may` says on it (404 when it does not exist). */
export async function reviewCaller(
  db: Db,
  request: FastifyRequest,
  reviewId: string,
  may: (actor: Actor, review: ReviewAccess) => boolean,
): Promise<{ actor: Actor; access: ReviewAccess }> {
  const actor = requireActor(request);
  const access = await reviewAccess(db, reviewId);
  authorize(may(actor, access));
  return { actor, access };
}

/** The caller, if logged in and allowed what `may` says on the review (404 when it does not exist). */
export async function requireOnReview(db: Db, request: FastifyRequest, reviewId: string, may: (actor: Actor, review: ReviewAccess) => boolean): Promise<Actor> {
  return (await reviewCaller(db, request, reviewId, may)).actor;
}

/** The caller, if logged in and allowed to manage the review (404 when it does not exist). */
export function requireReviewManager(db: Db, request: FastifyRequest, reviewId: string): Promise<Actor> {
  return requireOnReview(db, request, reviewId, canManageReview);
}
