import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { DOCUMENT_MAX_BYTES } from '../../contract/documents.js';
import { DomainError, Invalid } from '../http/errors.js';
import { documentType, DOCUMENT_MEDIA_TYPES } from './document-type.js';

/**
 * What every document kept in the database shares, whoever owns it (a review's documents before
 * the visit, a leadership programme's own description): one check of what a file may be, one
 * fingerprint, one way to hand it back. Each owner keeps its files in its own table.
 */

/** A file as it may be kept, with what is stored beside its bytes. */
export interface CheckedDocument {
  mediaType: string;
  sha256: Buffer;
}

/**
 * Not empty, at most 25 MB, and by its content one of the allowed kinds (the name and the
 * claimed type are not trusted).
 */
export function checkDocument(fileName: string, bytes: Buffer): CheckedDocument {
  if (bytes.length === 0) throw new Invalid({ code: 'document.empty' });
  if (bytes.length > DOCUMENT_MAX_BYTES) throw new DomainError(413, 'Content Too Large', { code: 'document.tooLarge' });
  const type = documentType(bytes);
  if (!type) throw new DomainError(415, 'Unsupported Media Type', { code: 'document.typeNotAllowed', params: { name: fileName } });
  return { mediaType: DOCUMENT_MEDIA_TYPES[type], sha256: createHash('sha256').update(bytes).digest() };
}

/**
 * An upload's body is the file itself, whatever type the browser claims (its content decides).
 * Registered inside the plugin that takes uploads, so JSON routes elsewhere are unaffected.
 */
export function acceptFileBodies(app: FastifyInstance): void {
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: DOCUMENT_MAX_BYTES }, (_request, body, done) => done(null, body));
}

/** No body at all arrives as undefined: an empty file, which `checkDocument` refuses with its own message. */
export const bodyBytes = (body: unknown): Buffer => (Buffer.isBuffer(body) ? body : Buffer.alloc(0));

/** `filename*` carries the real name (å, ä, ö); `filename` an ASCII stand-in for old clients. */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/**
 * A kept file, always as a download and never shown inline, so a document cannot run as a page
 * of this site whatever it holds.
 */
export function sendDocument(reply: FastifyReply, file: { fileName: string; mediaType: string; content: Buffer }) {
  return reply
    .type(file.mediaType)
    .header('content-disposition', attachment(file.fileName))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
