-- Issue #21: the 21 Swedish regions as reference data, and the leadership programmes a region runs.
-- Shared by the national mapping (a region's answers and final category) and the programme
-- conformance check (a programme held against the national model).

-- A region, keyed by its county letter code (länsbokstav), the code official statistics use.
CREATE TABLE regions (
  code     text PRIMARY KEY CHECK (code ~ '^[A-Z]{1,2}$'),
  name_sv  text NOT NULL UNIQUE,
  name_en  text NOT NULL UNIQUE
);

INSERT INTO regions (code, name_sv, name_en) VALUES
  ('AB', 'Region Stockholm', 'Stockholm Region'),
  ('C', 'Region Uppsala', 'Uppsala Region'),
  ('D', 'Region Sörmland', 'Sörmland Region'),
  ('E', 'Region Östergötland', 'Östergötland Region'),
  ('F', 'Region Jönköpings län', 'Jönköping County Region'),
  ('G', 'Region Kronoberg', 'Kronoberg Region'),
  ('H', 'Region Kalmar län', 'Kalmar County Region'),
  ('I', 'Region Gotland', 'Gotland Region'),
  ('K', 'Region Blekinge', 'Blekinge Region'),
  ('M', 'Region Skåne', 'Skåne Region'),
  ('N', 'Region Halland', 'Halland Region'),
  ('O', 'Västra Götalandsregionen', 'Västra Götaland Region'),
  ('S', 'Region Värmland', 'Värmland Region'),
  ('T', 'Region Örebro län', 'Örebro County Region'),
  ('U', 'Region Västmanland', 'Västmanland Region'),
  ('W', 'Region Dalarna', 'Dalarna Region'),
  ('X', 'Region Gävleborg', 'Gävleborg Region'),
  ('Y', 'Region Västernorrland', 'Västernorrland Region'),
  ('Z', 'Region Jämtland Härjedalen', 'Jämtland Härjedalen Region'),
  ('AC', 'Region Västerbotten', 'Västerbotten Region'),
  ('BD', 'Region Norrbotten', 'Norrbotten Region');

-- A leadership programme: a leadership-ST, another programme with a leadership profile for
-- early-career doctors, or one open to all professions. A region can run several.
CREATE TABLE programmes (
  id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  region_code        text NOT NULL REFERENCES regions (code),
  name               text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  programme_type     text NOT NULL CHECK (programme_type IN ('leadership_st', 'early_career', 'all_professions')),
  doctors_only       boolean NOT NULL,
  aimed_at_junior    boolean NOT NULL,
  status             text NOT NULL CHECK (status IN ('active', 'paused', 'discontinued', 'planned')),
  -- the programme's length in months, as its own documents state it (null: not stated)
  length_months      numeric(4, 1) CHECK (length_months > 0 AND length_months <= 120),
  includes_ugl       boolean,
  -- places or participants a year (null: not known); the 10 % goal divides it by the region's ST doctors
  places_per_year    integer CHECK (places_per_year >= 0),
  created_at         timestamptz NOT NULL DEFAULT now(),
  updated_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (region_code, name)
);
CREATE INDEX programmes_region_idx ON programmes (region_code);
