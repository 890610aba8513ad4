import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { IdParams, Ok } from '../../../contract/common.js';
import {
  DocumentLinkView,
  DocumentParams,
  DocumentPointsBody,
  DocumentRequestBody,
  DocumentToken,
  ReviewDocuments,
  UploadQuery,
} from '../../../contract/documents.js';
import { Problem } from '../../../contract/problem.js';
import { acceptFileBodies, bodyBytes, sendDocument } from '../../files/stored-document.js';
import { guardLinks, perLinkLimit } from '../../http/link-guard.js';
import { ANY_REVIEW, requireReviewManager } from '../reviews/guard.js';
import {
  documentFile,
  openDocumentLink,
  removeDocument,
  requestDocuments,
  reviewDocuments,
  setDocumentPoints,
  UnknownDocumentLink,
  uploadAsInspector,
  uploadThroughLink,
} from './service.js';

const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem, 409: Problem, 410: Problem, 413: Problem, 415: Problem, 422: Problem, 429: Problem };
const Created = Type.Object({ id: Type.String() });

/**
 * Documents before the visit. Only the review's inspectors (and admins) read them; the clinic's
 * contact uploads through a personal link. A file is always served as a download, never shown
 * inline, so a document cannot run as a page of this site whatever it holds.
 */
export const documentRoutes: FastifyPluginAsyncTypebox = async (app) => {
  acceptFileBodies(app);

  app.get(
    '/reviews/:id/documents',
    {
      schema: {
        summary: 'The request for documents and every document received (inspectors and admins)',
        tags: ['documents'],
        params: IdParams,
        response: { 200: ReviewDocuments, ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      return reviewDocuments(app.db, request.params.id);
    },
  );

  app.put(
    '/reviews/:id/documents/request',
    {
      schema: {
        summary: 'Ask the clinic’s contact for documents by a deadline: a mail with a personal upload link (asking again replaces the contact and the link)',
        tags: ['documents'],
        params: IdParams,
        body: DocumentRequestBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const actor = await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      await requestDocuments(app.db, actor, request.params.id, request.body, app.runtime.config.publicUrl, app.now());
      return { ok: true as const };
    },
  );

  app.post(
    '/reviews/:id/documents',
    {
      schema: {
        summary: 'Upload a document (the body is the file; PDF, DOCX, XLSX, ODT, PNG or JPEG by content; at most 25 MB)',
        tags: ['documents'],
        params: IdParams,
        querystring: UploadQuery,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const actor = await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      const id = await uploadAsInspector(app.db, actor, request.params.id, request.query, bodyBytes(request.body), app.now());
      return reply.status(201).send({ id });
    },
  );

  app.get(
    '/reviews/:id/documents/:documentId',
    { schema: { summary: 'Download a document (always as an attachment)', tags: ['documents'], params: DocumentParams } },
    async (request, reply) => {
      await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      const file = await documentFile(app.db, request.params.id, request.params.documentId);
      return sendDocument(reply, file);
    },
  );

  app.put(
    '/reviews/:id/documents/:documentId/points',
    {
      schema: {
        summary: 'The checklist points a document is evidence for',
        tags: ['documents'],
        params: DocumentParams,
        body: DocumentPointsBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      await setDocumentPoints(app.db, request.params.id, request.params.documentId, request.body.points);
      return { ok: true as const };
    },
  );

  app.delete(
    '/reviews/:id/documents/:documentId',
    { schema: { summary: 'Remove a document', tags: ['documents'], params: DocumentParams, response: { 200: Ok, ...errors } } },
    async (request) => {
      const actor = await requireReviewManager(app.db, request, request.params.id, ANY_REVIEW);
      await removeDocument(app.db, actor, request.params.id, request.params.documentId);
      return { ok: true as const };
    },
  );

  const withLink = guardLinks(app.rateWindows, 'unknown-document-link', (error) => error instanceof UnknownDocumentLink);
  const rateLimit = perLinkLimit();

  app.get(
    '/documents/:token',
    {
      config: { rateLimit },
      schema: {
        summary: 'What a clinic’s upload link opens: the request and what was sent through it',
        tags: ['documents'],
        params: DocumentToken,
        response: { 200: DocumentLinkView, ...errors },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return withLink(request.ip, () => openDocumentLink(app.db, request.params.token));
    },
  );

  app.post(
    '/documents/:token',
    {
      config: { rateLimit },
      schema: {
        summary: 'Upload a document through the clinic’s link (one of the categories asked for)',
        tags: ['documents'],
        params: DocumentToken,
        querystring: UploadQuery,
        response: { 201: Created, ...errors },
      },
    },
    async (request, reply) => {
      const id = await withLink(request.ip, () => uploadThroughLink(app.db, request.params.token, request.query, bodyBytes(request.body), app.now()));
      return reply.status(201).send({ id });
    },
  );
};
