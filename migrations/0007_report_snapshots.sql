-- Anonymity (issue #16): a review's figures are computed once, when it closes, and every reader,
-- export and revision reads that snapshot; nothing differs between two readings, so nothing can
-- be learnt by comparing them.

-- The benchmark window is a setting of the review, fixed in its snapshot: readers cannot vary it.
ALTER TABLE campaigns
  ADD COLUMN benchmark_window_months integer NOT NULL DEFAULT 24 CHECK (benchmark_window_months BETWEEN 1 AND 120);

-- Respondents added after the first invitations went out are recorded as late additions, with who
-- added them: they never help a group reach the anonymity threshold (see README, Anonymity).
ALTER TABLE respondents
  ADD COLUMN added_late boolean NOT NULL DEFAULT false,
  ADD COLUMN added_by bigint REFERENCES users (id);

CREATE TABLE report_snapshots (
  campaign_id  bigint PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  computed_at  timestamptz NOT NULL DEFAULT now(),
  figures      jsonb NOT NULL
);

CREATE FUNCTION refuse_snapshot_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'a report snapshot cannot be changed';
END $$;

CREATE TRIGGER report_snapshots_immutable BEFORE UPDATE ON report_snapshots
  FOR EACH ROW EXECUTE FUNCTION refuse_snapshot_change();

-- Free-text suggestions are named to inspectors by a key made from this secret, not by their
-- response's number: response numbers follow the order of submission, which an inspector
-- following the response rates can match to named respondents.
ALTER TABLE campaigns ADD COLUMN suggestion_salt uuid NOT NULL DEFAULT gen_random_uuid();
