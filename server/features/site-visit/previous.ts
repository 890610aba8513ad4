import type { ReportContent } from '../../../contract/report-authoring.js';
import type { PreviousReview } from '../../../contract/site-visit.js';
import type { Db } from '../../db/database.js';
import { latestPublished } from '../report/authoring-repository.js';
import * as repo from './repository.js';

/** The last review of the same units, for reading the new grades beside the old. */
export async function previousReview(db: Db, campaignId: string): Promise<PreviousReview> {
  const prev = await repo.previousReviewId(db, campaignId);
  const revision = prev && (await latestPublished(db, prev.id));
  if (!prev || !revision) return { previous: null };
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
