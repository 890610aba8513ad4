import pg from 'pg';

// A DATE column means a calendar day (a review's closing date), not an instant: keep the
// 'YYYY-MM-DD' text instead of letting pg turn it into a Date at local midnight.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);

/** Pool settings shared by the app and scripts. */
export function poolOptions(connectionString: string, embedded: boolean): pg.PoolConfig {
  return {
    connectionString,
    // The embedded database serves at most EMBEDDED_MAX_CONNECTIONS sockets, shared with the job queue.
    max: embedded ? 7 : 20,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  };
}
