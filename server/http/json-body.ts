import type { FastifyInstance } from 'fastify';
import { DomainError } from './errors.js';

/**
 * No request this API takes nests deeper than a few levels (a survey answer set is an object of
 * arrays of objects), while thousands of nested arrays make serialising the body again throw.
 */
export const MAX_JSON_DEPTH = 32;

/** Whether JSON text opens more than `max` arrays or objects inside each other; one pass, no recursion. */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return true;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return false;
}

/** Fastify's own JSON parser (with its prototype-poisoning checks), refusing bodies nested too deeply first. */
export function limitJsonDepth(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepthExceeds(body as string, MAX_JSON_DEPTH)) {
      done(new DomainError(400, 'Bad Request', { code: 'request.tooDeep', params: { limit: MAX_JSON_DEPTH } }), undefined);
      return;
    }
    parse(request, body as string, done);
  });
}
