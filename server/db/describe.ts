/** Human descriptions of database targets and failures, for start-up messages. */

/** host:port/database, never the password. */
export function describeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}

export function describeDatabaseError(error: unknown): string {
  const err = error as NodeJS.ErrnoException & { errors?: NodeJS.ErrnoException[] };
  const code = err.code ?? err.errors?.[0]?.code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'the database refused the connection (is PostgreSQL running at DATABASE_URL?)';
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return 'the database host in DATABASE_URL could not be found';
    case 'ETIMEDOUT':
      return 'the database did not answer in time';
    case '28P01':
    case '28000':
      return 'the database rejected the user name or password in DATABASE_URL';
    case '3D000':
      return 'the database named in DATABASE_URL does not exist';
    default:
      return err.message ?? String(error);
  }
}

const UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * Whether an error means the database is away for the moment (restarting, failing over,
 * unreachable, out of connections) rather than that the request or the code is wrong.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const err = error as { code?: unknown; message?: unknown };
  const code = typeof err.code === 'string' ? err.code : '';
  if (UNAVAILABLE_CODES.has(code) || code.startsWith('08')) return true;
  const message = typeof err.message === 'string' ? err.message : '';
  // node-postgres says these in words, without a code.
  return /^Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/.test(message);
}
