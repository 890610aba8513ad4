import { isCalendarDate, todayInSweden, calendarDaysBetween } from '../../../contract/dates.js';
import { type DocumentLinkView, type DocumentRequestBody, type ReviewDocuments } from '../../../contract/documents.js';
import { checklistPoint } from '../../../surveys/checklist.js';
import { documentCategory } from '../../../surveys/document-categories.js';
import type { Db, RootDb } from '../../db/database.js';
import { fieldProblem, Gone, Invalid, NotFound } from '../../http/errors.js';
import type { Actor } from '../../permissions.js';
import { checkDocument } from '../../files/stored-document.js';
import { hashToken, looksLikeToken, newToken } from '../../security/tokens.js';
import { recordAudit } from '../audit/repository.js';
import { queueMails } from '../mail/repository.js';
import { findReview } from '../reviews/repository.js';
import { documentRequestMail } from './mails.js';
import * as repo from './repository.js';

export const documentLink = (publicUrl: string, token: string) => `${publicUrl}/d/${token}`;

/**
 * Asks the clinic's contact for documents: a mail with a personal link. Asking again replaces the
 * request and its link (the old link stops working), e.g. when the contact changes. Returns the
 * link's token for the demo loader; the API never sends it anywhere but in the mail.
 */
export async function requestDocuments(db: RootDb, actor: Actor, reviewId: string, body: DocumentRequestBody, publicUrl: string, now: Date): Promise<string> {
  const unknown = body.categories.filter((key) => !documentCategory(key));
  if (unknown.length > 0) {
    throw new Invalid(
      { code: 'document.categoryUnknown', params: { category: unknown[0] } },
      unknown.map((category) => fieldProblem('body.categories', 'document.categoryUnknown', { category })),
    );
  }
  if (!isCalendarDate(body.deadline) || calendarDaysBetween(todayInSweden(now), body.deadline) < 0) {
    throw new Invalid({ code: 'document.deadlinePast' }, [fieldProblem('body.deadline', 'document.deadlinePast')]);
  }
  return db.transaction().execute(async (trx) => {
    const review = await findReview(trx, reviewId, true);
    if (!review) throw new NotFound({ code: 'review.notFound' });
    const { token, hash } = newToken();
    await repo.upsertRequest(trx, reviewId, { ...body, tokenHash: hash, requestedBy: actor.id });
    const mail = documentRequestMail({
      name: body.contactName,
      title: review.title,
      hospitalName: review.hospitalName,
      deadline: body.deadline,
      categories: body.categories.map((key) => documentCategory(key)!.name),
      link: documentLink(publicUrl, token),
    });
    const [mailId] = await queueMails(trx, [{ kind: 'document_request', campaignId: reviewId, recipient: body.contactEmail, ...mail }]);
    await repo.setRequestMail(trx, reviewId, mailId);
    await recordAudit(trx, {
      actorId: actor.id,
      action: 'documents_requested',
      campaignId: reviewId,
      details: { categories: body.categories, deadline: body.deadline },
    });
    return token;
  });
}

const isLate = (uploadedAt: Date, deadline: string | undefined) => deadline !== undefined && calendarDaysBetween(deadline, todayInSweden(uploadedAt)) > 0;

/** The request and every document of the review, for its inspectors. */
export async function reviewDocuments(db: Db, reviewId: string): Promise<ReviewDocuments> {
  const request = await repo.requestOf(db, reviewId);
  const documents = await repo.documentsOf(db, reviewId);
  return {
    request: request
      ? {
          categories: request.categories,
          deadline: request.deadline,
          contactName: request.contactName,
          contactEmail: request.contactEmail,
          requestedAt: request.requestedAt.toISOString(),
          mailStatus: request.mailStatus ?? null,
        }
      : null,
    documents: documents.map((d) => ({
      id: d.id,
      category: d.category,
      fileName: d.fileName,
      mediaType: d.mediaType,
      sizeBytes: d.sizeBytes,
      sha256: d.sha256.toString('hex'),
      uploadedBy: d.userName ?? d.contactName ?? '',
      throughLink: d.contactName !== null,
      uploadedAt: d.uploadedAt.toISOString(),
      late: isLate(d.uploadedAt, request?.deadline),
      points: d.points,
    })),
  };
}

/** Keeps an uploaded file, linked to its category's checklist points. */
async function keep(
  trx: Db,
  reviewId: string,
  upload: { category: string; name: string },
  bytes: Buffer,
  uploader: { userId: string } | { contactName: string },
  actorId: string | null,
  now: Date,
): Promise<string> {
  const category = documentCategory(upload.category);
  if (!category)
    throw new Invalid({ code: 'document.categoryUnknown', params: { category: upload.category } }, [
      fieldProblem('query.category', 'document.categoryUnknown', { category: upload.category }),
    ]);
  const { mediaType, sha256 } = checkDocument(upload.name, bytes);
  const documentId = await repo.insertDocument(trx, {
    reviewId,
    category: category.key,
    fileName: upload.name,
    mediaType,
    content: bytes,
    sha256,
    uploader,
    uploadedAt: now,
  });
  await repo.setPoints(trx, documentId, category.points);
  await recordAudit(trx, {
    actorId,
    action: 'document_uploaded',
    campaignId: reviewId,
    details: { documentId, category: category.key, bytes: bytes.length, through: 'userId' in uploader ? 'console' : 'link' },
  });
  return documentId;
}

export async function uploadAsInspector(
  db: RootDb,
  actor: Actor,
  reviewId: string,
  upload: { category: string; name: string },
  bytes: Buffer,
  now: Date,
): Promise<string> {
  return db.transaction().execute(async (trx) => {
    if (!(await findReview(trx, reviewId))) throw new NotFound({ code: 'review.notFound' });
    return keep(trx, reviewId, upload, bytes, { userId: actor.id }, actor.id, now);
  });
}

/** The same answer for a malformed token and an unknown one. */
export class UnknownDocumentLink extends NotFound {
  constructor() {
    super({ code: 'document.linkUnknown' });
  }
}

async function requestOfLink(db: Db, token: string) {
  if (!looksLikeToken(token)) throw new UnknownDocumentLink();
  const request = await repo.requestByToken(db, hashToken(token));
  if (!request) throw new UnknownDocumentLink();
  return request;
}

export async function openDocumentLink(db: Db, token: string): Promise<DocumentLinkView> {
  const request = await requestOfLink(db, token);
  const documents = (await repo.documentsOf(db, request.reviewId)).filter((d) => d.contactName !== null);
  return {
    reviewTitle: request.reviewTitle,
    hospitalName: request.hospitalName,
    contactName: request.contactName,
    categories: request.categories,
    deadline: request.deadline,
    open: request.reportPublishedAt === null,
    documents: documents.map((d) => ({ category: d.category, fileName: d.fileName, sizeBytes: d.sizeBytes, uploadedAt: d.uploadedAt.toISOString() })),
  };
}

/** An upload through the clinic's link: only the kinds asked for, until the report is published. */
export async function uploadThroughLink(db: RootDb, token: string, upload: { category: string; name: string }, bytes: Buffer, now: Date): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const request = await requestOfLink(trx, token);
    if (request.reportPublishedAt !== null) throw new Gone({ code: 'document.linkClosed' });
    if (!request.categories.includes(upload.category)) {
      throw new Invalid({ code: 'document.categoryNotRequested', params: { category: upload.category } }, [
        fieldProblem('query.category', 'document.categoryNotRequested', { category: upload.category }),
      ]);
    }
    return keep(trx, request.reviewId, upload, bytes, { contactName: request.contactName }, null, now);
  });
}

export async function setDocumentPoints(db: RootDb, reviewId: string, documentId: string, points: string[]): Promise<void> {
  const unknown = points.filter((p) => !checklistPoint(p));
  if (unknown.length > 0) {
    throw new Invalid(
      { code: 'document.pointUnknown', params: { point: unknown[0] } },
      unknown.map((point) => fieldProblem('body.points', 'document.pointUnknown', { point })),
    );
  }
  await db.transaction().execute(async (trx) => {
    if (!(await repo.documentExists(trx, reviewId, documentId))) throw new NotFound({ code: 'document.notFound' });
    await repo.setPoints(trx, documentId, points);
  });
}

export async function removeDocument(db: RootDb, actor: Actor, reviewId: string, documentId: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await repo.deleteDocument(trx, reviewId, documentId))) throw new NotFound({ code: 'document.notFound' });
    await recordAudit(trx, { actorId: actor.id, action: 'document_removed', campaignId: reviewId, details: { documentId } });
  });
}

export async function documentFile(db: Db, reviewId: string, documentId: string) {
  const file = await repo.documentFile(db, reviewId, documentId);
  if (!file) throw new NotFound({ code: 'document.notFound' });
  return file;
}
