-- Which transactions changed the register (issue 14): figures computed from the whole register (the analysis, the
-- coverage matrices, the network's first view) are kept by each application node until a transaction that changes what
-- they were computed from commits (shared.UntilRegisterChanges). One row per writing transaction, whatever it changed and
-- however many statements it ran; the row commits or rolls back with the change itself, so a node that took a
-- PostgreSQL snapshot before computing can tell afterwards whether any change it did not see has committed since:
-- a row whose transaction was not visible in that snapshot. Transactions insert their own row (their own id as key), so
-- writers never wait for each other here. Rows older than an hour are removed (no kept result is older than that).
--
-- The statement triggers below are attached to the tables of the modules whose data those figures read (catalog, arena,
-- governance, person, followup, analysis' texts); every module's SQL still names only its own tables.
--
-- owned by shared: register_change

CREATE TABLE register_change (
    xid        xid8 PRIMARY KEY,
    changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX register_change_age ON register_change (changed_at);

COMMENT ON TABLE register_change IS 'transient: transactions that changed the register in the last hour, for the results kept until it changes';

CREATE FUNCTION register_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO register_change (xid) VALUES (pg_current_xact_id()) ON CONFLICT (xid) DO NOTHING;
    RETURN NULL;
END
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['area', 'topic', 'organisation',
                             'arena', 'arena_type', 'arena_level', 'arena_member', 'arena_topic', 'arena_secondary_area', 'arena_relation',
                             'committee', 'term', 'decision', 'agreement',
                             'person', 'person_committee', 'appointment',
                             'assessment', 'review', 'committee_meeting', 'assignment', 'report_back',
                             'memo_text'] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
                        FOR EACH STATEMENT EXECUTE FUNCTION register_changed()', t || '_register_changed', t);
    END LOOP;
END
$$;
