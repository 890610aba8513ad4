import { sql } from 'kysely';
import type { ReviewStatus } from '../../contract/domain.js';
import type { Db } from '../db/database.js';

/** What every kind's campaign row shares: its status and when its report was published. */
export async function setCampaignStatus(db: Db, id: string, status: ReviewStatus): Promise<void> {
  await db
    .updateTable('campaigns')
    .set({ status, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}

export async function markCampaignPublished(db: Db, id: string): Promise<void> {
  await db
    .updateTable('campaigns')
    .set({ report_published_at: sql`now()`, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
}
