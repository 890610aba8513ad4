-- Historic answers from reviews run in other tools, imported by admins into the national pool.
-- A batch is identified by its file's content hash, so the same file is never counted twice,
-- and can be withdrawn (its counts are subtracted from the pool again).

CREATE TABLE pool_import_batches (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  content_hash      text NOT NULL CHECK (content_hash ~ '^[0-9a-f]{64}$'),
  filename          text NOT NULL,
  imported_by       bigint REFERENCES users (id),
  status            text NOT NULL DEFAULT 'importing' CHECK (status IN ('importing', 'done', 'withdrawn', 'failed')),
  rows_read         integer NOT NULL DEFAULT 0,
  rows_imported     integer NOT NULL DEFAULT 0,
  rows_skipped      integer NOT NULL DEFAULT 0,
  answers_imported  integer NOT NULL DEFAULT 0,
  created_at        timestamptz NOT NULL DEFAULT now(),
  finished_at       timestamptz,
  withdrawn_at      timestamptz
);
-- One live import per file.
CREATE UNIQUE INDEX pool_import_batches_hash_idx ON pool_import_batches (content_hash) WHERE status IN ('importing', 'done');

CREATE TABLE imported_answers (
  batch_id         bigint NOT NULL REFERENCES pool_import_batches (id) ON DELETE CASCADE,
  line             integer NOT NULL,
  hospital_code    text NOT NULL,
  unit_code        text NOT NULL,
  specialty        text,
  specialty_group  specialty_group_code,
  role             role_code NOT NULL,
  answered_on      date NOT NULL,
  item_id          text NOT NULL,
  value_num        smallint NOT NULL CHECK (value_num BETWEEN 0 AND 4),
  PRIMARY KEY (batch_id, line, item_id)
);
