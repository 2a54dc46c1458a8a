-- The public's pages kept until the register changes (shared.web.PublicPageCache, issue 14) include an arena's page and
-- search, which show notes, documents and the search index as well as the register: their changes are recorded in
-- register_change too (V27), by the same statement trigger. A note or a document changed now also makes the figures kept
-- from the register (analysis, coverage, network) be computed once more: they are few, and the figures are computed in
-- seconds at most.

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['note', 'note_attendee', 'note_recipient', 'document', 'search_entry', 'search_word'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION register_changed()', t || '_register_changed', t);
    END LOOP;
END
$$;
