-- Issue #21 (programme conformance): a leadership programme held against the national model for
-- leadership-ST, point by point, with the programme's own documents as the evidence.

-- A programme's documents (its description, contract template, course plan), kept in the database
-- like a review's documents (0017) and checked by the same code before they are kept.
CREATE TABLE programme_documents (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  programme_id  bigint NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  file_name     text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  media_type    text NOT NULL,
  size_bytes    integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 26214400),
  sha256        bytea NOT NULL CHECK (length(sha256) = 32),
  content       bytea NOT NULL,
  uploaded_by   bigint REFERENCES users (id),
  uploaded_at   timestamptz NOT NULL DEFAULT now(),
  CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX programme_documents_programme_idx ON programme_documents (programme_id);

-- One judgement per programme, model version and point. The version is kept with the judgement
-- (surveys/leadership-model.ts): when the model changes, the old judgements stay what they were.
CREATE TABLE programme_assessments (
  programme_id   bigint NOT NULL REFERENCES programmes (id) ON DELETE CASCADE,
  model_version  text NOT NULL CHECK (length(model_version) BETWEEN 1 AND 60),
  point_key      text NOT NULL CHECK (point_key ~ '^[a-z][a-z0-9-]{0,59}$'),
  status         text NOT NULL CHECK (status IN ('met', 'partly_met', 'not_met', 'not_stated')),
  -- a passage quoted from the programme's document, and which document it is from
  evidence       text CHECK (length(evidence) BETWEEN 1 AND 2000),
  document_id    bigint REFERENCES programme_documents (id) ON DELETE SET NULL,
  note           text CHECK (length(note) BETWEEN 1 AND 2000),
  assessed_by    bigint REFERENCES users (id),
  assessed_at    timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (programme_id, model_version, point_key)
);
