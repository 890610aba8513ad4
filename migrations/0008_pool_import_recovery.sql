-- A pool import killed half-way (a crash, kill -9, a restart) left its batch 'importing' for ever
-- with its rows stranded (issue #17). An import now marks its progress as it goes; a batch whose
-- progress stopped is rolled back and marked failed, with the reason shown to admins.
ALTER TABLE pool_import_batches
  ADD COLUMN progress_at timestamptz NOT NULL DEFAULT now(),
  ADD COLUMN failure text;
