-- Follow-up names people by reference, not by typed name (issue 11, point 4): a review's responsible, an assessment's
-- assessor, a report-back's reporter and an assignment's assignee refer to a person of the register. The free text
-- stays for those who are not in it (a unit, a role, someone outside the organisation).
--
-- Today's free texts are matched to people: where the text is a person's name, ignoring case and spaces (leading,
-- trailing, and how many between words), and exactly one person who is not erased has that name, the row refers to
-- that person and its text is cleared (the name now comes from the person, and follows a change of it or an erasure).
-- Where no one, or more than one person, has the name, the text is kept as it is. People are read from
-- person_overview, the person module's published view.

ALTER TABLE review ADD COLUMN responsible_person_id BIGINT REFERENCES person (id);
CREATE INDEX review_responsible_person ON review (responsible_person_id) WHERE responsible_person_id IS NOT NULL;

ALTER TABLE assessment ADD COLUMN assessor_person_id BIGINT REFERENCES person (id);
ALTER TABLE assessment ALTER COLUMN assessor DROP NOT NULL;
ALTER TABLE assessment DROP CONSTRAINT assessment_assessor_check;
ALTER TABLE assessment ADD CONSTRAINT assessment_assessor
    CHECK (assessor_person_id IS NOT NULL OR (assessor IS NOT NULL AND length(btrim(assessor)) > 0));

CREATE INDEX report_back_person ON report_back (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX assignment_assignee_person ON assignment (assignee_person_id) WHERE assignee_person_id IS NOT NULL;

-- The key a name is matched by: trimmed, runs of white space as one space, lower case in Swedish (ICU, as V5 sorts).
-- The names people have, with how many living people have each.
CREATE TEMPORARY TABLE person_name_key ON COMMIT DROP AS
    SELECT lower(regexp_replace(btrim(name), '\s+', ' ', 'g') COLLATE "sv-x-icu") AS name_key, min(id) AS person_id,
           count(*) AS people
    FROM person_overview
    WHERE NOT erased
    GROUP BY 1;

UPDATE review r SET responsible_person_id = k.person_id, responsible = NULL
FROM person_name_key k
WHERE r.responsible_person_id IS NULL AND r.responsible IS NOT NULL AND k.people = 1
  AND k.name_key = lower(regexp_replace(btrim(r.responsible), '\s+', ' ', 'g') COLLATE "sv-x-icu");

UPDATE assessment a SET assessor_person_id = k.person_id, assessor = NULL
FROM person_name_key k
WHERE a.assessor_person_id IS NULL AND a.assessor IS NOT NULL AND k.people = 1
  AND k.name_key = lower(regexp_replace(btrim(a.assessor), '\s+', ' ', 'g') COLLATE "sv-x-icu");

UPDATE report_back b SET person_id = k.person_id, reporter = NULL
FROM person_name_key k
WHERE b.person_id IS NULL AND b.reporter IS NOT NULL AND k.people = 1
  AND k.name_key = lower(regexp_replace(btrim(b.reporter), '\s+', ' ', 'g') COLLATE "sv-x-icu");

-- An assignee role that is in fact a person's name ("Anna Andersson" typed where "Regiondirektören" was meant to go).
UPDATE assignment s SET assignee_person_id = k.person_id, assignee_role = NULL
FROM person_name_key k
WHERE s.assignee_person_id IS NULL AND s.assignee_role IS NOT NULL AND k.people = 1
  AND k.name_key = lower(regexp_replace(btrim(s.assignee_role), '\s+', ' ', 'g') COLLATE "sv-x-icu");

-- The published views gain the references (added at the end: the columns others read stay as they were).
-- owned by followup and published: assessment_overview, review_overview
CREATE OR REPLACE VIEW assessment_overview AS
    SELECT id, arena_id, assessed_on, verdict, motivation, assessor, assessor_person_id FROM assessment;
CREATE OR REPLACE VIEW review_overview AS
    SELECT id, arena_id, area_id, due_on, recurrence, reason, responsible, completed_on, responsible_person_id FROM review;
