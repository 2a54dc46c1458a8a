-- A report-back at a committee meeting can link to the note it reports from (issue 13, item 2). A deleted note
-- leaves the report-back as it was, without the link.
ALTER TABLE report_back ADD COLUMN note_id BIGINT REFERENCES note (id) ON DELETE SET NULL;
CREATE INDEX report_back_note ON report_back (note_id) WHERE note_id IS NOT NULL;
