import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../../contract/problem.js';
import { isDatabaseUnavailable } from '../db/describe.js';
import { Busy, DomainError, type FieldProblem } from './errors.js';

const PROBLEM_TYPE_BASE = 'https://spur.example/problems/';

/** The one error handler: every error leaves as application/problem+json. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      if (error instanceof Busy) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendProblem(reply, request, error.status, error.title, error.message, error.errors, error.extensions);
    }
    if (error.validation) {
      const errors = error.validation.map((v) => toFieldProblem(error.validationContext ?? 'body', v));
      const detail = `The request is not valid: ${errors.map((e) => `${e.field} ${e.message}`).join('; ')}.`;
      return sendProblem(reply, request, 400, 'Bad Request', detail, errors);
    }
    if (isUnstorableText(error)) {
      return sendProblem(
        reply,
        request,
        400,
        'Bad Request',
        'The request contains a character that cannot be stored: a NUL character (U+0000) or half of a UTF-16 surrogate pair. Remove it and try again.',
      );
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, request, status, titleFor(status), clientMessage(error));
    }
    if (isDatabaseUnavailable(error)) {
      // Not a bug: the database is restarting or unreachable. 503 tells clients to try again.
      request.log.warn({ code: (error as { code?: string }).code, reason: error.message, reqId: request.id }, 'database unavailable');
      reply.header('retry-after', '5');
      return sendProblem(
        reply,
        request,
        503,
        'Service Unavailable',
        'The service cannot reach its database right now (it may be restarting). Try again in a few seconds.',
      );
    }
    request.log.error({ err: error, reqId: request.id }, 'unhandled error');
    return sendProblem(
      reply,
      request,
      500,
      'Internal Server Error',
      `Something went wrong on our side. Quote request id ${request.id} if you contact support.`,
    );
  });
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  title: string,
  detail: string,
  errors?: FieldProblem[],
  extensions?: Record<string, unknown>,
): FastifyReply {
  const body: Problem & Record<string, unknown> = {
    ...extensions,
    type: PROBLEM_TYPE_BASE + title.toLowerCase().replace(/\s+/g, '-'),
    title,
    status,
    detail,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply.code(status).type('application/problem+json; charset=utf-8').send(body);
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

function toFieldProblem(context: string, v: AjvError): FieldProblem {
  const path = v.instancePath.split('/').filter(Boolean).join('.');
  const base = path ? `${context}.${path}` : context;
  switch (v.keyword) {
    case 'required':
      return { field: `${base === context ? context : base}.${String(v.params.missingProperty)}`, message: 'is required' };
    case 'additionalProperties':
      return { field: `${base}.${String(v.params.additionalProperty)}`, message: 'is not a known field' };
    default:
      return { field: base, message: v.message ?? 'is not valid' };
  }
}

/**
 * PostgreSQL cannot store U+0000 in text (22021) or jsonb (22P05), nor a lone UTF-16 surrogate
 * escape in jsonb (22P02, "Unicode low surrogate must follow a high surrogate"). JSON allows all
 * of them, so validation lets them through: the caller's input, not a bug of ours.
 */
function isUnstorableText(error: FastifyError & { detail?: string }): boolean {
  return error.code === '22021' || error.code === '22P05' || (error.code === '22P02' && /surrogate/i.test(error.detail ?? ''));
}

/** Fastify's own 4xx messages are written for developers; these are the ones people meet. */
function clientMessage(error: FastifyError): string {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return 'The request body is not valid JSON.';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'This content type is not accepted here; send application/json.';
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'The request body is too large.';
    default:
      return error.message;
  }
}

function titleFor(status: number): string {
  const titles: Record<number, string> = {
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    406: 'Not Acceptable',
    409: 'Conflict',
    413: 'Content Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Content',
    429: 'Too Many Requests',
  };
  return titles[status] ?? 'Bad Request';
}
