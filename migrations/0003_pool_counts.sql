-- The national pool as counts kept in the same transaction as every submission (and import), so
-- a benchmark reads a few thousand count rows instead of scanning every answer ever given, and
-- its cost grows with statements × months, not with answers. Keys are codes, not ids, because
-- imported historic answers name hospitals and units the platform may not have.
--
-- The pool share of a statement without one hospital is the total minus that hospital:
-- pool_month_totals minus its rows in pool_hospital_counts.

CREATE TABLE pool_month_totals (
  month     date NOT NULL CHECK (extract(day FROM month) = 1),
  role      role_code NOT NULL,
  item_id   text NOT NULL,
  answered  integer NOT NULL CHECK (answered >= 0),
  agreeing  integer NOT NULL CHECK (agreeing BETWEEN 0 AND answered),
  PRIMARY KEY (month, role, item_id)
);

CREATE TABLE pool_hospital_counts (
  hospital_code  text NOT NULL,
  month          date NOT NULL CHECK (extract(day FROM month) = 1),
  role           role_code NOT NULL,
  item_id        text NOT NULL,
  answered       integer NOT NULL CHECK (answered >= 0),
  agreeing       integer NOT NULL CHECK (agreeing BETWEEN 0 AND answered),
  PRIMARY KEY (hospital_code, month, role, item_id)
);

-- Per unit over all time, with the month of its latest answer: a unit is in a benchmark window
-- when it was reviewed within it. Used to place a unit among the pool's units (quartiles).
CREATE TABLE pool_unit_counts (
  unit_key       text NOT NULL,
  hospital_code  text NOT NULL,
  role           role_code NOT NULL,
  item_id        text NOT NULL,
  answered       integer NOT NULL CHECK (answered >= 0),
  agreeing       integer NOT NULL CHECK (agreeing BETWEEN 0 AND answered),
  last_month     date NOT NULL,
  PRIMARY KEY (unit_key, role, item_id)
);
CREATE INDEX pool_unit_counts_item_idx ON pool_unit_counts (item_id, role, last_month);

-- A hospital's own quantitative guideline targets (e.g. 6 supervision talks a year); without a
-- row the platform's defaults apply (server/features/report/targets.ts).
CREATE TABLE hospital_targets (
  hospital_id  bigint NOT NULL REFERENCES hospitals (id) ON DELETE CASCADE,
  item_id      text NOT NULL,
  target       numeric NOT NULL CHECK (target >= 0),
  PRIMARY KEY (hospital_id, item_id)
);
