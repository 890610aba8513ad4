import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../../contract/problem.js';
import { isDatabaseUnavailable } from '../db/describe.js';
import { languageFromHeader, problemText, type ProblemCode, type ProblemLanguage, type ProblemParams } from '../../contract/problem-codes.js';
import { keywordCode } from '../../contract/field-check.js';
import { anyFieldProblem, Busy, DomainError, genericCode, type Coded, type FieldProblem } from './errors.js';

const PROBLEM_TYPE_BASE = 'https://spur.example/problems/';

/** The one error handler: every error leaves as application/problem+json, its detail in the caller's language. */
export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const language = languageFromHeader(request.headers['accept-language']);
    if (error instanceof DomainError) {
      if (error instanceof Busy) reply.header('retry-after', String(error.retryAfterSeconds));
      return sendProblem(
        reply,
        request,
        error.status,
        error.title,
        coded(error.code, language, error.params),
        localise(error.errors, language),
        error.extensions,
      );
    }
    if (error.validation) {
      const errors = localise(
        error.validation.map((v) => toFieldProblem(error.validationContext ?? 'body', v)),
        language,
      );
      // API callers get the fields named in the detail; the client shows each message by its field instead.
      const listed = (errors ?? []).map((e) => `${e.field}: ${e.message}`).join('; ');
      const detail = `${problemText('request.invalid', {}, language)} (${listed})`;
      return sendProblem(reply, request, 400, 'Bad Request', { code: 'request.invalid', detail }, errors);
    }
    if (isUnstorableText(error)) {
      return sendProblem(reply, request, 400, 'Bad Request', coded('request.unstorableText', language));
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return sendProblem(reply, request, status, titleFor(status), clientProblem(error, status, language));
    }
    if (isDatabaseUnavailable(error)) {
      // Not a bug: the database is restarting or unreachable. 503 tells clients to try again.
      request.log.warn({ code: (error as { code?: string }).code, reason: error.message, reqId: request.id }, 'database unavailable');
      reply.header('retry-after', '5');
      return sendProblem(reply, request, 503, 'Service Unavailable', coded('problem.unavailable', language));
    }
    request.log.error({ err: error, reqId: request.id }, 'unhandled error');
    return sendProblem(reply, request, 500, 'Internal Server Error', coded('problem.internal', language, { requestId: String(request.id) }));
  });
}

interface ProblemText {
  code: ProblemCode;
  params?: ProblemParams;
  detail: string;
}

function coded(code: ProblemCode, language: ProblemLanguage, params?: ProblemParams): ProblemText {
  return { code, params, detail: problemText(code, params, language) };
}

function localise(errors: FieldProblem[] | undefined, language: ProblemLanguage): FieldProblem[] | undefined {
  return errors?.map((e) => ({ ...e, message: problemText(e.code, e.params, language) }));
}

/** A problem by code, its detail in the caller's language: the router's own answers (an unknown address, say). */
export function sendCodedProblem(reply: FastifyReply, request: FastifyRequest, status: number, title: string, problem: Coded): FastifyReply {
  return sendProblem(reply, request, status, title, coded(problem.code, languageFromHeader(request.headers['accept-language']), problem.params));
}

export function sendProblem(
  reply: FastifyReply,
  request: FastifyRequest,
  status: number,
  title: string,
  { code, params, detail }: ProblemText,
  errors?: FieldProblem[],
  extensions?: Record<string, unknown>,
): FastifyReply {
  const body: Problem & Record<string, unknown> = {
    ...extensions,
    type: PROBLEM_TYPE_BASE + title.toLowerCase().replace(/\s+/g, '-'),
    title,
    status,
    code,
    ...(params && Object.keys(params).length > 0 ? { params } : {}),
    detail,
    instance: request.url.split('?')[0],
    requestId: String(request.id),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
  return reply
    .code(status)
    .header('content-language', languageFromHeader(request.headers['accept-language']))
    .type('application/problem+json; charset=utf-8')
    .send(body);
}

interface AjvError {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Codes of a field's problem where a general one would be vague, by the field's name and the schema keyword. */
const FIELD_CODES: Record<string, ProblemCode> = {
  'unitIds/minItems': 'review.units.empty',
};

/** An AJV error as a field problem with a code: no schema wording, no JSON pointer. */
export function toFieldProblem(context: string, v: AjvError): FieldProblem {
  const path = v.instancePath.split('/').filter(Boolean);
  const named =
    v.keyword === 'required'
      ? [...path, String(v.params.missingProperty)]
      : v.keyword === 'additionalProperties'
        ? [...path, String(v.params.additionalProperty)]
        : path;
  const field = [context, ...named].join('.');
  const name = [...named].reverse().find((segment) => !/^\d+$/.test(segment)) ?? context;
  const code = FIELD_CODES[`${name}/${v.keyword}`] ?? keywordCode({ keyword: v.keyword, ...v.params });
  const limit = v.params.limit;
  return anyFieldProblem(field, code, { field: name, ...(typeof limit === 'number' ? { limit } : {}) });
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
function clientProblem(error: FastifyError, status: number, language: ProblemLanguage): ProblemText {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return coded('request.invalidJson', language);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return coded('problem.unsupportedType', language);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return coded('problem.tooLarge', language);
    default:
      // A plugin's own message (a rate limit's, say): English, with the status's general code for the client.
      return coded(genericCode(status), language);
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
