import { longDate, todayInSweden } from '../../../contract/dates.js';
import type { RootDb } from '../../db/database.js';
import { queueMails } from '../mail/repository.js';
import * as repo from './repository.js';
import { earlierStages, reachedReminder } from './rules.js';
import { coverageUnits } from './service.js';

/** The same words 12 and 3 months ahead: a unit first seen late gets the date, not a wrong count of months. */
function reminderMail(unit: { name: string; hospitalName: string }, dueOn: string, link: string) {
  const sv = longDate(dueOn, 'sv');
  const en = longDate(dueOn, 'en');
  return {
    subject: `Extern granskning senast ${sv} – ${unit.name} / External review due`,
    body: [
      'Hej,',
      '',
      `${unit.name} på ${unit.hospitalName} ska ha en extern granskning av ST senast ${sv}: varje enhet som utbildar ST-läkare granskas minst vart femte år (HSLF-FS 2021:8).`,
      'Se enhetens senaste granskning och planera nästa:',
      link,
      '',
      '---',
      '',
      'Hello,',
      '',
      `${unit.name} at ${unit.hospitalName} is due an external review of its specialist training by ${en}: every unit training ST doctors is reviewed at least every five years.`,
      "See the unit's last review and plan the next:",
      link,
    ].join('\n'),
  };
}

/**
 * Reminders to each unit's head and study director 12 and 3 months before its external review
 * falls due, once each per due date (the primary key of coverage_reminders decides, so a rerun or
 * a second server sends nothing). A unit first seen within 3 months gets the 3-month mail only,
 * the 12-month one recorded as passed. No mail for a unit with a review under way, nor for one
 * without a head's or director's address: nothing is recorded, so it goes once that changes.
 * Run daily; returns the number of mails queued.
 */
export async function remindCoverage(db: RootDb, publicUrl: string, now: Date): Promise<number> {
  const today = todayInSweden(now);
  let queued = 0;
  for (const unit of await coverageUnits(db, 'all', today)) {
    if (unit.nextDue === null || unit.planned || !unit.remindable) continue;
    const stage = reachedReminder(unit.nextDue, today);
    if (!stage) continue;
    const recipients = [...new Set([unit.contacts.headEmail, unit.contacts.directorEmail].filter((e): e is string => Boolean(e)).map((e) => e.toLowerCase()))];
    queued += await db.transaction().execute(async (trx) => {
      if (!(await repo.claimReminder(trx, unit.unitId, unit.nextDue!, stage, recipients.length))) return 0;
      for (const earlier of earlierStages(stage)) await repo.claimReminder(trx, unit.unitId, unit.nextDue!, earlier, 0);
      const mail = reminderMail(unit, unit.nextDue!, `${publicUrl}/coverage/hospitals/${unit.hospitalId}`);
      await queueMails(
        trx,
        recipients.map((recipient) => ({ kind: 'coverage_reminder' as const, campaignId: null, recipient, ...mail })),
      );
      return recipients.length;
    });
  }
  return queued;
}
