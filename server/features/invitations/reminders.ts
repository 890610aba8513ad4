import type { RootDb } from '../../db/database.js';
import { Conflict, fieldProblem, Invalid, NotFound } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { recordAudit } from '../audit/repository.js';
import * as rounds from './reminder-repository.js';
import * as repo from './repository.js';
import { issueLinks } from './service.js';

export async function scheduleReminderRound(db: RootDb, actor: Actor, campaignId: string, at: Date): Promise<string> {
  if (Number.isNaN(at.getTime())) throw new Invalid({ code: 'field.dateTime' }, [fieldProblem('body.at', 'field.dateTime')]);
  return db.transaction().execute(async (trx) => {
    const campaign = await repo.campaignForMail(trx, campaignId);
    if (!campaign) throw new NotFound({ code: 'review.notFound' });
    if (campaign.status !== 'open') {
      throw new Conflict(campaign.status === 'closed' ? { code: 'reminder.reviewClosed' } : { code: 'reminder.notOpen' });
    }
    const roundId = await rounds.insertRound(trx, campaignId, at);
    await recordAudit(trx, { actorId: actor.id, action: 'reminder_scheduled', campaignId, details: { roundId, at: at.toISOString() } });
    return roundId;
  });
}

export async function cancelReminderRound(db: RootDb, actor: Actor, campaignId: string, roundId: string): Promise<void> {
  if (!(await rounds.cancelScheduledRound(db, campaignId, roundId))) throw new Conflict({ code: 'reminder.cannotCancel' });
  await recordAudit(db, { actorId: actor.id, action: 'reminder_cancelled', campaignId, details: { roundId } });
}

/**
 * Sends a round's reminders to those who have not answered. Idempotent: a respondent gets one
 * reminder per round however often this runs (the reminder_sends primary key decides).
 * Returns the number of reminders queued by this run.
 */
export async function runReminderRound(db: RootDb, roundId: string, publicUrl: string): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const round = await rounds.lockRound(trx, roundId);
    if (!round || round.status !== 'scheduled') return 0;
    const campaign = await repo.campaignForMail(trx, round.campaign_id);
    if (!campaign || campaign.status !== 'open') {
      await rounds.finishRound(trx, roundId, { status: 'cancelled' });
      return 0;
    }
    const due = (await repo.invitees(trx, round.campaign_id, 'unanswered')) as (repo.InviteeRow & { invitationId: string })[];
    const claimedIds = await rounds.claimSends(
      trx,
      roundId,
      due.map((d) => d.invitationId),
    );
    const toRemind = due.filter((d) => claimedIds.has(d.invitationId));
    const mailIds = await issueLinks(trx, round.campaign_id, campaign, toRemind, publicUrl, true);
    for (const [i, invitee] of toRemind.entries()) {
      await rounds.recordSendMail(trx, roundId, invitee.invitationId, mailIds[i]);
    }
    await rounds.finishRound(trx, roundId, { status: 'done', sent: toRemind.length });
    await recordAudit(trx, { actorId: null, action: 'reminders_sent', campaignId: round.campaign_id, details: { roundId, count: toRemind.length } });
    return toRemind.length;
  });
}

export async function listReminderRounds(db: RootDb, campaignId: string) {
  return (await rounds.roundsOf(db, campaignId)).map((r) => ({
    id: r.id,
    scheduledFor: new Date(r.scheduledFor).toISOString(),
    status: r.status,
    sentCount: r.sentCount,
    doneAt: r.doneAt?.toISOString() ?? null,
  }));
}
