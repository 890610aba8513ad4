-- Issue #23 (point 2): the clinic comments on the draft report through links of its own.

-- One comment round per revision sent to the clinic: the deadline (a Swedish calendar day; the
-- inspectors can move it) and who sent it.
CREATE TABLE comment_rounds (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  campaign_id  bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  revision_id  bigint NOT NULL UNIQUE REFERENCES report_revisions (id) ON DELETE CASCADE,
  deadline     date NOT NULL,
  sent_by      bigint REFERENCES users (id),
  sent_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comment_rounds_campaign_idx ON comment_rounds (campaign_id);

-- Who was asked, with their personal link (only its SHA-256 is kept, as for survey links) and
-- their comments: per area A–H and in general, saved as a draft until submitted. `role` is what
-- the inspectors see beside the comments: the clinic's head, its study director or a reader.
CREATE TABLE comment_recipients (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id      bigint NOT NULL REFERENCES comment_rounds (id) ON DELETE CASCADE,
  email         text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
  name          text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role          text NOT NULL CHECK (role IN ('head', 'director', 'reader')),
  token_hash    bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  mail_id       bigint REFERENCES mails (id),
  areas         jsonb NOT NULL DEFAULT '{}',
  general       text NOT NULL DEFAULT '' CHECK (length(general) <= 20000),
  saved_at      timestamptz,
  submitted_at  timestamptz
);
-- One link and one mail per address and round, however often the round is asked for.
CREATE UNIQUE INDEX comment_recipients_email_idx ON comment_recipients (round_id, lower(email));

ALTER TABLE mails DROP CONSTRAINT mails_kind_check;
ALTER TABLE mails ADD CONSTRAINT mails_kind_check
  CHECK (kind IN ('invitation', 'reminder', 'password_reset', 'action_plan_reminder', 'comment_request', 'report_published', 'other'));
