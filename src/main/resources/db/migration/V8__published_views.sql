-- Module borders in SQL. Each table belongs to one module: the one that writes it and alone names it in its SQL
-- (SqlBordersTest checks this against src/test/resources/sql-borders/table-owners.properties). The earlier
-- migrations are left as they were applied, so their tables' owners are stated here:
-- owned by catalog: area, topic, organisation
-- owned by arena: arena, arena_type, arena_level, arena_member, arena_topic, arena_secondary_area
-- owned by governance: committee, term, decision
-- owned by person: person, person_committee, appointment
-- owned by followup: assessment, review, committee_meeting, assignment, report_back
-- owned by analysis: memo_text
-- owned by audit: audit_entry
-- owned by security: app_user
-- owned by shared: form_submission
--
-- Another module that needs the data reads the views below, which the owner publishes as its read model: the
-- columns others may rely on, named as in the table. They are plain projections, so PostgreSQL plans a query on
-- them exactly as on the table (same indexes, same statement count). Personal contact details and free texts
-- that nobody else reads stay out.

-- owned by catalog and published: area_overview, topic_overview, organisation_overview
CREATE VIEW area_overview AS
    SELECT id, parent_id, name, sort_order FROM area;
CREATE VIEW topic_overview AS
    SELECT id, name FROM topic;
CREATE VIEW organisation_overview AS
    SELECT id, name, short_name, kind, ownership_share FROM organisation;

-- owned by arena and published: arena_overview, arena_type_overview, arena_level_overview, arena_member_overview, arena_topic_overview
CREATE VIEW arena_overview AS
    SELECT id, name, short_name, kind, company_id, area_id, sub_area_id, scope, convener_id, led_by_home, status,
           start_date, end_date, meetings_per_year, hours_per_meeting, preparation_factor, requires_elected,
           next_meeting_on, other_info, responsible_official, archived
    FROM arena;
CREATE VIEW arena_type_overview AS
    SELECT arena_id, code FROM arena_type;
CREATE VIEW arena_level_overview AS
    SELECT arena_id, code FROM arena_level;
CREATE VIEW arena_member_overview AS
    SELECT arena_id, organisation_id FROM arena_member;
CREATE VIEW arena_topic_overview AS
    SELECT arena_id, topic_id FROM arena_topic;

-- owned by governance and published: committee_overview, decision_overview, term_overview
CREATE VIEW committee_overview AS
    SELECT id, name, short_name FROM committee;
CREATE VIEW decision_overview AS
    SELECT id, committee_id, reference, decided_on, title, paragraph FROM decision;
CREATE VIEW term_overview AS
    SELECT id, name, start_date, end_date FROM term;

-- owned by person and published: person_overview, appointment_overview
CREATE VIEW person_overview AS
    SELECT id, name, kind, party, title, area_id, example, erased FROM person;
CREATE VIEW appointment_overview AS
    SELECT id, person_id, arena_id, role, start_date, end_date, decision_id, term_id, on_behalf_of FROM appointment;

-- owned by followup and published: assessment_overview, review_overview, committee_meeting_overview
CREATE VIEW assessment_overview AS
    SELECT id, arena_id, assessed_on, verdict, motivation, assessor FROM assessment;
CREATE VIEW review_overview AS
    SELECT id, arena_id, area_id, due_on, recurrence, reason, responsible, completed_on FROM review;
CREATE VIEW committee_meeting_overview AS
    SELECT id, committee_id, meets_on FROM committee_meeting;

-- The audit log's entries and, one row per changed field, what each entry changed: readers need not know that
-- the changes are kept as a JSON array of {field, before, after}.
-- owned by audit and published: audit_entry_overview, audit_field_change
CREATE VIEW audit_entry_overview AS
    SELECT id, occurred_at, actor, entity_type, entity_id, action FROM audit_entry;
CREATE VIEW audit_field_change AS
    SELECT e.id AS entry_id, e.occurred_at, e.entity_type, e.entity_id, e.action,
           c->>'field' AS field, c->>'before' AS before, c->>'after' AS after
    FROM audit_entry e CROSS JOIN LATERAL jsonb_array_elements(e.changes) c;
