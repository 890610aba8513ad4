-- Issue 22: a benchmark section that stays flat as the pool grows. The figures a closing review
-- reads from the pool (statement shares, numeric answers per value, the units' quartile cut
-- points) are kept per benchmark window and hospital left out, so closing reads a few hundred
-- rows instead of aggregating the count tables (89k hospital-month rows and 87k unit rows at
-- 100k answers already, and they grow with hospitals, months and values).
--
-- A kept window is one benchmark window (its first and last month), the answers a unit needs to
-- be placed (the review's threshold) and the other hospitals a figure needs. It holds the figures
-- for each hospital in `hospitals`, exactly what server/features/benchmark/repository.ts computes
-- from the counts; a report reads them only while the window is not stale
-- (server/features/benchmark/kept-windows.ts), else it computes its own.
CREATE TABLE pool_windows (
  window_from        date NOT NULL CHECK (extract(day FROM window_from) = 1),
  window_until       date NOT NULL CHECK (extract(day FROM window_until) = 1),
  minimum            integer NOT NULL CHECK (minimum >= 1),
  minimum_hospitals  integer NOT NULL CHECK (minimum_hospitals >= 1),
  -- The hospitals (pool form of the code) whose figures the window holds.
  hospitals          text[] NOT NULL DEFAULT '{}',
  computed_at        timestamptz,
  -- Set by the triggers below in the transaction that changes a count of the window's months (or
  -- moves a unit into or out of it); cleared only by a refresh that recomputed the figures.
  stale              boolean NOT NULL DEFAULT true,
  PRIMARY KEY (window_from, window_until, minimum, minimum_hospitals)
);

CREATE TABLE pool_window_shares (
  window_from date NOT NULL, window_until date NOT NULL, minimum integer NOT NULL, minimum_hospitals integer NOT NULL,
  hospital_code  text NOT NULL,
  item_id        text NOT NULL,
  role           role_code NOT NULL,
  answered       integer NOT NULL,
  agreeing       integer NOT NULL,
  PRIMARY KEY (window_from, window_until, minimum, minimum_hospitals, hospital_code, item_id, role),
  FOREIGN KEY (window_from, window_until, minimum, minimum_hospitals) REFERENCES pool_windows ON DELETE CASCADE
);

CREATE TABLE pool_window_numbers (
  window_from date NOT NULL, window_until date NOT NULL, minimum integer NOT NULL, minimum_hospitals integer NOT NULL,
  hospital_code  text NOT NULL,
  item_id        text NOT NULL,
  role           role_code NOT NULL,
  value          numeric NOT NULL,
  answered       integer NOT NULL,
  PRIMARY KEY (window_from, window_until, minimum, minimum_hospitals, hospital_code, item_id, role, value),
  FOREIGN KEY (window_from, window_until, minimum, minimum_hospitals) REFERENCES pool_windows ON DELETE CASCADE
);

CREATE TABLE pool_window_quartiles (
  window_from date NOT NULL, window_until date NOT NULL, minimum integer NOT NULL, minimum_hospitals integer NOT NULL,
  hospital_code  text NOT NULL,
  item_id        text NOT NULL,
  role           role_code NOT NULL,
  units          integer NOT NULL CHECK (units > 0),
  q1             double precision NOT NULL,
  median         double precision NOT NULL,
  q3             double precision NOT NULL,
  PRIMARY KEY (window_from, window_until, minimum, minimum_hospitals, hospital_code, item_id, role),
  FOREIGN KEY (window_from, window_until, minimum, minimum_hospitals) REFERENCES pool_windows ON DELETE CASCADE
);

-- Marks stale the windows holding any of `months`. The windows are locked in key order, as the
-- refresh locks them, so the two never deadlock; the lock makes a refresh wait for a change in
-- flight, and a change made during a refresh marks the window stale after it commits.
CREATE FUNCTION pool_windows_mark_stale(months date[]) RETURNS void LANGUAGE sql AS $$
  UPDATE pool_windows w SET stale = true
  WHERE (w.window_from, w.window_until, w.minimum, w.minimum_hospitals) IN (
    SELECT x.window_from, x.window_until, x.minimum, x.minimum_hospitals FROM pool_windows x
    WHERE EXISTS (SELECT 1 FROM unnest(months) m WHERE m BETWEEN x.window_from AND x.window_until)
    ORDER BY 1, 2, 3, 4 FOR UPDATE);
$$;

-- Every change of the counts a window is made from, whoever makes it (a submission, an edit, an
-- import, its withdrawal, the demo), marks the windows of its months stale in its own
-- transaction: for units, the month of the unit's latest answer before and after the change.
-- A submission counts in the current month, which no window holds (a window ends before the
-- month it is computed in), so it touches no window; an edit of an earlier month's answer or an
-- import does.
CREATE FUNCTION pool_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pool_windows) THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = 'pool_unit_counts' THEN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      PERFORM pool_windows_mark_stale(ARRAY(SELECT DISTINCT last_month FROM old_rows));
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
      PERFORM pool_windows_mark_stale(ARRAY(SELECT DISTINCT last_month FROM new_rows));
    END IF;
  ELSE
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      PERFORM pool_windows_mark_stale(ARRAY(SELECT DISTINCT month FROM old_rows));
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
      PERFORM pool_windows_mark_stale(ARRAY(SELECT DISTINCT month FROM new_rows));
    END IF;
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER pool_unit_counts_inserted AFTER INSERT ON pool_unit_counts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pool_counts_changed();
CREATE TRIGGER pool_unit_counts_updated AFTER UPDATE ON pool_unit_counts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pool_counts_changed();
CREATE TRIGGER pool_unit_counts_deleted AFTER DELETE ON pool_unit_counts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pool_counts_changed();
CREATE TRIGGER pool_hospital_counts_inserted AFTER INSERT ON pool_hospital_counts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pool_counts_changed();
CREATE TRIGGER pool_hospital_counts_updated AFTER UPDATE ON pool_hospital_counts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pool_counts_changed();
CREATE TRIGGER pool_hospital_counts_deleted AFTER DELETE ON pool_hospital_counts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pool_counts_changed();
CREATE TRIGGER pool_numeric_counts_inserted AFTER INSERT ON pool_numeric_counts
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pool_counts_changed();
CREATE TRIGGER pool_numeric_counts_updated AFTER UPDATE ON pool_numeric_counts
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION pool_counts_changed();
CREATE TRIGGER pool_numeric_counts_deleted AFTER DELETE ON pool_numeric_counts
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION pool_counts_changed();
