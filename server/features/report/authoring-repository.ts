import { sql } from 'kysely';
import type { ReportContent } from '../../../contract/report-authoring.js';
import type { RevisionStatus } from '../../../contract/domain.js';
import type { Db } from '../../db/database.js';

const columns = ['id', 'revision', 'status', 'content', 'clinic_comments', 'change_note', 'updated_at', 'published_at'] as const;

export async function latestRevision(db: Db, reviewId: string, forUpdate = false) {
  let query = db.selectFrom('report_revisions').select(columns).where('campaign_id', '=', reviewId).orderBy('revision', 'desc').limit(1);
  if (forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export async function latestPublished(db: Db, reviewId: string) {
  return db
    .selectFrom('report_revisions')
    .select(columns)
    .where('campaign_id', '=', reviewId)
    .where('status', '=', 'published')
    .orderBy('revision', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export async function publishedHistory(db: Db, reviewId: string) {
  return db
    .selectFrom('report_revisions')
    .select(['revision', 'published_at', 'change_note'])
    .where('campaign_id', '=', reviewId)
    .where('status', '=', 'published')
    .orderBy('revision')
    .execute();
}

export async function insertRevision(db: Db, reviewId: string, revision: number, content: ReportContent, actorId: string | null, changeNote: string | null) {
  await db
    .insertInto('report_revisions')
    .values({ campaign_id: reviewId, revision, content: JSON.stringify(content), created_by: actorId, change_note: changeNote })
    .onConflict((oc) => oc.columns(['campaign_id', 'revision']).doNothing())
    .execute();
}

export async function updateRevision(db: Db, id: string, changes: { content?: ReportContent; status?: RevisionStatus; clinicComments?: string }) {
  await db
    .updateTable('report_revisions')
    .set({
      ...(changes.content && { content: JSON.stringify(changes.content) }),
      ...(changes.status && { status: changes.status }),
      ...(changes.clinicComments !== undefined && { clinic_comments: changes.clinicComments }),
      ...(changes.status === 'published' && { published_at: sql`now()` }),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export async function markCampaignPublished(db: Db, reviewId: string) {
  await db
    .updateTable('campaigns')
    .set({ report_published_at: sql`now()` })
    .where('id', '=', reviewId)
    .execute();
}
