/**
 * Domain errors. Services throw these; the one error handler (problem.ts) turns them into
 * RFC 9457 problem+json with the message written here, so write it for a person.
 */
export interface FieldProblem {
  field: string;
  message: string;
}

export class DomainError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
    readonly errors?: FieldProblem[],
    /** Extra members of the problem document (RFC 9457 extensions), e.g. an import's problems. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(message);
  }
}

export class NotFound extends DomainError {
  constructor(message: string) {
    super(404, 'Not Found', message);
  }
}

export class Forbidden extends DomainError {
  constructor(message = 'You do not have access to this.') {
    super(403, 'Forbidden', message);
  }
}

export class Unauthorized extends DomainError {
  constructor(message = 'Please log in.') {
    super(401, 'Unauthorized', message);
  }
}

/** The thing existed and was deleted on purpose: a retried save must not bring it back. */
export class Gone extends DomainError {
  constructor(message: string) {
    super(410, 'Gone', message);
  }
}

export class Conflict extends DomainError {
  constructor(message: string) {
    super(409, 'Conflict', message);
  }
}

/** The request is well-formed but its content breaks a rule (e.g. a survey answer out of range). */
export class Invalid extends DomainError {
  constructor(message: string, errors?: FieldProblem[]) {
    super(422, 'Unprocessable Content', message, errors);
  }
}

export class NotImplemented extends DomainError {
  constructor(message: string) {
    super(501, 'Not Implemented', message);
  }
}

/** 503 with Retry-After: the server is busy with work of this kind, not broken. */
export class Busy extends DomainError {
  constructor(message: string, readonly retryAfterSeconds: number) {
    super(503, 'Service Unavailable', message);
  }
}
