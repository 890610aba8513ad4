-- The national pool, issue #18 (part B): numeric answers, hospital codes in one form, and a fixed
-- benchmark period.

-- 1. Hospital codes are compared in one form: white space removed, upper case
--    (normaliseHospitalCode in server/features/hospitals/codes.ts; for codes of the register's
--    shape that is upper()). The register may no longer hold two codes that differ only in case:
--    the pool could not tell their answers apart.
CREATE UNIQUE INDEX hospitals_code_normalised_idx ON hospitals (upper(code));

-- The pool's kept counts and imported rows move to that form; counts of codes that differed only
-- in case are merged.
CREATE TEMP TABLE moved_hospital_counts AS
  SELECT upper(hospital_code) AS hospital_code, month, role, item_id, sum(answered)::int AS answered, sum(agreeing)::int AS agreeing
  FROM pool_hospital_counts WHERE hospital_code <> upper(hospital_code) GROUP BY 1, 2, 3, 4;
DELETE FROM pool_hospital_counts WHERE hospital_code <> upper(hospital_code);
INSERT INTO pool_hospital_counts AS t (hospital_code, month, role, item_id, answered, agreeing)
  SELECT hospital_code, month, role, item_id, answered, agreeing FROM moved_hospital_counts
  ON CONFLICT (hospital_code, month, role, item_id) DO UPDATE SET answered = t.answered + excluded.answered, agreeing = t.agreeing + excluded.agreeing;
DROP TABLE moved_hospital_counts;

CREATE TEMP TABLE moved_unit_counts AS
  SELECT upper(hospital_code) || substr(unit_key, length(hospital_code) + 1) AS unit_key, upper(hospital_code) AS hospital_code, role, item_id,
         sum(answered)::int AS answered, sum(agreeing)::int AS agreeing, max(last_month) AS last_month
  FROM pool_unit_counts WHERE hospital_code <> upper(hospital_code) GROUP BY 1, 2, 3, 4;
DELETE FROM pool_unit_counts WHERE hospital_code <> upper(hospital_code);
INSERT INTO pool_unit_counts AS t (unit_key, hospital_code, role, item_id, answered, agreeing, last_month)
  SELECT unit_key, hospital_code, role, item_id, answered, agreeing, last_month FROM moved_unit_counts
  ON CONFLICT (unit_key, role, item_id) DO UPDATE
    SET answered = t.answered + excluded.answered, agreeing = t.agreeing + excluded.agreeing, last_month = greatest(t.last_month, excluded.last_month);
DROP TABLE moved_unit_counts;

UPDATE imported_answers SET hospital_code = upper(hospital_code) WHERE hospital_code <> upper(hospital_code);

-- 2. Imported files carry numeric items too (self-study hours and the like), checked against the
--    item's bounds when read; statements stay on the agreement scale.
ALTER TABLE imported_answers DROP CONSTRAINT imported_answers_value_num_check;
ALTER TABLE imported_answers ALTER COLUMN value_num TYPE numeric;
ALTER TABLE imported_answers
  ADD COLUMN item_kind text NOT NULL DEFAULT 'statement' CHECK (item_kind IN ('statement', 'numeric')),
  ADD CONSTRAINT imported_answers_value_check CHECK (value_num >= 0 AND (item_kind = 'numeric' OR value_num IN (0, 1, 2, 3, 4)));

-- What an import did with the hospital codes of its file that the register does not know: mapped
-- to a registered hospital (file code → register code), or kept as other hospitals.
ALTER TABLE pool_import_batches
  ADD COLUMN hospital_mapping jsonb NOT NULL DEFAULT '{}',
  ADD COLUMN kept_codes text[] NOT NULL DEFAULT '{}';

-- The pool's numeric answers, kept like the statement counts (in the submitting transaction, and
-- by imports): how many answered each value, per hospital, month, role and item. Every figure
-- the report gives for a numeric item (share at least 1, share 0, median, share at a target)
-- follows from these counts, and items have few distinct values (0–40 in half hours at most).
CREATE TABLE pool_numeric_counts (
  hospital_code  text NOT NULL,
  month          date NOT NULL CHECK (extract(day FROM month) = 1),
  role           role_code NOT NULL,
  item_id        text NOT NULL,
  value          numeric NOT NULL CHECK (value >= 0),
  answered       integer NOT NULL CHECK (answered >= 0),
  PRIMARY KEY (hospital_code, month, role, item_id, value)
);
CREATE INDEX pool_numeric_counts_item_idx ON pool_numeric_counts (item_id, role, month);

-- Numeric answers already given on the platform: the item's kind is in the survey version that
-- was answered.
INSERT INTO pool_numeric_counts (hospital_code, month, role, item_id, value, answered)
SELECT upper(h.code), date_trunc('month', r.submitted_at AT TIME ZONE 'UTC')::date, a.role, a.item_id, a.value_num, count(*)::int
FROM answers a
JOIN responses r ON r.id = a.response_id
JOIN hospitals h ON h.id = r.hospital_id
JOIN survey_versions v ON v.id = r.survey_version_id
WHERE a.value_num IS NOT NULL
  AND EXISTS (SELECT 1 FROM jsonb_array_elements(v.definition -> 'items') i WHERE i ->> 'id' = a.item_id AND i ->> 'kind' = 'numeric')
GROUP BY 1, 2, 3, 4, 5;

-- 3. A fixed benchmark period, as an alternative to a number of months before closing: the
--    report compares with the whole months inside it (README, Anonymity).
ALTER TABLE campaigns
  ADD COLUMN benchmark_from date,
  ADD COLUMN benchmark_until date,
  ADD CONSTRAINT campaigns_benchmark_period_check
    CHECK ((benchmark_from IS NULL) = (benchmark_until IS NULL) AND (benchmark_from IS NULL OR benchmark_from <= benchmark_until));
