import { problemText, type ProblemCode, type ProblemParams } from '../../contract/problem-codes.js';

/**
 * Domain errors. Services throw these; the one error handler (problem.ts) turns them into
 * RFC 9457 problem+json. Give a code from contract/problem-codes.ts (its text exists in Swedish
 * and English, and the client shows it in its user's language); a plain English message still
 * works (it stays the detail, in English) and carries the status's general code, which the client
 * shows in its user's language.
 */
export interface FieldProblem {
  field: string;
  /** English; the handler rewrites it in the caller's language when there is a code. */
  message: string;
  code?: ProblemCode;
  params?: ProblemParams;
}

export interface Coded {
  code: ProblemCode;
  params?: ProblemParams;
}

/** A field's problem by code, its English message written from the catalogue. */
export function fieldProblem(field: string, code: ProblemCode, params?: ProblemParams): FieldProblem {
  return { field, message: problemText(code, params, 'en'), code, ...(params ? { params } : {}) };
}

const GENERIC_CODES: Record<number, ProblemCode> = {
  400: 'problem.badRequest',
  401: 'problem.unauthorized',
  403: 'problem.forbidden',
  404: 'problem.notFound',
  409: 'problem.conflict',
  410: 'problem.gone',
  413: 'problem.tooLarge',
  415: 'problem.unsupportedType',
  422: 'problem.invalid',
  429: 'problem.tooManyRequests',
  501: 'problem.notImplemented',
  503: 'problem.busy',
};

/** The general code of a status, for a problem that has none of its own. */
export function genericCode(status: number): ProblemCode {
  return GENERIC_CODES[status] ?? (status >= 500 ? 'problem.internal' : 'problem.badRequest');
}

export class DomainError extends Error {
  readonly code: ProblemCode;
  readonly params: ProblemParams;
  /** False for an error given only an English message: its code is the status's general one. */
  readonly coded: boolean;

  constructor(
    readonly status: number,
    readonly title: string,
    message: string | Coded,
    readonly errors?: FieldProblem[],
    /** Extra members of the problem document (RFC 9457 extensions), e.g. an import's problems. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(typeof message === 'string' ? message : problemText(message.code, message.params, 'en'));
    this.coded = typeof message !== 'string';
    this.code = typeof message === 'string' ? genericCode(status) : message.code;
    this.params = typeof message === 'string' ? {} : (message.params ?? {});
  }
}

export class NotFound extends DomainError {
  constructor(message: string | Coded) {
    super(404, 'Not Found', message);
  }
}

export class Forbidden extends DomainError {
  constructor(message: string | Coded = { code: 'access.forbidden' }) {
    super(403, 'Forbidden', message);
  }
}

export class Unauthorized extends DomainError {
  constructor(message: string | Coded = { code: 'auth.loginRequired' }) {
    super(401, 'Unauthorized', message);
  }
}

/** The thing existed and was deleted on purpose: a retried save must not bring it back. */
export class Gone extends DomainError {
  constructor(message: string | Coded) {
    super(410, 'Gone', message);
  }
}

export class Conflict extends DomainError {
  constructor(message: string | Coded) {
    super(409, 'Conflict', message);
  }
}

/** The request is well-formed but its content breaks a rule (e.g. a survey answer out of range). */
export class Invalid extends DomainError {
  constructor(message: string | Coded, errors?: FieldProblem[]) {
    super(422, 'Unprocessable Content', message, errors);
  }
}

export class NotImplemented extends DomainError {
  constructor(message: string | Coded) {
    super(501, 'Not Implemented', message);
  }
}

/** 503 with Retry-After: the server is busy with work of this kind, not broken. */
export class Busy extends DomainError {
  constructor(message: string | Coded, readonly retryAfterSeconds: number) {
    super(503, 'Service Unavailable', message);
  }
}
