-- One-time form tokens: every form page carries a fresh token, and a token is claimed by the first POST that brings
-- it. A second POST with the same token (a double click, back-and-resubmit) changes nothing and is sent where the
-- first went. A token whose submission was refused (the form came back with messages) is released again.
-- Kept in the database, not in memory, so it holds across restarts and across several application nodes.
CREATE TABLE form_submission (
    token        UUID PRIMARY KEY,
    username     TEXT        NOT NULL,
    submitted_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- where the first submission's answer sent the browser; null while it is still being handled
    outcome      TEXT
);
CREATE INDEX form_submission_submitted_at ON form_submission (submitted_at);
-- Not part of a backup: nothing in it is worth restoring, and a restore must find an empty installation empty even
-- though the administrator's own restore form claimed a token.
COMMENT ON TABLE form_submission IS 'transient: one-time form tokens, left out of backups';
