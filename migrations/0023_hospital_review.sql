-- Issue #20 (part 3): the hospital-level review, a campaign kind of its own. It has no survey: the
-- inspectors judge the care provider's duties (surveys/provider-duties.ts), interview its
-- leadership functions, read its documents and profile, and set the clinic reviews beside it.

ALTER TABLE campaigns DROP CONSTRAINT campaigns_kind_check;
ALTER TABLE campaigns ADD CONSTRAINT campaigns_kind_check CHECK (kind IN ('review', 'director_annual', 'mapping', 'hospital_review'));
ALTER TABLE campaigns DROP CONSTRAINT campaigns_scope_check;
ALTER TABLE campaigns ADD CONSTRAINT campaigns_scope_check CHECK (
  (kind IN ('review', 'hospital_review') AND hospital_id IS NOT NULL)
  OR (kind = 'director_annual' AND organisation_id IS NOT NULL AND hospital_id IS NULL AND period_year IS NOT NULL)
  OR (kind = 'mapping' AND hospital_id IS NULL AND organisation_id IS NULL)
);

-- The checklist a campaign is judged by follows from its kind: a clinic review's points are
-- A1–H99, a hospital-level review's the provider's duties P1–P99.
ALTER TABLE checklist_assessments DROP CONSTRAINT checklist_assessments_point_id_check;
ALTER TABLE checklist_assessments ADD CONSTRAINT checklist_assessments_point_id_check CHECK (point_id ~ '^[A-HP][0-9]{1,2}$');

-- Interview notes of a hospital-level review are kept per leadership function (a key of
-- hospital_review_functions), never per person, beside the clinic review's role groups.
ALTER TABLE visit_notes DROP CONSTRAINT visit_notes_note_group_check;
ALTER TABLE visit_notes ADD CONSTRAINT visit_notes_note_group_check
  CHECK (note_group IN ('st', 'supervisor', 'director', 'head', 'tour', 'documents') OR note_group ~ '^fn-[a-z0-9-]{1,57}$');

-- The leadership functions the inspectors interview: the defaults of surveys/provider-duties.ts,
-- and those the inspectors add. A function, never a person's name.
CREATE TABLE hospital_review_functions (
  campaign_id  bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  key          text NOT NULL CHECK (key ~ '^fn-[a-z0-9-]{1,57}$'),
  position     integer NOT NULL CHECK (position >= 0),
  -- null for a default function (its name is data); the inspectors' own function's name otherwise
  label        text CHECK (length(label) BETWEEN 1 AND 120),
  PRIMARY KEY (campaign_id, key)
);

-- The hospital's profile as the review found it: beds, doctors, ST doctors, the study directors'
-- time per trainee and the ST funding per post.
CREATE TABLE hospital_profiles (
  campaign_id                 bigint PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  beds                        integer NOT NULL CHECK (beds BETWEEN 0 AND 20000),
  doctors                     integer NOT NULL CHECK (doctors BETWEEN 1 AND 50000),
  st_doctors                  integer NOT NULL CHECK (st_doctors >= 0 AND st_doctors <= doctors),
  -- per cent of full time per trainee, e.g. 1.5
  director_percent_per_trainee numeric(5, 2) NOT NULL CHECK (director_percent_per_trainee BETWEEN 0 AND 100),
  -- Swedish kronor a year per ST post; null when the provider has no central funding
  st_funding_per_post         integer CHECK (st_funding_per_post BETWEEN 0 AND 10000000),
  updated_by                  bigint REFERENCES users (id),
  updated_at                  timestamptz NOT NULL DEFAULT now()
);

-- The synthesis of the clinic reviews, computed once when the hospital-level review closes (as a
-- clinic review's figures are), so the report reads the same figures however coverage moves on.
CREATE TABLE hospital_review_syntheses (
  campaign_id  bigint PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  synthesis    jsonb NOT NULL,
  computed_at  timestamptz NOT NULL DEFAULT now()
);
