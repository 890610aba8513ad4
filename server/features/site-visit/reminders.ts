import { calendarDaysBetween, longDate, todayInSweden } from '../../../contract/dates.js';
import type { RootDb } from '../../db/database.js';
import { queueMails } from '../mail/repository.js';
import * as repo from './repository.js';

/**
 * Reminders before the action plan's deadline, most urgent first. Each stage goes once per plan
 * (a primary key decides, so two servers or two runs never send it twice); a plan first seen
 * late gets only the most urgent reminder, and the earlier stages are recorded as passed.
 */
export const REMINDER_STAGES = [
  { stage: 'overdue', daysBefore: 0 },
  { stage: 'due-7', daysBefore: 7 },
  { stage: 'due-30', daysBefore: 30 },
] as const;

/**
 * The most urgent stage a plan due on `dueOn` has reached at `now`, or null. Days are Swedish
 * calendar days, as the clinic counts them: the due day itself is not late, the next one is.
 */
export function reachedStage(dueOn: string, now: Date): (typeof REMINDER_STAGES)[number] | null {
  const daysLeft = calendarDaysBetween(todayInSweden(now), dueOn);
  return REMINDER_STAGES.find((s) => (s.stage === 'overdue' ? daysLeft < 0 : daysLeft <= s.daysBefore)) ?? null;
}

function reminderMail(title: string, hospital: string, dueOn: string, overdue: boolean, link: string) {
  const sv = longDate(dueOn, 'sv');
  const en = longDate(dueOn, 'en');
  return {
    subject: overdue
      ? `Handlingsplanen är försenad – ${title} / Action plan overdue`
      : `Påminnelse: handlingsplan senast ${sv} – ${title} / Action plan reminder`,
    body: [
      'Hej,',
      '',
      overdue
        ? `Handlingsplanen efter granskningen "${title}" på ${hospital} skulle ha lämnats ${sv}.`
        : `Handlingsplanen efter granskningen "${title}" på ${hospital} ska lämnas senast ${sv}.`,
      'Skriv för varje rekommendation vad ni gör, vem som ansvarar och när:',
      link,
      '',
      '---',
      '',
      'Hello,',
      '',
      overdue
        ? `The action plan after the review "${title}" at ${hospital} was due on ${en}.`
        : `The action plan after the review "${title}" at ${hospital} is due on ${en}.`,
      'For each recommendation, write what you will do, who is responsible and by when:',
      link,
    ].join('\n'),
  };
}

/** Run daily; returns the number of mails queued. */
export async function remindActionPlans(db: RootDb, publicUrl: string, now = new Date()): Promise<number> {
  let queued = 0;
  for (const plan of await repo.unsubmittedPlans(db)) {
    const reached = reachedStage(plan.due_on, now);
    if (!reached) continue;
    queued += await db.transaction().execute(async (trx) => {
      if (!(await repo.claimReminder(trx, plan.campaign_id, reached.stage))) return 0;
      for (const earlier of REMINDER_STAGES.filter((s) => s.daysBefore > reached.daysBefore)) await repo.claimReminder(trx, plan.campaign_id, earlier.stage);
      const recipients = await repo.planRecipients(trx, plan.campaign_id, plan.hospital_id!);
      const mail = reminderMail(
        plan.title,
        plan.hospital_name,
        plan.due_on,
        reached.stage === 'overdue',
        `${publicUrl}/reviews/${plan.campaign_id}/action-plan`,
      );
      await queueMails(
        trx,
        recipients.map((r) => ({ kind: 'action_plan_reminder' as const, campaignId: plan.campaign_id, recipient: r.email, ...mail })),
      );
      return recipients.length;
    });
  }
  return queued;
}
