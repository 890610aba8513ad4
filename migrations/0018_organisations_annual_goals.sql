-- Issue #19: organisations (one hospital or a network of hospitals), the campaign kinds' scope,
-- and the yearly study-director report's goals, values and history.

-- An organisation: a hospital, or a network of hospitals (one real network has five), that runs
-- campaigns over its clinics and sets its own ST quality goals. A hospital belongs to at most one.
CREATE TABLE organisations (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name        text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  -- whether the organisation's clinic × goal grid (every clinic's line) is open to its readers
  grid_published  boolean NOT NULL DEFAULT false,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisation_hospitals (
  organisation_id  bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  hospital_id      bigint NOT NULL UNIQUE REFERENCES hospitals (id),
  PRIMARY KEY (organisation_id, hospital_id)
);

-- The kinds' names as the code spells them; 'director_report' was reserved and never used.
ALTER TABLE campaigns DROP CONSTRAINT campaigns_kind_check;
ALTER TABLE campaigns DROP CONSTRAINT campaigns_check;
ALTER TABLE campaigns ADD COLUMN organisation_id bigint REFERENCES organisations (id);
ALTER TABLE campaigns ADD CONSTRAINT campaigns_kind_check CHECK (kind IN ('review', 'director_annual', 'mapping'));
-- Each kind's scope: a review is of one hospital's units, the annual report of one organisation's
-- clinics for one year, a mapping national.
ALTER TABLE campaigns ADD CONSTRAINT campaigns_scope_check CHECK (
  (kind = 'review' AND hospital_id IS NOT NULL)
  OR (kind = 'director_annual' AND organisation_id IS NOT NULL AND hospital_id IS NULL AND period_year IS NOT NULL)
  OR (kind = 'mapping' AND hospital_id IS NULL AND organisation_id IS NULL)
);
CREATE INDEX campaigns_organisation_idx ON campaigns (organisation_id);
-- One annual report per organisation and year.
CREATE UNIQUE INDEX campaigns_one_annual_per_year ON campaigns (organisation_id, period_year) WHERE kind = 'director_annual';

-- A reader may be a clinic's head or study director: they see their own clinic's line of the
-- annual report beside the organisation's figures.
ALTER TABLE users ADD COLUMN unit_id bigint REFERENCES units (id);

-- An organisation's goal set, one whole set per year it changed (from_year). A year is judged by the
-- set with the newest from_year not after it; changing a threshold saves a set from a year on and
-- never rewrites a year an annual report has been closed for.
CREATE TABLE annual_goals (
  organisation_id  bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  goal_key         text NOT NULL CHECK (goal_key ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
  from_year        integer NOT NULL CHECK (from_year BETWEEN 2000 AND 2100),
  position         integer NOT NULL CHECK (position >= 0),
  label_sv         text NOT NULL CHECK (length(label_sv) BETWEEN 1 AND 200),
  label_en         text NOT NULL CHECK (length(label_en) BETWEEN 1 AND 200),
  -- a measure of the director-annual survey (surveys/director-annual.ts)
  measure          text NOT NULL CHECK (length(measure) BETWEEN 1 AND 60),
  comparison       text NOT NULL CHECK (comparison IN ('atLeast', 'atMost', 'equal', 'yes')),
  threshold        numeric CHECK (threshold >= 0),
  unit             text NOT NULL CHECK (unit IN ('perYear', 'perMonth', 'perWeek', 'weeks', 'percent', 'count', 'none')),
  updated_by       bigint REFERENCES users (id),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, from_year, goal_key),
  CHECK ((comparison = 'yes') = (threshold IS NULL))
);

-- Each clinic's raw value of each measure, stored when the annual campaign closes, so a new
-- threshold can be applied to old answers. Null: the clinic did not answer the measure.
CREATE TABLE annual_values (
  campaign_id  bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  unit_id      bigint NOT NULL REFERENCES units (id),
  measure      text NOT NULL CHECK (length(measure) BETWEEN 1 AND 60),
  value        numeric,
  PRIMARY KEY (campaign_id, unit_id, measure)
);

-- Earlier years' published aggregates, imported so a hospital keeps its trend: per goal and year
-- the share of clinics meeting it, with n, and the threshold that applied then.
CREATE TABLE annual_history (
  organisation_id  bigint NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  goal_key         text NOT NULL CHECK (goal_key ~ '^[a-z0-9][a-z0-9-]{0,59}$'),
  year             integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  -- the published per cent, as printed then (whole or with decimals), and how many clinics answered
  share            numeric NOT NULL CHECK (share BETWEEN 0 AND 100),
  n                integer NOT NULL CHECK (n >= 1),
  -- the threshold the share was counted against, when the source says (e.g. 6 talks a year)
  threshold        numeric CHECK (threshold >= 0),
  imported_by      bigint REFERENCES users (id),
  imported_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (organisation_id, goal_key, year)
);
