import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** Asks for documents, replacing an earlier request of the review (and so its link). */
export async function upsertRequest(
  db: Db,
  reviewId: string,
  request: { categories: string[]; deadline: string; contactName: string; contactEmail: string; tokenHash: Buffer; requestedBy: string },
): Promise<void> {
  const values = {
    categories: request.categories,
    deadline: request.deadline,
    contact_name: request.contactName,
    contact_email: request.contactEmail,
    token_hash: request.tokenHash,
    mail_id: null,
    requested_by: request.requestedBy,
    requested_at: sql<Date>`now()`,
  };
  await db
    .insertInto('document_requests')
    .values({ campaign_id: reviewId, ...values })
    .onConflict((oc) => oc.column('campaign_id').doUpdateSet(values))
    .execute();
}

export async function setRequestMail(db: Db, reviewId: string, mailId: string): Promise<void> {
  await db.updateTable('document_requests').set({ mail_id: mailId }).where('campaign_id', '=', reviewId).execute();
}

export function requestOf(db: Db, reviewId: string) {
  return db
    .selectFrom('document_requests as r')
    .leftJoin('mails as m', 'm.id', 'r.mail_id')
    .select([
      'r.categories',
      'r.deadline',
      'r.contact_name as contactName',
      'r.contact_email as contactEmail',
      'r.requested_at as requestedAt',
      'm.status as mailStatus',
    ])
    .where('r.campaign_id', '=', reviewId)
    .executeTakeFirst();
}

/** The request a clinic's link belongs to, with what its page shows. */
export function requestByToken(db: Db, tokenHash: Buffer) {
  return db
    .selectFrom('document_requests as r')
    .innerJoin('campaigns as c', 'c.id', 'r.campaign_id')
    .innerJoin('hospitals as h', 'h.id', 'c.hospital_id')
    .select([
      'r.campaign_id as reviewId',
      'r.categories',
      'r.deadline',
      'r.contact_name as contactName',
      'c.title as reviewTitle',
      'h.name as hospitalName',
      'c.report_published_at as reportPublishedAt',
    ])
    .where('r.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function insertDocument(
  db: Db,
  document: {
    reviewId: string;
    category: string;
    fileName: string;
    mediaType: string;
    content: Buffer;
    sha256: Buffer;
    uploader: { userId: string } | { contactName: string };
    uploadedAt: Date;
  },
): Promise<string> {
  const row = await db
    .insertInto('review_documents')
    .values({
      campaign_id: document.reviewId,
      category: document.category,
      file_name: document.fileName,
      media_type: document.mediaType,
      size_bytes: document.content.length,
      sha256: document.sha256,
      content: document.content,
      uploaded_by: 'userId' in document.uploader ? document.uploader.userId : null,
      uploaded_by_contact: 'contactName' in document.uploader ? document.uploader.contactName : null,
      uploaded_at: document.uploadedAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function setPoints(db: Db, documentId: string, points: readonly string[]): Promise<void> {
  await db.deleteFrom('review_document_points').where('document_id', '=', documentId).execute();
  if (points.length > 0)
    await db
      .insertInto('review_document_points')
      .values(points.map((point_id) => ({ document_id: documentId, point_id })))
      .execute();
}

/** The review's documents without their content, newest first. */
export function documentsOf(db: Db, reviewId: string) {
  return db
    .selectFrom('review_documents as d')
    .leftJoin('users as u', 'u.id', 'd.uploaded_by')
    .select([
      'd.id',
      'd.category',
      'd.file_name as fileName',
      'd.media_type as mediaType',
      'd.size_bytes as sizeBytes',
      'd.sha256',
      'd.uploaded_at as uploadedAt',
      'd.uploaded_by_contact as contactName',
      'u.name as userName',
      sql<string[]>`coalesce((SELECT array_agg(p.point_id ORDER BY p.point_id) FROM review_document_points p WHERE p.document_id = d.id), '{}')`.as('points'),
    ])
    .where('d.campaign_id', '=', reviewId)
    .orderBy('d.uploaded_at', 'desc')
    .orderBy('d.id', 'desc')
    .execute();
}

export function documentFile(db: Db, reviewId: string, documentId: string) {
  return db
    .selectFrom('review_documents')
    .select(['file_name as fileName', 'media_type as mediaType', 'content'])
    .where('campaign_id', '=', reviewId)
    .where('id', '=', documentId)
    .executeTakeFirst();
}

export async function documentExists(db: Db, reviewId: string, documentId: string): Promise<boolean> {
  return (
    (await db.selectFrom('review_documents').select('id').where('campaign_id', '=', reviewId).where('id', '=', documentId).executeTakeFirst()) !== undefined
  );
}

export async function deleteDocument(db: Db, reviewId: string, documentId: string): Promise<boolean> {
  const result = await db.deleteFrom('review_documents').where('campaign_id', '=', reviewId).where('id', '=', documentId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
