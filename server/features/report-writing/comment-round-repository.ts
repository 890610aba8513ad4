import { sql } from 'kysely';
import type { CommentRecipientRole, Db } from '../../db/database.js';

/** The clinic's heads and study directors among the review's respondents, and the hospital's reader accounts. */
export async function candidates(db: Db, reviewId: string) {
  const clinic = await db
    .selectFrom('respondents as r')
    .leftJoin('units as u', 'u.id', 'r.unit_id')
    .select(['r.email', 'r.name', 'r.role', 'u.name as unitName'])
    .where('r.campaign_id', '=', reviewId)
    .where('r.role', 'in', ['head', 'director'])
    .orderBy('r.role', 'desc')
    .orderBy('u.name')
    .orderBy('r.name')
    .execute();
  const readers = await db
    .selectFrom('users')
    .innerJoin('campaigns as c', 'c.hospital_id', 'users.hospital_id')
    .select(['users.email', 'users.name'])
    .where('c.id', '=', reviewId)
    .where('users.role', '=', 'reader')
    .where('users.active', '=', true)
    .orderBy('users.name')
    .execute();
  return {
    clinic: clinic as { email: string; name: string; role: 'head' | 'director'; unitName: string | null }[],
    readers,
  };
}

export async function insertRound(db: Db, reviewId: string, revisionId: string, deadline: string, sentBy: string): Promise<string> {
  const row = await db
    .insertInto('comment_rounds')
    .values({ campaign_id: reviewId, revision_id: revisionId, deadline, sent_by: sentBy })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function insertRecipient(
  db: Db,
  roundId: string,
  recipient: { email: string; name: string; role: CommentRecipientRole; hash: Buffer },
): Promise<string> {
  const row = await db
    .insertInto('comment_recipients')
    .values({ round_id: roundId, email: recipient.email, name: recipient.name, role: recipient.role, token_hash: recipient.hash })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setMail(db: Db, recipientId: string, mailId: string): Promise<void> {
  await db.updateTable('comment_recipients').set({ mail_id: mailId }).where('id', '=', recipientId).execute();
}

/** The review's latest comment round with its revision, locked when the deadline is to change. */
export async function latestRound(db: Db, reviewId: string, forUpdate = false) {
  let query = db
    .selectFrom('comment_rounds as cr')
    .innerJoin('report_revisions as rr', 'rr.id', 'cr.revision_id')
    .select(['cr.id', 'cr.deadline', 'cr.sent_at as sentAt', 'rr.revision', 'rr.status'])
    .where('cr.campaign_id', '=', reviewId)
    .orderBy('cr.id', 'desc')
    .limit(1);
  if (forUpdate) query = query.forUpdate('cr');
  return query.executeTakeFirst();
}

export async function setDeadline(db: Db, roundId: string, deadline: string): Promise<void> {
  await db.updateTable('comment_rounds').set({ deadline }).where('id', '=', roundId).execute();
}

export async function recipientsOf(db: Db, roundId: string) {
  return db
    .selectFrom('comment_recipients as c')
    .leftJoin('mails as m', 'm.id', 'c.mail_id')
    .select(['c.name', 'c.email', 'c.role', 'c.areas', 'c.general', 'c.submitted_at as submittedAt', 'm.status as mailStatus'])
    .where('c.round_id', '=', roundId)
    .orderBy('c.id')
    .execute();
}

/** A personal comment link's recipient, round and revision; locked when the comments are written. */
export async function recipientByToken(db: Db, hash: Buffer, forUpdate = false) {
  let query = db
    .selectFrom('comment_recipients as c')
    .innerJoin('comment_rounds as cr', 'cr.id', 'c.round_id')
    .innerJoin('report_revisions as rr', 'rr.id', 'cr.revision_id')
    .select([
      'c.id',
      'c.name',
      'c.role',
      'c.areas',
      'c.general',
      'c.saved_at as savedAt',
      'c.submitted_at as submittedAt',
      'cr.campaign_id as reviewId',
      'cr.deadline',
      'rr.revision',
      'rr.status as revisionStatus',
      'rr.content',
      'rr.published_at as publishedAt',
    ])
    .where('c.token_hash', '=', hash);
  if (forUpdate) query = query.forUpdate('c');
  return query.executeTakeFirst();
}

export async function saveComments(db: Db, recipientId: string, areas: Record<string, string>, general: string, submit: boolean) {
  return db
    .updateTable('comment_recipients')
    .set({ areas: JSON.stringify(areas), general, saved_at: sql`now()`, ...(submit && { submitted_at: sql`now()` }) })
    .where('id', '=', recipientId)
    .returning(['saved_at as savedAt', 'submitted_at as submittedAt'])
    .executeTakeFirstOrThrow();
}

/**
 * Who hears that the report is out: the hospital's reader accounts and everyone who was asked to
 * comment on it, one mail per address.
 */
export async function publicationRecipients(db: Db, reviewId: string): Promise<{ email: string; reader: boolean }[]> {
  const result = await sql<{ email: string; reader: boolean }>`
    SELECT DISTINCT ON (lower(email)) email, reader FROM (
      SELECT u.email, true AS reader FROM users u JOIN campaigns c ON c.hospital_id = u.hospital_id
      WHERE c.id = ${reviewId} AND u.role = 'reader' AND u.active
      UNION ALL
      SELECT r.email, false AS reader FROM comment_recipients r JOIN comment_rounds cr ON cr.id = r.round_id
      WHERE cr.campaign_id = ${reviewId}
    ) AS everyone
    ORDER BY lower(email), reader DESC`.execute(db);
  return result.rows;
}
