-- Issue #20 (part 2): the documents a clinic sends before the site visit.

-- One request per review: which kinds of document are asked for, by when, and of whom. The
-- contact uploads through a personal link (only its SHA-256 is kept, as for survey links); asking
-- again replaces the contact and the link, so an old link stops working.
CREATE TABLE document_requests (
  campaign_id    bigint PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  categories     text[] NOT NULL CHECK (cardinality(categories) BETWEEN 1 AND 40),
  deadline       date NOT NULL,
  contact_name   text NOT NULL CHECK (length(contact_name) BETWEEN 1 AND 200),
  contact_email  text NOT NULL CHECK (length(contact_email) BETWEEN 3 AND 320),
  token_hash     bytea NOT NULL UNIQUE CHECK (length(token_hash) = 32),
  mail_id        bigint REFERENCES mails (id),
  requested_by   bigint REFERENCES users (id),
  requested_at   timestamptz NOT NULL DEFAULT now()
);

-- The files themselves live in the database, so a backup and a restore carry them with the rest
-- of the review. Who uploaded: an account, or the clinic's contact through the link (by name).
CREATE TABLE review_documents (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  campaign_id          bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  category             text NOT NULL CHECK (length(category) BETWEEN 1 AND 60),
  file_name            text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  media_type           text NOT NULL,
  size_bytes           integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 26214400),
  sha256               bytea NOT NULL CHECK (length(sha256) = 32),
  content              bytea NOT NULL,
  uploaded_by          bigint REFERENCES users (id),
  uploaded_by_contact  text CHECK (length(uploaded_by_contact) BETWEEN 1 AND 200),
  uploaded_at          timestamptz NOT NULL DEFAULT now(),
  CHECK ((uploaded_by IS NULL) <> (uploaded_by_contact IS NULL)),
  CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX review_documents_campaign_idx ON review_documents (campaign_id);

-- Which checklist points a document is evidence for (e.g. the point on documents sent before the visit).
CREATE TABLE review_document_points (
  document_id  bigint NOT NULL REFERENCES review_documents (id) ON DELETE CASCADE,
  point_id     text NOT NULL CHECK (point_id ~ '^[A-H][0-9]{1,2}$'),
  PRIMARY KEY (document_id, point_id)
);

ALTER TABLE mails DROP CONSTRAINT mails_kind_check;
ALTER TABLE mails ADD CONSTRAINT mails_kind_check
  CHECK (kind IN ('invitation', 'reminder', 'password_reset', 'action_plan_reminder', 'comment_request', 'report_published', 'document_request', 'other'));
