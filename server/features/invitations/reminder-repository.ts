import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

export async function insertRound(db: Db, campaignId: string, at: Date): Promise<string> {
  const row = await db.insertInto('reminder_rounds').values({ campaign_id: campaignId, scheduled_for: at }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/** Cancels a round that has not run; false when there was none to cancel. */
export async function cancelScheduledRound(db: Db, campaignId: string, roundId: string): Promise<boolean> {
  const result = await db
    .updateTable('reminder_rounds')
    .set({ status: 'cancelled' })
    .where('id', '=', roundId)
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The round, locked until the transaction ends so that two runs of it take turns. */
export function lockRound(db: Db, roundId: string) {
  return db.selectFrom('reminder_rounds').selectAll().where('id', '=', roundId).forUpdate().executeTakeFirst();
}

export async function finishRound(db: Db, roundId: string, outcome: { status: 'done'; sent: number } | { status: 'cancelled' }): Promise<void> {
  await db
    .updateTable('reminder_rounds')
    .set({ status: outcome.status, done_at: sql`now()`, ...(outcome.status === 'done' && { sent_count: sql`sent_count + ${outcome.sent}` }) })
    .where('id', '=', roundId)
    .execute();
}

/** Claims one send per invitation and round; returns the invitations claimed by this call (the primary key keeps it once). */
export async function claimSends(db: Db, roundId: string, invitationIds: string[]): Promise<Set<string>> {
  if (invitationIds.length === 0) return new Set();
  const claimed = await db
    .insertInto('reminder_sends')
    .values(invitationIds.map((id) => ({ round_id: roundId, invitation_id: id })))
    .onConflict((oc) => oc.doNothing())
    .returning('invitation_id')
    .execute();
  return new Set(claimed.map((c) => c.invitation_id));
}

export async function recordSendMail(db: Db, roundId: string, invitationId: string, mailId: string): Promise<void> {
  await db.updateTable('reminder_sends').set({ mail_id: mailId }).where('round_id', '=', roundId).where('invitation_id', '=', invitationId).execute();
}

export function roundsOf(db: Db, campaignId: string) {
  return db
    .selectFrom('reminder_rounds')
    .select(['id', 'scheduled_for as scheduledFor', 'status', 'sent_count as sentCount', 'done_at as doneAt'])
    .where('campaign_id', '=', campaignId)
    .orderBy('scheduled_for')
    .execute();
}
