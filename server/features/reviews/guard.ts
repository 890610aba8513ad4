import type { FastifyRequest } from 'fastify';
import type { Db } from '../../db/database.js';
import { NotFound } from '../../http/errors.js';
import { canManageReview, type Actor, type ReviewAccess } from '../../permissions.js';
import { authorize, requireActor } from '../../http/guard.js';
import type { ReviewKind } from './repository.js';
import { reviewAccess } from './service.js';

/**
 * The kinds a route serves. Most review routes are a clinic review's (its survey, respondents,
 * figures); the report's writing, comment round, action plan and documents serve every kind of
 * review (`ANY_REVIEW`). To a route of another kind a review does not exist (404).
 */
export const CLINIC_REVIEW: readonly ReviewKind[] = ['review'];
export const ANY_REVIEW: readonly ReviewKind[] = ['review', 'hospital_review'];

/** The caller and the review, if the caller is logged in and allowed what `may` says on it (404 when it does not exist). */
export async function reviewCaller(
  db: Db,
  request: FastifyRequest,
  reviewId: string,
  may: (actor: Actor, review: ReviewAccess) => boolean,
  kinds: readonly ReviewKind[] = CLINIC_REVIEW,
): Promise<{ actor: Actor; access: ReviewAccess }> {
  const actor = requireActor(request);
  const access = await reviewAccess(db, reviewId);
  if (!kinds.includes(access.kind)) throw new NotFound({ code: 'review.notFound' });
  authorize(may(actor, access));
  return { actor, access };
}

/** The caller, if logged in and allowed what `may` says on the review (404 when it does not exist). */
export async function requireOnReview(
  db: Db,
  request: FastifyRequest,
  reviewId: string,
  may: (actor: Actor, review: ReviewAccess) => boolean,
  kinds: readonly ReviewKind[] = CLINIC_REVIEW,
): Promise<Actor> {
  return (await reviewCaller(db, request, reviewId, may, kinds)).actor;
}

/** The caller, if logged in and allowed to manage the review (404 when it does not exist). */
export function requireReviewManager(db: Db, request: FastifyRequest, reviewId: string, kinds: readonly ReviewKind[] = CLINIC_REVIEW): Promise<Actor> {
  return requireOnReview(db, request, reviewId, canManageReview, kinds);
}
