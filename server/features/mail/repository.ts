import { sql } from 'kysely';
import type { Db, MailKind } from '../../db/database.js';

export interface NewMail {
  kind: MailKind;
  campaignId: string | null;
  recipient: string;
  subject: string;
  body: string;
}

/** Queues mails in the caller's transaction: they exist exactly when the change that caused them does. */
export async function queueMails(db: Db, mails: NewMail[]): Promise<string[]> {
  if (mails.length === 0) return [];
  const ids: string[] = [];
  // Batches keep each statement under PostgreSQL's parameter limit.
  for (let i = 0; i < mails.length; i += 1000) {
    const rows = await db
      .insertInto('mails')
      .values(
        mails.slice(i, i + 1000).map((m) => ({
          kind: m.kind,
          campaign_id: m.campaignId,
          recipient: m.recipient,
          subject: m.subject,
          body: m.body,
        })),
      )
      .returning('id')
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** Claims the next queued mail for two minutes, in one statement, so no two workers take it. */
export async function claimNextMail(db: Db) {
  const result = await sql<{ id: string; kind: MailKind; campaignId: string | null; recipient: string; subject: string; body: string; attempts: number }>`
    UPDATE mails SET claimed_until = now() + interval '2 minutes', attempts = attempts + 1
    WHERE id = (
      SELECT id FROM mails
      WHERE status = 'queued' AND (claimed_until IS NULL OR claimed_until < now())
      ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED
    )
    RETURNING id, kind, campaign_id AS "campaignId", recipient, subject, body, attempts`.execute(db);
  return result.rows[0];
}

export async function markSent(db: Db, id: string): Promise<void> {
  await db
    .updateTable('mails')
    .set({ status: 'sent', sent_at: sql`now()`, claimed_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** A failed attempt: retried after a pause that grows with each attempt, or failed for good. */
export async function markFailed(db: Db, id: string, error: string, attempts: number, giveUp: boolean): Promise<void> {
  await db
    .updateTable('mails')
    .set({
      status: giveUp ? 'failed' : 'queued',
      last_error: error.slice(0, 1000),
      claimed_until: giveUp ? null : sql<Date>`now() + make_interval(mins => ${attempts})`,
    })
    .where('id', '=', id)
    .execute();
}

export async function listMails(db: Db, options: { limit: number; before?: string; campaignId?: string }) {
  let query = db
    .selectFrom('mails')
    .select([
      'id',
      'kind',
      'campaign_id as campaignId',
      'recipient',
      'subject',
      'body',
      'status',
      'attempts',
      'last_error as lastError',
      'created_at as createdAt',
      'sent_at as sentAt',
    ])
    .orderBy('id', 'desc')
    .limit(options.limit);
  if (options.before) query = query.where('id', '<', options.before);
  if (options.campaignId) query = query.where('campaign_id', '=', options.campaignId);
  return query.execute();
}
