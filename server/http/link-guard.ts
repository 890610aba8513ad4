import type { RateWindows } from '../security/rate-windows.js';
import { FailureLimiter } from '../security/failures.js';
import { DomainError } from './errors.js';

/**
 * Runs a personal link's request (a survey, comment or upload link). An unknown link counts
 * against the caller's address; after 30 in 10 minutes every unknown link from there answers 429,
 * so trying tokens is slowed down. A valid link always opens: a whole clinic may sit behind one
 * hospital address, and one person mistyping must not lock out the rest (a 256-bit token cannot
 * be guessed; this only slows trying).
 */
export function guardLinks(windows: RateWindows, name: string, isUnknownLink: (error: unknown) => boolean) {
  const failures = new FailureLimiter(windows, name, 30, 10 * 60_000);
  return async <T>(ip: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      if (!isUnknownLink(error)) throw error;
      if (await failures.blocked(ip)) throw new DomainError(429, 'Too Many Requests', { code: 'link.tooManyInvalid' });
      await failures.record(ip);
      throw error;
    }
  };
}
