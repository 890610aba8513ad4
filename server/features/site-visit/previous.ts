import type { ReportContent } from '../../../contract/report-authoring.js';
import type { PreviousReview } from '../../../contract/site-visit.js';
import type { Db } from '../../db/database.js';
import { latestPublished } from '../report/authoring-repository.js';
import { Forbidden } from '../../http/errors.js';
import { canReadReport, type Actor } from '../../permissions.js';
import { reviewAccess } from '../reviews/service.js';
import * as repo from './repository.js';

/**
 * The last review of the same units, for reading the new grades beside the old. It is another
 * review's content, so the caller needs the right to read that review's report too: otherwise
 * an inspector could create a review of any unit just to read the one before it.
 */
export async function previousReview(db: Db, actor: Actor, reviewId: string): Promise<PreviousReview> {
  const prev = await repo.previousReviewId(db, reviewId);
  const revision = prev && (await latestPublished(db, prev.id));
  if (!prev || !revision) return { previous: null };
  if (!canReadReport(actor, await reviewAccess(db, prev.id))) {
    throw new Forbidden({ code: 'access.previousReview' });
  }
  const content = revision.content as ReportContent;
  const actions = await repo.planActions(db, prev.id);
  return {
    previous: {
      id: prev.id,
      title: prev.title,
      publishedAt: prev.report_published_at!.toISOString(),
      areas: Object.fromEntries(Object.entries(content.areas).map(([area, a]) => [area, { grade: a.grade, recommendations: a.recommendations }])),
      actions: actions.map((a) => ({ area: a.area, recommendation: a.recommendation, action: a.action, status: a.status })),
    },
  };
}
