-- Hospitals registered only so that their earlier answers count in the national pool (issue #23):
-- never reviewed on this platform, so kept out of the lists where a review, a reader or a
-- hospital's targets are set up.
ALTER TABLE hospitals ADD COLUMN pool_only boolean NOT NULL DEFAULT false;

-- The demo's comparison hospitals, loaded before this column (NAT01 … NAT20, "Sjukhus n
-- (nationell jämförelse)", no region).
UPDATE hospitals SET pool_only = true
WHERE code ~ '^NAT[0-9]{2}$' AND region IS NULL AND name LIKE '%(nationell jämförelse)';
