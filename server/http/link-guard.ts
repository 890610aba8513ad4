import type { FastifyRequest } from 'fastify';
import type { RateWindows } from '../security/rate-windows.js';
import { FailureLimiter } from '../security/failures.js';
import { hashToken, looksLikeToken } from '../security/tokens.js';
import { DomainError } from './errors.js';

/**
 * The request limit of a personal link's routes, counted per link rather than per address: a
 * whole clinic answers from behind one hospital address (300 people opening their link at 9:00
 * and autosaving every 2 seconds at most, autosave.ts), and no number per address both lets them
 * all in and stops one client hammering. One person's link needs ~30 requests a minute at most;
 * 120 leave room for reloads and retries. Unknown links are limited per address by `guardLinks`;
 * what does not even look like a link is counted per address here (refused without a look-up).
 * Links are counted by their hash, as they are stored.
 */
export function perLinkLimit(max = 120) {
  return {
    max,
    timeWindow: '1 minute',
    keyGenerator: (request: FastifyRequest) => {
      const token = (request.params as { token?: unknown }).token;
      return typeof token === 'string' && looksLikeToken(token) ? `link:${hashToken(token).toString('base64url')}` : `address:${request.ip}`;
    },
  };
}

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
