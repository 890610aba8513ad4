-- Accounts and sessions, inspectors assigned to campaigns, the audit trail, the mail log and
-- reminder rounds.

CREATE TABLE users (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  email          text NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
  name           text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  role           text NOT NULL CHECK (role IN ('admin', 'inspector', 'reader')),
  -- a reader (hospital leadership) reads the published reports of this hospital only
  hospital_id    bigint REFERENCES hospitals (id),
  password_hash  text NOT NULL,
  active         boolean NOT NULL DEFAULT true,
  created_at     timestamptz NOT NULL DEFAULT now(),
  CHECK (role <> 'reader' OR hospital_id IS NOT NULL)
);
CREATE UNIQUE INDEX users_email_idx ON users (lower(email));

-- Server-side sessions: the cookie carries a random token, the table its SHA-256.
CREATE TABLE sessions (
  token_hash    bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  user_id       bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL,
  revoked_at    timestamptz
);
CREATE INDEX sessions_user_idx ON sessions (user_id);

CREATE TABLE password_resets (
  token_hash  bytea PRIMARY KEY CHECK (length(token_hash) = 32),
  user_id     bigint NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  expires_at  timestamptz NOT NULL,
  used_at     timestamptz,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- When the campaign's report was published to the hospital's readers (set by the report workflow).
ALTER TABLE campaigns ADD COLUMN report_published_at timestamptz;

CREATE TABLE campaign_inspectors (
  campaign_id  bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  user_id      bigint NOT NULL REFERENCES users (id),
  PRIMARY KEY (campaign_id, user_id)
);
CREATE INDEX campaign_inspectors_user_idx ON campaign_inspectors (user_id);

CREATE TABLE audit_events (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at           timestamptz NOT NULL DEFAULT now(),
  actor_id     bigint REFERENCES users (id),
  action       text NOT NULL,
  campaign_id  bigint REFERENCES campaigns (id) ON DELETE SET NULL,
  details      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_events_at_idx ON audit_events (at DESC);

-- Every mail the platform sends, with its delivery state; the admins' outbox lists it.
CREATE TABLE mails (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind         text NOT NULL CHECK (kind IN ('invitation', 'reminder', 'password_reset', 'other')),
  campaign_id  bigint REFERENCES campaigns (id) ON DELETE SET NULL,
  recipient    text NOT NULL,
  subject      text NOT NULL,
  body         text NOT NULL,
  status       text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
  attempts     integer NOT NULL DEFAULT 0,
  last_error   text,
  -- a worker claims a mail for a while before delivering it, so two servers never send it twice
  claimed_until timestamptz,
  created_at   timestamptz NOT NULL DEFAULT now(),
  sent_at      timestamptz
);
CREATE INDEX mails_status_idx ON mails (status, id);
CREATE INDEX mails_campaign_idx ON mails (campaign_id);

CREATE TABLE reminder_rounds (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  campaign_id    bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  scheduled_for  timestamptz NOT NULL,
  status         text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'done', 'cancelled')),
  sent_count     integer NOT NULL DEFAULT 0,
  created_at     timestamptz NOT NULL DEFAULT now(),
  done_at        timestamptz
);
CREATE INDEX reminder_rounds_campaign_idx ON reminder_rounds (campaign_id);

-- One reminder per respondent per round, however often the round's job runs.
CREATE TABLE reminder_sends (
  round_id       bigint NOT NULL REFERENCES reminder_rounds (id) ON DELETE CASCADE,
  invitation_id  bigint NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  mail_id        bigint REFERENCES mails (id),
  PRIMARY KEY (round_id, invitation_id)
);
