import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactUrl } from '../../server/http/redact.js';

const TOKEN = fc.stringMatching(/^[A-Za-z0-9_-]{43}$/);
const PAGES_WITH_A_TOKEN = ['/s/', '/api/respond/', '/c/', '/api/comments/', '/d/', '/api/documents/'];

describe('no personal link in a logged URL', () => {
  it('takes the token out of every path that carries one, with whatever follows it', () => {
    fc.assert(
      fc.property(
        TOKEN,
        fc.constantFrom(...PAGES_WITH_A_TOKEN),
        fc.constantFrom('', '/draft', '/submit', '?category=schedules&name=a.pdf'),
        (token, page, rest) => {
          const logged = redactUrl(`${page}${token}${rest}`);
          expect(logged).toBe(`${page}[token]${rest}`);
          expect(logged).not.toContain(token.slice(0, 12));
        },
      ),
    );
  });

  it('leaves paths without a token alone', () => {
    for (const url of ['/api/reviews/12/documents/3', '/api/health', '/reviews/12/report', '/documents']) expect(redactUrl(url)).toBe(url);
  });
});
