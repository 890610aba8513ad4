import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.js';
import { claimNextMail, markFailed, markSent } from './repository.js';
import type { MailTransport } from './transport.js';

/** After this many attempts a mail is marked failed and shown as such in the outbox. */
export const MAX_MAIL_ATTEMPTS = 5;

/** Sends queued mails until none is left; returns how many were sent and how many failed. */
export async function deliverQueuedMail(
  db: Db,
  transport: MailTransport,
  log?: FastifyBaseLogger,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  for (let mail = await claimNextMail(db); mail; mail = await claimNextMail(db)) {
    try {
      await transport.send({ id: mail.id, to: mail.recipient, subject: mail.subject, text: mail.body });
      await markSent(db, mail.id);
      sent++;
    } catch (error) {
      failed++;
      log?.warn({ err: error, mailId: mail.id }, 'mail delivery failed');
      await markFailed(db, mail.id, (error as Error).message, mail.attempts, mail.attempts >= MAX_MAIL_ATTEMPTS);
    }
  }
  return { sent, failed };
}
