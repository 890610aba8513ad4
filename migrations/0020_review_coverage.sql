-- Issue #20 (part 1): review coverage. Every ST unit needs an external review at least every
-- five years (HSLF-FS 2021:8; one region withholds funded ST posts without one), a yearly internal
-- review between them, and the unit's head and study director reminded before one falls due.

-- The interval an organisation keeps between external reviews; a hospital without an
-- organisation uses the regulation's five years.
ALTER TABLE organisations ADD COLUMN review_interval_years integer NOT NULL DEFAULT 5
  CHECK (review_interval_years BETWEEN 1 AND 5);

-- External reviews the platform did not run: recorded by hand or imported (earlier SPUR reviews
-- on paper, another body's). The platform's own published reviews are read from campaigns.
CREATE TABLE external_reviews (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  unit_id      bigint NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  reviewed_on  date NOT NULL,
  body         text NOT NULL CHECK (length(body) BETWEEN 1 AND 200),
  link         text CHECK (link IS NULL OR length(link) BETWEEN 1 AND 2000),
  source       text NOT NULL CHECK (source IN ('hand', 'import')),
  recorded_by  bigint REFERENCES users (id),
  recorded_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX external_reviews_unit_idx ON external_reviews (unit_id, reviewed_on DESC);

-- The unit's own yearly internal review (e.g. STINS), one per unit and year.
CREATE TABLE internal_reviews (
  unit_id      bigint NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  year         integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  method       text NOT NULL CHECK (length(method) BETWEEN 1 AND 200),
  recorded_by  bigint REFERENCES users (id),
  recorded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit_id, year)
);

-- Who hears that a unit's review falls due: its head of department and its study director.
CREATE TABLE unit_contacts (
  unit_id         bigint PRIMARY KEY REFERENCES units (id) ON DELETE CASCADE,
  head_name       text CHECK (head_name IS NULL OR length(head_name) BETWEEN 1 AND 200),
  head_email      text CHECK (head_email IS NULL OR length(head_email) BETWEEN 3 AND 320),
  director_name   text CHECK (director_name IS NULL OR length(director_name) BETWEEN 1 AND 200),
  director_email  text CHECK (director_email IS NULL OR length(director_email) BETWEEN 3 AND 320),
  updated_by      bigint REFERENCES users (id),
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- One reminder per unit, due date and stage, whichever server or run gets there first: the
-- primary key decides. A new review moves the due date, and with it the reminders.
CREATE TABLE coverage_reminders (
  unit_id  bigint NOT NULL REFERENCES units (id) ON DELETE CASCADE,
  due_on   date NOT NULL,
  stage    text NOT NULL CHECK (stage IN ('12m', '3m')),
  mailed   integer NOT NULL DEFAULT 0 CHECK (mailed >= 0),
  sent_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (unit_id, due_on, stage)
);

ALTER TABLE mails DROP CONSTRAINT mails_kind_check;
ALTER TABLE mails ADD CONSTRAINT mails_kind_check
  CHECK (kind IN ('invitation', 'reminder', 'password_reset', 'action_plan_reminder', 'comment_request', 'report_published', 'document_request', 'coverage_reminder', 'other'));
