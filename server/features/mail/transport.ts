import fs from 'node:fs/promises';
import path from 'node:path';
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';

export interface OutgoingMail {
  id: string;
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  /** Where mail goes, for the log. */
  description: string;
  /** The same for people: the kind, and the server or folder (the outbox page words it). */
  kind: 'smtp' | 'outbox';
  target: string;
  send(mail: OutgoingMail): Promise<void>;
}

/**
 * Whether the mail server refused the recipient for good: a 5xx reply to RCPT TO ("550 no such
 * user"). That is a bounce: retrying cannot help. Other failures (no connection, a 4xx, a refused
 * login or sender) are ours or passing, and are retried.
 */
export function recipientRefused(error: unknown): boolean {
  const { command, responseCode } = error as { command?: unknown; responseCode?: unknown };
  return command === 'RCPT TO' && typeof responseCode === 'number' && responseCode >= 500 && responseCode < 600;
}

/** SMTP when SMTP_URL is set; otherwise .eml files in the outbox folder, so a default install works. */
export function createTransport(config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'outboxDir'>): MailTransport {
  if (config.smtpUrl) {
    const smtp = nodemailer.createTransport(config.smtpUrl);
    return {
      description: `SMTP ${new URL(config.smtpUrl).host}`,
      kind: 'smtp',
      target: new URL(config.smtpUrl).host,
      async send(mail) {
        await smtp.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
      },
    };
  }
  const files = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    description: `outbox folder ${config.outboxDir}`,
    kind: 'outbox',
    target: config.outboxDir,
    async send(mail) {
      const info = await files.sendMail({ from: config.mailFrom, to: mail.to, subject: mail.subject, text: mail.text });
      await fs.mkdir(config.outboxDir, { recursive: true });
      // Written aside and renamed, so whoever reads the folder never sees half a mail.
      const file = path.join(config.outboxDir, `${mail.id.padStart(8, '0')}.eml`);
      await fs.writeFile(`${file}.part`, info.message as Buffer);
      await fs.rename(`${file}.part`, file);
    },
  };
}
