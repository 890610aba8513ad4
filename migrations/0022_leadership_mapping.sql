-- Issue #21: the national mapping of leadership training in ST (campaign kind 'mapping').
-- A round is a campaign of kind 'mapping' whose period_year is the round's year; its sources are
-- respondents tied to a region here, and the coordinator's final word per region is a decision.

-- One mapping round a year.
CREATE UNIQUE INDEX campaigns_one_mapping_per_year ON campaigns (period_year) WHERE kind = 'mapping';

-- The junior doctors' association's local branches (27 of them): several can belong to one region.
CREATE TABLE mapping_branches (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name         text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
  region_code  text NOT NULL REFERENCES regions (code),
  created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX mapping_branches_region_idx ON mapping_branches (region_code);

-- A source answering for a region in one round: a local branch, or the region's overarching
-- study director. Keyed by the respondent, so the shared respondent, link and submission
-- machinery serves it unchanged; the region and the source type live here, not in the role.
CREATE TABLE mapping_sources (
  respondent_id  bigint PRIMARY KEY REFERENCES respondents (id) ON DELETE CASCADE,
  campaign_id    bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  region_code    text NOT NULL REFERENCES regions (code),
  source_type    text NOT NULL CHECK (source_type IN ('branch', 'director')),
  branch_id      bigint REFERENCES mapping_branches (id),
  CHECK ((source_type = 'branch') = (branch_id IS NOT NULL))
);
CREATE INDEX mapping_sources_campaign_idx ON mapping_sources (campaign_id, region_code);
-- Each branch answers once a round, and each region has one overarching study director.
CREATE UNIQUE INDEX mapping_sources_one_branch ON mapping_sources (campaign_id, branch_id) WHERE branch_id IS NOT NULL;
CREATE UNIQUE INDEX mapping_sources_one_director ON mapping_sources (campaign_id, region_code) WHERE source_type = 'director';

-- The coordinator's final categories for a region in a round, with the note that explains them
-- (a conflict between sources is decided here), and the figures the 10 % goal divides:
-- places a year in the region's leadership-ST or equivalent, and its ST doctors (null: unknown).
CREATE TABLE mapping_decisions (
  campaign_id      bigint NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  region_code      text NOT NULL REFERENCES regions (code),
  categories       text[] NOT NULL CHECK (
    cardinality(categories) >= 1
    AND categories <@ ARRAY['leadership_st', 'early_career', 'all_professions', 'nothing']
    AND (NOT ('nothing' = ANY (categories)) OR cardinality(categories) = 1)
  ),
  note             text NOT NULL DEFAULT '' CHECK (length(note) <= 4000),
  places_per_year  integer CHECK (places_per_year >= 0),
  st_doctors       integer CHECK (st_doctors > 0),
  decided_by       bigint REFERENCES users (id),
  decided_at       timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (campaign_id, region_code)
);
