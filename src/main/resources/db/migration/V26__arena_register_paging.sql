-- The register at national scale (issue 14): pages of the register are read group by group (a sub-area, or the arenas
-- placed in an area directly) in the register's order, and the text filter finds arenas by name from an index.
--
-- Indexes on the arena module's own table only: no new tables or views.

-- A group's arenas in the register's order, archived ones too (arena_name_unique covers the live ones only).
CREATE INDEX arena_group_order ON arena (coalesce(sub_area_id, area_id), lower(name), id);

-- Substring matches on the name and short name ("korridor" in "Bottniskakorridoren") from trigrams, as the search
-- index does (pg_trgm is created by V21), instead of an ILIKE over every arena.
CREATE INDEX arena_name_trigrams ON arena USING gin (name gin_trgm_ops);
CREATE INDEX arena_short_name_trigrams ON arena USING gin (short_name gin_trgm_ops);
