import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import { Conflict, Invalid, NotFound } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import * as repo from './repository.js';
import { issueLinks } from './service.js';

export async function scheduleReminderRound(db: Kysely<Database>, actor: Actor, campaignId: string, at: Date): Promise<string> {
  if (Number.isNaN(at.getTime())) throw new Invalid('That is not a time.', [{ field: 'body.at', message: 'is not a date-time' }]);
  return db.transaction().execute(async (trx) => {
    const campaign = await repo.campaignForMail(trx, campaignId);
    if (!campaign) throw new NotFound('There is no such review.');
    if (campaign.status !== 'open') {
      throw new Conflict(campaign.status === 'closed' ? 'The review is closed; no more reminders.' : 'Open the review and send the invitations before scheduling reminders.');
    }
    const row = await trx
      .insertInto('reminder_rounds')
      .values({ campaign_id: campaignId, scheduled_for: at })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { actorId: actor.id, action: 'reminder_scheduled', campaignId, details: { roundId: row.id, at: at.toISOString() } });
    return row.id;
  });
}

export async function cancelReminderRound(db: Kysely<Database>, actor: Actor, campaignId: string, roundId: string): Promise<void> {
  const result = await db
    .updateTable('reminder_rounds')
    .set({ status: 'cancelled' })
    .where('id', '=', roundId)
    .where('campaign_id', '=', campaignId)
    .where('status', '=', 'scheduled')
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) throw new Conflict('Only a scheduled reminder that has not run can be cancelled.');
  await recordAudit(db, { actorId: actor.id, action: 'reminder_cancelled', campaignId, details: { roundId } });
}

/**
 * Sends a round's reminders to those who have not answered. Idempotent: a respondent gets one
 * reminder per round however often this runs (the reminder_sends primary key decides).
 * Returns the number of reminders queued by this run.
 */
export async function runReminderRound(db: Kysely<Database>, roundId: string, publicUrl: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const round = await trx.selectFrom('reminder_rounds').selectAll().where('id', '=', roundId).forUpdate().executeTakeFirst();
    if (!round || round.status !== 'scheduled') return 0;
    const campaign = await repo.campaignForMail(trx, round.campaign_id);
    if (!campaign || campaign.status !== 'open') {
      await trx.updateTable('reminder_rounds').set({ status: 'cancelled', done_at: sql`now()` }).where('id', '=', roundId).execute();
      return 0;
    }
    const due = (await repo.invitees(trx, round.campaign_id, 'unanswered')) as (repo.InviteeRow & { invitationId: string })[];
    const claimed = due.length === 0 ? [] : await trx
      .insertInto('reminder_sends')
      .values(due.map((d) => ({ round_id: roundId, invitation_id: d.invitationId })))
      .onConflict((oc) => oc.doNothing())
      .returning('invitation_id')
      .execute();
    const claimedIds = new Set(claimed.map((c) => c.invitation_id));
    const toRemind = due.filter((d) => claimedIds.has(d.invitationId));
    const mailIds = await issueLinks(trx, round.campaign_id, campaign, toRemind, publicUrl, true);
    for (const [i, invitee] of toRemind.entries()) {
      await trx.updateTable('reminder_sends').set({ mail_id: mailIds[i] }).where('round_id', '=', roundId).where('invitation_id', '=', invitee.invitationId).execute();
    }
    await trx
      .updateTable('reminder_rounds')
      .set({ status: 'done', done_at: sql`now()`, sent_count: sql`sent_count + ${toRemind.length}` })
      .where('id', '=', roundId)
      .execute();
    await recordAudit(trx, { actorId: null, action: 'reminders_sent', campaignId: round.campaign_id, details: { roundId, count: toRemind.length } });
    return toRemind.length;
  });
}

export async function listReminderRounds(db: Kysely<Database>, campaignId: string) {
  const rows = await db
    .selectFrom('reminder_rounds')
    .select(['id', 'scheduled_for as scheduledFor', 'status', 'sent_count as sentCount', 'done_at as doneAt'])
    .where('campaign_id', '=', campaignId)
    .orderBy('scheduled_for')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    scheduledFor: new Date(r.scheduledFor).toISOString(),
    status: r.status,
    sentCount: r.sentCount,
    doneAt: r.doneAt?.toISOString() ?? null,
  }));
}
