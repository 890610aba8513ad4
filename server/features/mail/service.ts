import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.js';
import { markBounced } from '../respondents/repository.js';
import { claimNextMail, markFailed, markSent } from './repository.js';
import { recipientRefused, type MailTransport } from './transport.js';

/** After this many attempts a mail is marked failed and shown as such in the outbox. */
export const MAX_MAIL_ATTEMPTS = 5;

/**
 * Sends queued mails until none is left; returns how many were sent, failed, and bounced. A
 * refused recipient is not retried, and when the mail was a review's invitation or reminder its
 * respondent is marked bounced (the report's adjusted response rate leaves them out).
 */
export async function deliverQueuedMail(db: Db, transport: MailTransport, log?: FastifyBaseLogger): Promise<{ sent: number; failed: number; bounced: number }> {
  let sent = 0;
  let failed = 0;
  let bounced = 0;
  for (let mail = await claimNextMail(db); mail; mail = await claimNextMail(db)) {
    try {
      await transport.send({ id: mail.id, to: mail.recipient, subject: mail.subject, text: mail.body });
      await markSent(db, mail.id);
      sent++;
    } catch (error) {
      failed++;
      const refused = recipientRefused(error);
      log?.warn({ err: error, mailId: mail.id, refused }, 'mail delivery failed');
      await markFailed(db, mail.id, (error as Error).message, mail.attempts, refused || mail.attempts >= MAX_MAIL_ATTEMPTS);
      if (refused && mail.campaignId && (mail.kind === 'invitation' || mail.kind === 'reminder')) {
        if (await markBounced(db, mail.campaignId, mail.recipient)) bounced++;
      }
    }
  }
  return { sent, failed, bounced };
}
