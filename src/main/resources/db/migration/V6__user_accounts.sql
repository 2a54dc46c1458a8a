-- User accounts are managed in the application: a version for concurrent edits, and when an account was made.
-- Roles: ADMIN (everything, including accounts and personal-data requests) and EDITOR (edits the register).
ALTER TABLE app_user ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN created_at TIMESTAMPTZ NOT NULL DEFAULT now();
ALTER TABLE app_user ADD CONSTRAINT app_user_role CHECK (role IN ('ADMIN', 'EDITOR'));
ALTER TABLE app_user ADD CONSTRAINT app_user_username_format CHECK (username ~ '^[A-Za-z0-9._@-]{2,100}$');
