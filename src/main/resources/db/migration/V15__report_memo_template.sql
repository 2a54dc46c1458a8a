-- owned by report: memo_template
-- The organisation's own Word template for the memo (issue 12): letterhead, logo, the styles Normal, Title and
-- Heading 1-3, header and footer. An administrator uploads it; the memo's DOCX is then written into it instead of the
-- built-in layout. At most one (id 1): removing it brings the built-in layout back. The file is kept exactly as
-- uploaded, so that it can be downloaded again as it was; its SHA-256 is what the audit log records of its content.
CREATE TABLE memo_template (
    id          SMALLINT     PRIMARY KEY CHECK (id = 1),
    file_name   VARCHAR(255) NOT NULL CHECK (length(btrim(file_name)) BETWEEN 1 AND 255),
    content     BYTEA        NOT NULL CHECK (octet_length(content) BETWEEN 1 AND 10485760),
    sha256      CHAR(64)     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by VARCHAR(100) NOT NULL,
    uploaded_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version     BIGINT       NOT NULL DEFAULT 0
);
