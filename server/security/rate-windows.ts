import { sql } from 'kysely';
import type { RootDb } from '../db/database.js';

/** A key's count in its current window, and how long that window has left. */
export interface WindowCount {
  hits: number;
  ttlMs: number;
}

/** Fixed-window counters: request limits and failed look-ups count in these. */
export interface RateWindows {
  /** Counts one hit for `key`, starting a new window when the last one has run out. */
  hit(key: string, windowMs: number): Promise<WindowCount>;
  /** The hits of `key` in its current window (0 when it has run out), without counting one. */
  count(key: string, windowMs: number): Promise<number>;
}

/**
 * Where the counters are kept: in the database when servers may share it (PostgreSQL), in the
 * process when they cannot (the embedded database's folder is locked to one server, so the one
 * process sees every request; each hit would otherwise cost a statement of PGlite's time, on the
 * path of every autosave and submission).
 */
export type RateWindowStore = 'database' | 'memory';

/**
 * Counters kept in the database, so that every server on one PostgreSQL counts together: two
 * servers behind a load balancer must not allow twice a limit. The database's clock decides, so
 * servers with drifting clocks still agree on when a window ends.
 */
export class DatabaseWindows implements RateWindows {
  private hitsSincePrune = 0;

  constructor(private readonly db: RootDb) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    if (++this.hitsSincePrune >= 1000) {
      this.hitsSincePrune = 0;
      await this.prune();
    }
    const length = sql`make_interval(secs => ${windowMs / 1000})`;
    const expired = sql`w.started_at + ${length} <= now()`;
    const { rows } = await sql<{ hits: number; ttl_ms: number }>`
      INSERT INTO rate_limit_windows AS w (key, started_at, hits) VALUES (${key}, now(), 1)
      ON CONFLICT (key) DO UPDATE SET
        started_at = CASE WHEN ${expired} THEN now() ELSE w.started_at END,
        hits = CASE WHEN ${expired} THEN 1 ELSE w.hits + 1 END
      RETURNING hits, greatest(0, ceil(extract(epoch FROM w.started_at + ${length} - now()) * 1000))::int AS ttl_ms`.execute(this.db);
    return { hits: rows[0].hits, ttlMs: rows[0].ttl_ms };
  }

  async count(key: string, windowMs: number): Promise<number> {
    const { rows } = await sql<{ hits: number }>`
      SELECT hits FROM rate_limit_windows
      WHERE key = ${key} AND started_at + make_interval(secs => ${windowMs / 1000}) > now()`.execute(this.db);
    return rows[0]?.hits ?? 0;
  }

  /** Windows older than a day are over for every limit we set; without pruning the table only grows. */
  private async prune(): Promise<void> {
    await sql`DELETE FROM rate_limit_windows WHERE started_at < now() - interval '1 day'`.execute(this.db);
  }
}

/** Counters in this process, on its monotonic clock (a clock set back must not reopen a window). */
export class MemoryWindows implements RateWindows {
  private readonly windows = new Map<string, { startedAt: number; windowMs: number; hits: number }>();
  private startedSincePrune = 0;

  constructor(private readonly now: () => number = () => performance.now()) {}

  async hit(key: string, windowMs: number): Promise<WindowCount> {
    const now = this.now();
    let window = this.windows.get(key);
    if (!window || window.startedAt + windowMs <= now) {
      if (++this.startedSincePrune >= 10_000) this.prune(now);
      window = { startedAt: now, windowMs, hits: 0 };
      this.windows.set(key, window);
    }
    window.hits++;
    return { hits: window.hits, ttlMs: Math.ceil(window.startedAt + windowMs - now) };
  }

  async count(key: string, windowMs: number): Promise<number> {
    const window = this.windows.get(key);
    return window && window.startedAt + windowMs > this.now() ? window.hits : 0;
  }

  /** Windows that have run out, as the database's prune: without it every address and link ever seen stays. */
  private prune(now: number): void {
    this.startedSincePrune = 0;
    for (const [key, window] of this.windows) if (window.startedAt + window.windowMs <= now) this.windows.delete(key);
  }
}

/**
 * A store for @fastify/rate-limit that counts in `RateWindows`. The plugin makes one child store
 * per route, so each route's limit has its own keys. A key over its limit stays over until its
 * window ends, so this server answers it from memory until then: a flood of refused requests
 * costs the database nothing, which keeps it free for everyone else.
 */
export function rateLimitStore(windows: RateWindows) {
  return class DatabaseStore {
    private readonly over = new Map<string, { hits: number; until: number }>();

    constructor(
      _options?: unknown,
      private readonly prefix = '',
    ) {}

    // The plugin calls incr(key, done, timeWindow, max); its type declaration omits the last two.
    incr(key: string, done: (error: Error | null, result?: { current: number; ttl: number }) => void, ...[timeWindow, max]: number[]): void {
      const now = Date.now();
      const known = this.over.get(key);
      if (known && known.until > now) {
        known.hits++;
        done(null, { current: known.hits, ttl: known.until - now });
        return;
      }
      this.over.delete(key);
      windows.hit(`${this.prefix}${key}`, timeWindow!).then(
        ({ hits, ttlMs }) => {
          if (hits > max!) this.remember(key, hits, now + ttlMs);
          done(null, { current: hits, ttl: ttlMs });
        },
        (error: Error) => done(error),
      );
    }

    // At run time the plugin passes the route's merged limit with the route as `routeInfo`.
    child(options: object) {
      const { method, url } = (options as { routeInfo: { method: string | string[]; url: string } }).routeInfo;
      return new DatabaseStore(undefined, `${String(method)} ${url}|`);
    }

    private remember(key: string, hits: number, until: number): void {
      if (this.over.size >= 10_000) {
        const now = Date.now();
        for (const [k, v] of this.over) if (v.until <= now) this.over.delete(k);
        if (this.over.size >= 10_000) this.over.clear();
      }
      this.over.set(key, { hits, until });
    }
  };
}
