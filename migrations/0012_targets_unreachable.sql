-- Issue #18 (part C): the hospital's own targets per year, and respondents known not to have been
-- reachable (the invitation bounced, or they have left the clinic).

-- A hospital's targets for one year. Editing a year's targets replaces that year's set only: the
-- sets of other years, and the reports whose snapshots copied them, stay as they were. A year
-- without a set of its own has the latest earlier year's; a hospital with none, the national
-- defaults (server/features/targets/national.ts).
CREATE TABLE target_sets (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  hospital_id  bigint NOT NULL REFERENCES hospitals (id) ON DELETE CASCADE,
  year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  updated_by   bigint REFERENCES users (id),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  UNIQUE (hospital_id, year)
);

-- One target: what it measures (a survey item answered by a role, or nothing the survey asks),
-- how the measured value is compared, the threshold and its unit.
CREATE TABLE targets (
  set_id      bigint NOT NULL REFERENCES target_sets (id) ON DELETE CASCADE,
  key         text NOT NULL CHECK (key ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
  position    integer NOT NULL CHECK (position >= 0),
  label_sv    text NOT NULL CHECK (length(label_sv) BETWEEN 1 AND 200),
  label_en    text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 200),
  item_id     text CHECK (length(item_id) BETWEEN 1 AND 120),
  role        role_code,
  comparison  text NOT NULL CHECK (comparison IN ('atLeast', 'atMost', 'equal', 'yes')),
  threshold   numeric CHECK (threshold >= 0),
  unit_sv     text NOT NULL DEFAULT '' CHECK (length(unit_sv) <= 60),
  unit_en     text NOT NULL DEFAULT '' CHECK (length(unit_en) <= 60),
  PRIMARY KEY (set_id, key),
  CHECK ((item_id IS NULL) = (role IS NULL)),
  CHECK ((comparison = 'yes') = (threshold IS NULL))
);

-- Replaced by the sets above. Nothing ever wrote to it (the report read it for three numeric
-- items, and no route or tool filled it), so there is nothing to carry over.
DROP TABLE hospital_targets;

-- A respondent the invitation did not reach: 'bounced' (the mail server refused the address, marked
-- by the mail delivery or by hand) or 'left' (no longer at the clinic, by hand). Left out of the
-- adjusted response rate. Marks change only while the review is open; the snapshot taken at
-- closing keeps the rates they gave.
ALTER TABLE respondents
  ADD COLUMN unreachable text CHECK (unreachable IN ('bounced', 'left')),
  ADD COLUMN unreachable_at timestamptz,
  -- null with a mark: marked by the mail delivery
  ADD COLUMN unreachable_by bigint REFERENCES users (id),
  ADD CHECK ((unreachable IS NULL) = (unreachable_at IS NULL));

CREATE FUNCTION refuse_mark_unless_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF (SELECT status FROM campaigns WHERE id = NEW.campaign_id) <> 'open' THEN
    RAISE EXCEPTION 'a respondent can be marked unreachable only while the review is open';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER respondents_mark_while_open BEFORE UPDATE OF unreachable ON respondents
  FOR EACH ROW WHEN (OLD.unreachable IS DISTINCT FROM NEW.unreachable)
  EXECUTE FUNCTION refuse_mark_unless_open();
