-- Names sort in Swedish order (Å, Ä, Ö after Z, in that order; the database's C.UTF-8 put Ä before Å).
-- Column collations, so that every ORDER BY name or lower(name) follows them on any PostgreSQL with ICU
-- (the embedded one has it; so do the Debian and official builds). Indexes on the columns are rebuilt by
-- ALTER TYPE; the arena's generated search column reads name, so it is dropped and added again around the change.

ALTER TABLE area ALTER COLUMN name TYPE VARCHAR(300) COLLATE "sv-x-icu";
ALTER TABLE topic ALTER COLUMN name TYPE VARCHAR(300) COLLATE "sv-x-icu";
ALTER TABLE organisation ALTER COLUMN name TYPE VARCHAR(300) COLLATE "sv-x-icu";
ALTER TABLE committee ALTER COLUMN name TYPE VARCHAR(300) COLLATE "sv-x-icu";
ALTER TABLE person ALTER COLUMN name TYPE VARCHAR(200) COLLATE "sv-x-icu";

DROP INDEX arena_search;
ALTER TABLE arena DROP COLUMN search;
ALTER TABLE arena ALTER COLUMN name TYPE VARCHAR(300) COLLATE "sv-x-icu";
ALTER TABLE arena ALTER COLUMN short_name TYPE VARCHAR(100) COLLATE "sv-x-icu";
ALTER TABLE arena ADD COLUMN search TSVECTOR GENERATED ALWAYS AS (
    setweight(to_tsvector('swedish', coalesce(name, '') || ' ' || coalesce(short_name, '')), 'A') ||
    setweight(to_tsvector('swedish', coalesce(purpose, '') || ' ' || coalesce(other_info, '')), 'B')
) STORED;
CREATE INDEX arena_search ON arena USING gin (search);
