-- Core schema: hospitals and their units, survey versions, campaigns (an external review is one
-- kind), respondents with their invitations, and submitted responses with normalised answers.

CREATE DOMAIN role_code AS text CHECK (VALUE IN ('st', 'supervisor', 'director', 'head'));
CREATE DOMAIN area_code AS text CHECK (VALUE IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'));
CREATE DOMAIN grade_code AS text CHECK (VALUE IN ('A', 'B', 'C', 'D'));
CREATE DOMAIN specialty_group_code AS text
  CHECK (VALUE IN ('surgical', 'medical', 'diagnostic', 'other'));

-- A care provider's hospital (vårdgivare / sjukhus).
CREATE TABLE hospitals (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  code        text NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9_-]{1,40}$'),
  name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  region      text,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- A training unit (klinik) with its specialty and specialty group.
CREATE TABLE units (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  hospital_id      bigint NOT NULL REFERENCES hospitals (id),
  code             text NOT NULL CHECK (code ~ '^[A-Za-z0-9_-]{1,40}$'),
  name             text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  specialty        text NOT NULL CHECK (length(specialty) BETWEEN 1 AND 200),
  specialty_group  specialty_group_code NOT NULL,
  created_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (hospital_id, code)
);
CREATE INDEX units_hospital_idx ON units (hospital_id);

-- A compiled survey version is immutable: same content, same hash.
CREATE TABLE survey_versions (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  survey_key  text NOT NULL CHECK (survey_key ~ '^[a-z0-9-]{1,60}$'),
  hash        text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$'),
  definition  jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  UNIQUE (survey_key, hash)
);

-- A survey campaign. An external review ('review') covers one or several units of one
-- hospital; the yearly study-director report and national mappings are other kinds.
CREATE TABLE campaigns (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind                 text NOT NULL CHECK (kind IN ('review', 'director_report', 'mapping')),
  title                text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  hospital_id          bigint REFERENCES hospitals (id),
  status               text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
  opens_at             date,
  closes_at            date,
  anonymity_threshold  integer NOT NULL DEFAULT 3 CHECK (anonymity_threshold BETWEEN 1 AND 50),
  allow_edits          boolean NOT NULL DEFAULT false,
  -- for campaigns repeated every year (director reports); trends compare years
  period_year          integer CHECK (period_year BETWEEN 2000 AND 2100),
  created_at           timestamptz NOT NULL DEFAULT now(),
  updated_at           timestamptz NOT NULL DEFAULT now(),
  CHECK (kind = 'mapping' OR hospital_id IS NOT NULL),
  CHECK (closes_at IS NULL OR opens_at IS NULL OR closes_at >= opens_at)
);
CREATE INDEX campaigns_hospital_idx ON campaigns (hospital_id);

CREATE TABLE campaign_units (
  campaign_id  bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  unit_id      bigint NOT NULL REFERENCES units (id),
  PRIMARY KEY (campaign_id, unit_id)
);
CREATE INDEX campaign_units_unit_idx ON campaign_units (unit_id);

-- The survey versions a campaign pins (the main survey, and e.g. the director supplement).
CREATE TABLE campaign_surveys (
  campaign_id        bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  survey_version_id  bigint NOT NULL REFERENCES survey_versions (id),
  roles              role_code[] NOT NULL,
  PRIMARY KEY (campaign_id, survey_version_id)
);

-- A person asked to answer. Personal data lives here and only here.
CREATE TABLE respondents (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  campaign_id  bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  unit_id      bigint REFERENCES units (id),
  role         role_code NOT NULL,
  name         text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  email        text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
  -- a mapping answers per region and source (e.g. the trainees' association or the directors)
  region       text,
  source       text,
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX respondents_campaign_email_idx ON respondents (campaign_id, lower(email));

-- One invitation per respondent and survey. The draft lives here until submission.
CREATE TABLE invitations (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  respondent_id      bigint NOT NULL REFERENCES respondents (id) ON DELETE CASCADE,
  survey_version_id  bigint NOT NULL REFERENCES survey_versions (id),
  sent_at            timestamptz,
  answered_at        timestamptz,
  draft              jsonb,
  draft_saved_at     timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (respondent_id, survey_version_id)
);

-- Personal links. Only the SHA-256 of a token is stored, so a reminder mail carries a new
-- token; every token of an invitation keeps working.
CREATE TABLE invitation_tokens (
  token_hash     bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  invitation_id  bigint NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invitation_tokens_invitation_idx ON invitation_tokens (invitation_id);

-- A submitted answer set. Nothing here names the respondent; invitation_id exists only so that
-- a repeated submit finds the first one (idempotency) and is exposed by no route.
CREATE TABLE responses (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  campaign_id        bigint NOT NULL REFERENCES campaigns (id),
  unit_id            bigint REFERENCES units (id),
  hospital_id        bigint REFERENCES hospitals (id),
  role               role_code NOT NULL,
  survey_version_id  bigint NOT NULL REFERENCES survey_versions (id),
  invitation_id      bigint UNIQUE REFERENCES invitations (id) ON DELETE SET NULL,
  raw                jsonb NOT NULL,
  submitted_at       timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX responses_campaign_idx ON responses (campaign_id, unit_id, role);

-- One row per answered item, so reports aggregate in SQL.
CREATE TABLE answers (
  response_id  bigint NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
  item_id      text NOT NULL CHECK (length(item_id) BETWEEN 1 AND 120),
  role         role_code NOT NULL,
  value_num    numeric,
  choice       text,
  text_value   text,
  PRIMARY KEY (response_id, item_id),
  CHECK (num_nonnulls(value_num, choice, text_value) = 1)
);
CREATE INDEX answers_item_role_idx ON answers (item_id, role);
