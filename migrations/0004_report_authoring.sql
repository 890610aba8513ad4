-- The inspectors' part of the report: revisions of grades and texts, and the free-text
-- suggestions' themes and starred quotes.

-- A report goes draft → for_comment (the clinic comments) → published. A published revision is
-- never changed; a correction is a new revision with a note of what changed.
CREATE TABLE report_revisions (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  campaign_id      bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  revision         integer NOT NULL CHECK (revision >= 1),
  status           text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'for_comment', 'published')),
  content          jsonb NOT NULL,
  clinic_comments  text,
  change_note      text,
  created_by       bigint REFERENCES users (id),
  created_at       timestamptz NOT NULL DEFAULT now(),
  updated_at       timestamptz NOT NULL DEFAULT now(),
  published_at     timestamptz,
  UNIQUE (campaign_id, revision)
);

CREATE FUNCTION refuse_published_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'a published report revision cannot be changed';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER report_revisions_immutable BEFORE UPDATE OR DELETE ON report_revisions
  FOR EACH ROW EXECUTE FUNCTION refuse_published_change();

-- The inspector's reading of one improvement suggestion (one answer row).
CREATE TABLE suggestion_notes (
  response_id  bigint NOT NULL,
  item_id      text NOT NULL,
  campaign_id  bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  themes       text[] NOT NULL DEFAULT '{}',
  areas        area_code[] NOT NULL DEFAULT '{}',
  starred      boolean NOT NULL DEFAULT false,
  PRIMARY KEY (response_id, item_id),
  FOREIGN KEY (response_id, item_id) REFERENCES answers (response_id, item_id) ON DELETE CASCADE
);
CREATE INDEX suggestion_notes_campaign_idx ON suggestion_notes (campaign_id);

-- Themes an inspector added to a review beyond the default list.
CREATE TABLE review_themes (
  campaign_id  bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  key          text NOT NULL CHECK (key ~ '^[a-z0-9-]{1,60}$'),
  label        text NOT NULL CHECK (length(label) BETWEEN 1 AND 100),
  PRIMARY KEY (campaign_id, key)
);
