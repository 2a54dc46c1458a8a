-- The register's text filter and search find arenas by the names of their convener, members, topics and areas
-- (ArenaWhere): by word, with Swedish stemming, and by substring. At 3,000 organisations each search computed every
-- organisation's words and read every name (12 ms of the filter's 130 at 100,000 arenas); these indexes answer both.
-- Indexes on the catalog module's own tables only (pg_trgm is created by V21).

CREATE INDEX organisation_name_words ON organisation USING gin (to_tsvector('swedish', name));
CREATE INDEX organisation_name_trigrams ON organisation USING gin (name gin_trgm_ops);
CREATE INDEX organisation_short_name_trigrams ON organisation USING gin (short_name gin_trgm_ops);
CREATE INDEX topic_name_words ON topic USING gin (to_tsvector('swedish', name));
CREATE INDEX topic_name_trigrams ON topic USING gin (name gin_trgm_ops);
