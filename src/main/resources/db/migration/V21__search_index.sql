-- Search across everything (issue 13): one index of what the register holds, kept by the search module from the
-- other modules' published views. An entry is one thing a visitor can open (an arena, an organisation, a person, a
-- decision), with the words it is found by, weighted: its name (A), the names around it (B: short name, area and
-- sub-area, topics, convener and members, a decision's reference), and its free text (C). Entries that are not public
-- (officials, and later internal notes) are marked and left out at query time for anonymous visitors.
--
-- Typo tolerance follows the PostgreSQL manual's pg_trgm spelling suggestions: a list of the index's distinct words
-- with a trigram index, from which the words similar to what was typed ("Botniska" → "bottniska") join the query.
-- The words are also kept folded (å→a, ä→a, ö→o, é→e…), so "tagtrafik" finds "tågtrafik".
--
-- The index is derived data: rebuilt from the register on start when it is empty or of an older version, and after a
-- restore; so it is transient for backups (left out, and no register data of its own).
--
-- owned by search: search_entry, search_word, search_index_state
-- owned by arena and published: arena_purpose_overview

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Lower case without diacritics, for matching what was typed without å, ä, ö. translate() rather than unaccent: it is
-- immutable (an index may use it) and needs no extension on an external server.
CREATE FUNCTION search_fold(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT translate(lower($1), 'åäöæøéèêëáàâãüúùûíìîïóòôõýçñß', 'aaoaoeeeeaaaauuuuiiiiooooycns') $$;

-- The words of a text as the full-text parser sees them, with a reference's slashes as word breaks (the parser takes
-- "RUN/78/2022" as one file name; split, it is found by "RUN 78" too).
CREATE FUNCTION search_words(text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT $1 || ' ' || translate($1, '/\:', '   ') $$;

CREATE TABLE search_entry (
    kind      VARCHAR(20) NOT NULL,
    entity_id BIGINT      NOT NULL,
    public    BOOLEAN     NOT NULL,
    title     TEXT        NOT NULL,
    subtitle  TEXT,
    keywords  TEXT,
    body      TEXT,
    document  TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('swedish', search_words(title)), 'A') ||
        setweight(to_tsvector('swedish', search_words(coalesce(subtitle, '') || ' ' || coalesce(keywords, ''))), 'B') ||
        setweight(to_tsvector('swedish', search_words(coalesce(body, ''))), 'C')) STORED,
    -- the name, folded, for a substring match that full-text search cannot make ("korridor" in "Bottniskakorridoren")
    names     TEXT GENERATED ALWAYS AS (search_fold(title)) STORED,
    PRIMARY KEY (kind, entity_id)
);
CREATE INDEX search_entry_document ON search_entry USING gin (document);
CREATE INDEX search_entry_names ON search_entry USING gin (names gin_trgm_ops);
COMMENT ON TABLE search_entry IS 'transient: the search index, rebuilt from the register on start and after a restore';

CREATE TABLE search_word (
    word   TEXT PRIMARY KEY,
    folded TEXT COLLATE "C" NOT NULL
);
CREATE INDEX search_word_trigrams ON search_word USING gin (folded gin_trgm_ops);
CREATE INDEX search_word_prefix ON search_word (folded);
COMMENT ON TABLE search_word IS 'transient: the search index''s distinct words, rebuilt with it';

-- One row: the version of the index's contents, so that a release that indexes differently rebuilds it on start.
CREATE TABLE search_index_state (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    version    INTEGER     NOT NULL,
    rebuilt_at TIMESTAMPTZ NOT NULL
);
COMMENT ON TABLE search_index_state IS 'transient: which version of the search index was last built';

-- The arena's purpose, a public field of the memo's appendix, which arena_overview leaves out: published beside it
-- (a view of its own, so that this migration does not redefine arena_overview under another branch's feet).
CREATE VIEW arena_purpose_overview AS
    SELECT id, purpose FROM arena;
