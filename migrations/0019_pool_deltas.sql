-- Issue 22: submissions at half the database's speed. Every submission of a month and role used to
-- update the same ~60 rows of each pool count table and hold their locks until it committed, so 20
-- respondents submitting at once waited on one another (Lock:transactionid). A submission now
-- appends its pool changes here (one insert, no shared row touched) and
-- server/features/benchmark/deltas.ts folds them into the count tables: on a job's beat, and in the
-- transaction of anything that reads the counts (a closing review, a kept window's refresh), so
-- every reader sees every committed answer (docs/pool.md).
--
-- One row per answer counted: `value` is null for a statement on the agreement scale (answered and
-- agreeing add to the agreement counts) and the value for a numeric item (answered adds to that
-- value's count). An edit appends −1 rows for the answers it replaces.
CREATE TABLE pool_deltas (
  id             bigserial PRIMARY KEY,
  month          date NOT NULL CHECK (extract(day FROM month) = 1),
  hospital_code  text NOT NULL,
  unit_key       text NOT NULL,
  role           role_code NOT NULL,
  item_id        text NOT NULL,
  value          numeric CHECK (value >= 0),
  answered       integer NOT NULL CHECK (answered IN (-1, 1)),
  agreeing       integer NOT NULL CHECK (agreeing IN (-1, 0, 1) AND (value IS NULL OR agreeing = 0))
);
