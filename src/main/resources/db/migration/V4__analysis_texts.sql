-- Hand-written texts of the memo that the coordination office edits before generating it: the introduction
-- ('intro') and each area's or sub-area's analysis ('area:<areaId>'). Versioned like every other edit.
CREATE TABLE memo_text (
    key        VARCHAR(80) PRIMARY KEY CHECK (key = 'intro' OR key ~ '^area:[0-9]+$'),
    text       TEXT NOT NULL,
    version    BIGINT NOT NULL DEFAULT 0,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
