-- The national pool as monthly counts per hospital × unit × role × statement, kept in the same
-- transaction as every submission (and import), so benchmark queries read thousands of count
-- rows instead of scanning every answer ever given. Keys are codes, not ids, because imported
-- historic answers name hospitals and units the platform may not have.

CREATE TABLE pool_counts (
  month          date NOT NULL CHECK (extract(day FROM month) = 1),
  hospital_code  text NOT NULL,
  unit_key       text NOT NULL,
  role           role_code NOT NULL,
  item_id        text NOT NULL,
  answered       integer NOT NULL CHECK (answered >= 0),
  agreeing       integer NOT NULL CHECK (agreeing BETWEEN 0 AND answered),
  PRIMARY KEY (item_id, role, month, hospital_code, unit_key)
);
CREATE INDEX pool_counts_month_idx ON pool_counts (month);

-- A hospital's own quantitative guideline targets (e.g. 6 supervision talks a year); without a
-- row the platform's defaults apply (server/features/report/targets.ts).
CREATE TABLE hospital_targets (
  hospital_id  bigint NOT NULL REFERENCES hospitals (id) ON DELETE CASCADE,
  item_id      text NOT NULL,
  target       numeric NOT NULL CHECK (target >= 0),
  PRIMARY KEY (hospital_id, item_id)
);
