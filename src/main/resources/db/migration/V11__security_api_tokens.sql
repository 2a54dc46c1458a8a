-- Personal API tokens (issue 11): an account makes, names, scopes and revokes its own, and a script sends one as
-- "Authorization: Bearer <secret>". The secret is shown once and never stored: only its SHA-256, as 64 hex digits.
-- A plain hash is right here, unlike for passwords: the secret is 256 random bits (not something a person chose), so
-- there is no dictionary to try and nothing a slow hash would add; a fast one lets every request be checked by one
-- index lookup. The prefix ("ar_" and the secret's next 8 characters) is not secret: it tells tokens apart in lists.
-- A name is unique per account (whatever its case) among the tokens not revoked; a revoked token stays, for its history.
-- owned by security: api_token
CREATE TABLE api_token (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id        BIGINT       NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name           VARCHAR(100) NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    scope          VARCHAR(10)  NOT NULL CHECK (scope IN ('READ', 'WRITE')),
    token_hash     CHAR(64)     NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    prefix         VARCHAR(11)  NOT NULL CHECK (prefix ~ '^ar_[A-Za-z0-9_-]{8}$'),
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now(),
    expires_at     TIMESTAMPTZ  CHECK (expires_at > created_at),
    last_used_at   TIMESTAMPTZ,
    last_used_from VARCHAR(100),
    revoked_at     TIMESTAMPTZ,
    version        BIGINT       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX api_token_hash ON api_token (token_hash) WHERE revoked_at IS NULL;
CREATE UNIQUE INDEX api_token_name ON api_token (user_id, lower(name)) WHERE revoked_at IS NULL;
CREATE INDEX api_token_user ON api_token (user_id);
