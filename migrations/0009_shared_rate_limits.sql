-- Rate limits and the failed-link counter, shared by every server on one database: counted in
-- each process, two servers behind a load balancer allowed twice the limit. One row per key
-- (route and address or account) and its current window. Unlogged: after a crash of the database
-- the counts start again from zero, which is harmless, and writes skip the WAL.
CREATE UNLOGGED TABLE rate_limit_windows (
  key text PRIMARY KEY,
  started_at timestamptz NOT NULL,
  hits integer NOT NULL CHECK (hits > 0)
);
CREATE INDEX rate_limit_windows_started_at_idx ON rate_limit_windows (started_at);
