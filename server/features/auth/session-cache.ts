import type { SessionUser } from './repository.js';

/** How long a resolved session is trusted without asking the database again. */
export const SESSION_CACHE_MS = 1000;
const MAX_ENTRIES = 10_000;

/**
 * Sessions resolved in the last second. One reader flooding a rate-limited route otherwise costs
 * a database lookup per refused request, and on the embedded database every lookup waits its
 * turn with everyone else's queries. Any change to a session or an account made by this process
 * empties the cache at once; another server on the same database honours a revoked session for
 * at most `SESSION_CACHE_MS` (docs/operations.md).
 */
class SessionCache {
  private readonly entries = new Map<string, { user: SessionUser | undefined; until: number }>();

  async resolve(key: string, lookup: () => Promise<SessionUser | undefined>): Promise<SessionUser | undefined> {
    const now = Date.now();
    const known = this.entries.get(key);
    if (known && known.until > now) return known.user;
    const user = await lookup();
    if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
    this.entries.set(key, { user, until: now + SESSION_CACHE_MS });
    return user;
  }

  forgetAll(): void {
    this.entries.clear();
  }
}

export const sessionCache = new SessionCache();
