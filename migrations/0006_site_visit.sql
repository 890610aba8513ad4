-- The review's second half: the inspectors' checklist judgement, the site visit (plan and
-- interview notes) and the clinic's action plan with its follow-up.

-- One judgement per checklist point (points are data: surveys/checklist.ts).
CREATE TABLE checklist_assessments (
  campaign_id  bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  point_id     text NOT NULL CHECK (point_id ~ '^[A-H][0-9]{1,2}$'),
  status       text NOT NULL CHECK (status IN ('met', 'partly', 'not_met', 'not_assessed')),
  note         text NOT NULL DEFAULT '' CHECK (length(note) <= 5000),
  updated_by   bigint REFERENCES users (id),
  updated_at   timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (campaign_id, point_id)
);

-- The visit plan; the schedule is a list the inspectors edit as a whole.
CREATE TABLE site_visits (
  campaign_id  bigint PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  starts_on    date,
  ends_on      date,
  inspectors   text[] NOT NULL DEFAULT '{}',
  schedule     jsonb NOT NULL DEFAULT '[]',
  notes        text NOT NULL DEFAULT '',
  updated_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);

-- Interview notes per role group, never per person. The id is made by the tablet, so a note
-- typed offline is saved once however often its queued save is retried; saved_at is the
-- tablet's time of the change, and the latest change wins.
CREATE TABLE visit_notes (
  id           uuid PRIMARY KEY,
  campaign_id  bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  note_group   text NOT NULL CHECK (note_group IN ('st', 'supervisor', 'director', 'head', 'tour', 'documents')),
  areas        area_code[] NOT NULL DEFAULT '{}',
  body         text NOT NULL CHECK (length(body) <= 20000),
  saved_at     timestamptz NOT NULL,
  written_by   bigint REFERENCES users (id),
  deleted      boolean NOT NULL DEFAULT false
);
CREATE INDEX visit_notes_campaign_idx ON visit_notes (campaign_id);

-- The clinic's answer to a published report: an action per recommendation, followed up.
CREATE TABLE action_plans (
  campaign_id   bigint PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  due_on        date NOT NULL,
  submitted_at  timestamptz,
  submitted_by  bigint REFERENCES users (id)
);

CREATE TABLE plan_actions (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  campaign_id      bigint NOT NULL REFERENCES action_plans (campaign_id) ON DELETE CASCADE,
  position         integer NOT NULL,
  area             area_code,
  recommendation   text NOT NULL,
  action           text NOT NULL DEFAULT '' CHECK (length(action) <= 5000),
  responsible      text NOT NULL DEFAULT '' CHECK (length(responsible) <= 200),
  due_on           date,
  status           text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'done')),
  follow_up_note   text NOT NULL DEFAULT '' CHECK (length(follow_up_note) <= 5000),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  UNIQUE (campaign_id, position)
);

-- Reminders before the deadline: each stage once per plan, whichever server runs the job.
CREATE TABLE action_plan_reminders (
  campaign_id  bigint NOT NULL REFERENCES action_plans (campaign_id) ON DELETE CASCADE,
  stage        text NOT NULL,
  sent_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (campaign_id, stage)
);

ALTER TABLE mails DROP CONSTRAINT mails_kind_check;
ALTER TABLE mails ADD CONSTRAINT mails_kind_check
  CHECK (kind IN ('invitation', 'reminder', 'password_reset', 'action_plan_reminder', 'other'));
