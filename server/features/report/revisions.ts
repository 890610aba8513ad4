import type { ReportContent, ReportRevision } from '../../../contract/report-authoring.js';
import type { Db } from '../../db/database.js';
import * as repo from './authoring-repository.js';

/** A stored revision of the report's text, as the API shows it. */
export type RevisionRow = NonNullable<Awaited<ReturnType<typeof repo.latestRevision>>>;

export function toRevision(row: RevisionRow): ReportRevision {
  return {
    id: row.id,
    revision: row.revision,
    status: row.status,
    content: row.content as ReportContent,
    clinicComments: row.clinic_comments,
    changeNote: row.change_note,
    updatedAt: row.updated_at.toISOString(),
    publishedAt: row.published_at?.toISOString() ?? null,
  };
}

export async function publishedRevision(db: Db, reviewId: string): Promise<ReportRevision | null> {
  const row = await repo.latestPublished(db, reviewId);
  return row ? toRevision(row) : null;
}

/**
 * The text a report shows its caller: readers see the published revision, the review's inspectors
 * the one being written (so their PDF is the draft they are working on).
 */
export async function revisionShown(db: Db, reviewId: string, seesDraft: boolean): Promise<ReportRevision | null> {
  if (seesDraft) {
    const latest = await repo.latestRevision(db, reviewId);
    if (latest) return toRevision(latest);
  }
  return publishedRevision(db, reviewId);
}
