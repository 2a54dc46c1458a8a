-- Import previews waiting for confirmation (issue 14): kept in the database, not in one JVM's memory, so a preview made
-- on one application node can be confirmed on another behind the same load balancer, and survives a restart. A
-- preview is bound to the user who uploaded it, lives 30 minutes at most, and a user holds 5 at most (their newest;
-- `seq` orders previews made within the same instant). The plan is the preview as JSON: what each row would create or
-- update, and the problems and notices found. Taking a preview deletes it, so it is applied at most once on any node.
-- Expired rows are pruned whenever a preview is stored or taken.
-- owned by exchange: import_preview
CREATE TABLE import_preview (
    id         VARCHAR(64)  PRIMARY KEY,
    seq        BIGINT       GENERATED ALWAYS AS IDENTITY,
    owner      VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL,
    plan       JSONB        NOT NULL
);

CREATE INDEX import_preview_owner ON import_preview (owner, seq DESC);
CREATE INDEX import_preview_created_at ON import_preview (created_at);

COMMENT ON TABLE import_preview IS 'transient: import previews waiting for confirmation (30 minutes at most), left out of backups';
