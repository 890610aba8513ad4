import { Type, type Static } from '@sinclair/typebox';
import { Body, Email, Id } from './common.js';
import { CalendarDate, PointId } from './domain.js';

/**
 * The documents a clinic sends before the site visit: the inspectors ask for kinds of document by
 * a deadline, the clinic's contact uploads them through a personal link, the inspectors through
 * the console. Only the review's inspectors and admins ever read them.
 */

const CategoryKey = Type.String({ pattern: '^[a-z][a-z-]{0,59}$', description: 'a document category’s key (surveys/document-categories.ts)' });

export const DocumentRequestBody = Body({
  categories: Type.Array(CategoryKey, { minItems: 1, maxItems: 40, uniqueItems: true }),
  deadline: CalendarDate,
  contactName: Type.String({ minLength: 1, maxLength: 200 }),
  contactEmail: Email,
});
export type DocumentRequestBody = Static<typeof DocumentRequestBody>;

export const DocumentRequest = Type.Object({
  categories: Type.Array(Type.String()),
  deadline: CalendarDate,
  contactName: Type.String(),
  contactEmail: Type.String(),
  requestedAt: Type.String({ format: 'date-time' }),
  mailStatus: Type.Union([Type.String(), Type.Null()]),
});
export type DocumentRequest = Static<typeof DocumentRequest>;

export const ReviewDocument = Type.Object({
  id: Id,
  category: Type.String(),
  fileName: Type.String(),
  mediaType: Type.String(),
  sizeBytes: Type.Integer(),
  sha256: Type.String({ description: 'hex' }),
  uploadedBy: Type.String({ description: 'the account’s name, or the clinic contact’s' }),
  throughLink: Type.Boolean({ description: 'uploaded by the clinic’s contact through the personal link' }),
  uploadedAt: Type.String({ format: 'date-time' }),
  late: Type.Boolean({ description: 'uploaded after the request’s deadline' }),
  points: Type.Array(Type.String()),
});
export type ReviewDocument = Static<typeof ReviewDocument>;

export const ReviewDocuments = Type.Object({
  request: Type.Union([DocumentRequest, Type.Null()]),
  documents: Type.Array(ReviewDocument),
});
export type ReviewDocuments = Static<typeof ReviewDocuments>;

/** An upload's description travels in the query; the body is the file itself. */
export const UploadQuery = Body({
  category: CategoryKey,
  name: Type.String({ minLength: 1, maxLength: 255, description: 'the file’s name as the uploader had it' }),
});

export const DocumentPointsBody = Body({ points: Type.Array(PointId, { maxItems: 60, uniqueItems: true }) });

export const DocumentParams = Body({ id: Id, documentId: Id });
export const DocumentToken = Body({ token: Type.String({ maxLength: 100 }) });

/** What the clinic's link opens: the request and what has been sent through it so far. */
export const DocumentLinkView = Type.Object({
  reviewTitle: Type.String(),
  hospitalName: Type.String(),
  contactName: Type.String(),
  categories: Type.Array(Type.String()),
  deadline: CalendarDate,
  open: Type.Boolean({ description: 'uploads are taken until the report is published; after the deadline they are marked late' }),
  documents: Type.Array(
    Type.Object({ category: Type.String(), fileName: Type.String(), sizeBytes: Type.Integer(), uploadedAt: Type.String({ format: 'date-time' }) }),
  ),
});
export type DocumentLinkView = Static<typeof DocumentLinkView>;

/** The most one file may be. */
export const DOCUMENT_MAX_BYTES = 25 * 1024 * 1024;
