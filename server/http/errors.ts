import { problemText, type CodedProblem, type ProblemCode, type ProblemParams } from '../../contract/problem-codes.js';

/**
 * Domain errors. Services throw these; the one error handler (problem.ts) turns them into
 * RFC 9457 problem+json. Each takes a code from contract/problem-codes.ts with the parameters its
 * texts use (the compiler refuses a throw without one, or with a parameter missing): the detail
 * is written in the caller's language, the client shows the same code in its user's language, and
 * the English text stays the error's message for logs.
 */
export interface FieldProblem {
  field: string;
  /** English; the handler rewrites it in the caller's language. */
  message: string;
  code: ProblemCode;
  params?: ProblemParams;
}

export type Coded = CodedProblem;

/** The arguments after a code: its parameters, required when its texts use any. */
type ParamsFor<Code extends ProblemCode> = Extract<CodedProblem, { code: Code }> extends { params: infer P } ? [params: P] : [params?: Record<string, never>];

/** A field's problem by code, its English message written from the catalogue. */
export function fieldProblem<Code extends ProblemCode>(field: string, code: Code, ...[params]: ParamsFor<Code>): FieldProblem {
  return anyFieldProblem(field, code, params as ProblemParams | undefined);
}

/** A field's problem from a code and its parameters chosen together (`Coded`). */
export function codedFieldProblem(field: string, problem: Coded): FieldProblem {
  return anyFieldProblem(field, problem.code, problem.params);
}

/** A field's problem whose code is chosen at run time (a schema keyword's): its params are the caller's care. */
export function anyFieldProblem(field: string, code: ProblemCode, params?: ProblemParams): FieldProblem {
  return { field, message: problemText(code, params, 'en'), code, ...(params && Object.keys(params).length > 0 ? { params } : {}) };
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

  constructor(
    readonly status: number,
    readonly title: string,
    problem: Coded,
    readonly errors?: FieldProblem[],
    /** Extra members of the problem document (RFC 9457 extensions), e.g. an import's problems. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(problemText(problem.code, problem.params, 'en'));
    this.code = problem.code;
    this.params = problem.params ?? {};
  }
}

export class NotFound extends DomainError {
  constructor(problem: Coded) {
    super(404, 'Not Found', problem);
  }
}

export class Forbidden extends DomainError {
  constructor(problem: Coded = { code: 'access.forbidden' }) {
    super(403, 'Forbidden', problem);
  }
}

export class Unauthorized extends DomainError {
  constructor(problem: Coded = { code: 'auth.loginRequired' }) {
    super(401, 'Unauthorized', problem);
  }
}

/** The thing existed and was deleted on purpose: a retried save must not bring it back. */
export class Gone extends DomainError {
  constructor(problem: Coded) {
    super(410, 'Gone', problem);
  }
}

export class Conflict extends DomainError {
  constructor(problem: Coded) {
    super(409, 'Conflict', problem);
  }
}

/** The request is well-formed but its content breaks a rule (e.g. a survey answer out of range). */
export class Invalid extends DomainError {
  constructor(problem: Coded, errors?: FieldProblem[]) {
    super(422, 'Unprocessable Content', problem, errors);
  }
}

export class NotImplemented extends DomainError {
  constructor(problem: Coded) {
    super(501, 'Not Implemented', problem);
  }
}

/** 503 with Retry-After: the server is busy with work of this kind, not broken. */
export class Busy extends DomainError {
  constructor(
    problem: Coded,
    readonly retryAfterSeconds: number,
  ) {
    super(503, 'Service Unavailable', problem);
  }
}
