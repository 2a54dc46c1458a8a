-- The register grown to :scale arenas, for ScaleBenchmark. Set-based (generate_series, INSERT ... SELECT), so 100,000
-- arenas take seconds. Run on a migrated, empty database (demo data off); ids are given explicitly from the table's
-- current maximum and the identity sequences set after, so the application's own inserts keep working.
-- At 100,000 arenas: 30 areas with 290 sub-areas, 3,000 organisations, 30,000 people, 300,000 appointments,
-- 50,000 assessments, 5,000 open reviews, 1,000,000 audit entries; below, all but the areas scale with the arenas.
-- The word "kollektivtrafik" is in the purpose of every tenth arena (the benchmark's search word).
-- The embedded server ends statements after 30 s; at 100,000 arenas a few of these take longer.

SET statement_timeout = 0;

CREATE TEMPORARY TABLE scale_parameters AS
SELECT :scale::int AS arenas,
       greatest(30, :scale / 33)::int AS organisations,
       greatest(100, :scale * 3 / 10)::int AS people,
       40 AS topics,
       coalesce((SELECT max(id) FROM area), 0) AS area_base,
       coalesce((SELECT max(id) FROM organisation), 0) AS organisation_base,
       coalesce((SELECT max(id) FROM topic), 0) AS topic_base,
       coalesce((SELECT max(id) FROM arena), 0) AS arena_base,
       coalesce((SELECT max(id) FROM person), 0) AS person_base;

-- Areas: 30 top-level, each with 9 or 10 sub-areas (290 in all).
INSERT INTO area (id, parent_id, name, description, sort_order)
SELECT p.area_base + n, NULL, 'Område ' || lpad(n::text, 2, '0'), 'Genererat område ' || n, n
FROM scale_parameters p, generate_series(1, 30) n;

INSERT INTO area (id, parent_id, name, description, sort_order)
SELECT p.area_base + 30 + s, p.area_base + 1 + (s - 1) % 30, 'Delområde ' || lpad(s::text, 3, '0'), NULL, s
FROM scale_parameters p, generate_series(1, 290) s;

INSERT INTO topic (id, name, description)
SELECT p.topic_base + n, 'Sakfråga ' || lpad(n::text, 2, '0'), 'Genererad sakfråga'
FROM scale_parameters p, generate_series(1, p.topics) n;

INSERT INTO organisation (id, name, short_name, kind, website, description, ownership_share)
SELECT p.organisation_base + n, 'Organisation ' || lpad(n::text, 5, '0'), 'ORG' || n,
       (ARRAY['REGION', 'MUNICIPALITY', 'AGENCY', 'GOVERNMENT', 'COMPANY', 'ASSOCIATION', 'EU_BODY', 'UNIVERSITY', 'OTHER'])[1 + n % 9],
       'https://org' || n || '.example.se', NULL, CASE WHEN n % 9 = 4 THEN 50 END
FROM scale_parameters p, generate_series(1, p.organisations) n;

INSERT INTO committee (name, short_name)
SELECT 'Regionala utvecklingsnämnden', 'RUN' WHERE NOT EXISTS (SELECT 1 FROM committee WHERE short_name = 'RUN');

INSERT INTO term (name, start_date, end_date)
SELECT '2019–2022', DATE '2019-01-01', DATE '2022-12-31' WHERE NOT EXISTS (SELECT 1 FROM term WHERE start_date <= DATE '2022-12-31' AND end_date >= DATE '2019-01-01');
INSERT INTO term (name, start_date, end_date)
SELECT '2023–2026', DATE '2023-01-01', DATE '2026-12-31' WHERE NOT EXISTS (SELECT 1 FROM term WHERE start_date <= DATE '2026-12-31' AND end_date >= DATE '2023-01-01');

INSERT INTO decision (committee_id, reference, decided_on, title)
SELECT (SELECT id FROM committee WHERE short_name = 'RUN'), 'RUN/' || n || '/2024', DATE '2024-01-01' + (n % 300),
       'Genererat beslut ' || n
FROM scale_parameters p, generate_series(1, greatest(10, p.arenas / 100)) n;

-- Arenas: the sub-area is that of the area (arena n in sub-area 1 + n % 290, whose area is 1 + (sub-area - 1) % 30);
-- every tenth arena has no sub-area (it sits directly in its area). Every hundredth is a company's board.
INSERT INTO arena (id, name, short_name, area_id, sub_area_id, scope, convener_id, led_by_home, purpose, other_info, status,
                   start_date, end_date, website, meetings_per_year, hours_per_meeting, responsible_official, archived,
                   kind, company_id, preparation_factor, requires_elected, next_meeting_on)
SELECT p.arena_base + n,
       CASE WHEN n % 100 = 0 THEN 'Styrelse ' ELSE (ARRAY['Samverkansforum', 'Nätverk', 'Partnerskap', 'Råd', 'Beredning'])[1 + n % 5] || ' ' END
           || lpad(n::text, 6, '0'),
       CASE WHEN n % 7 = 0 THEN 'A' || n END,
       p.area_base + 1 + (s - 1) % 30,
       CASE WHEN n % 10 = 0 THEN NULL ELSE p.area_base + 30 + s END,
       (ARRAY['LOCAL', 'REGIONAL', 'INTERREGIONAL', 'NATIONAL', 'CROSS_BORDER', 'EU', 'GLOBAL'])[1 + n % 7],
       CASE WHEN n % 4 = 0 THEN NULL ELSE p.organisation_base + 1 + (n * 31) % p.organisations END,
       n % 5 = 0,
       CASE WHEN n % 10 = 3 THEN 'Utveckla kollektivtrafik och resor i ' ELSE 'Samverka om regional utveckling i ' END
           || 'område ' || (1 + (s - 1) % 30) || ', arena nummer ' || n || '.',
       CASE WHEN n % 3 = 0 THEN 'Övrig information om arena ' || n END,
       CASE WHEN n % 50 = 0 THEN 'CONSIDERED' WHEN n % 20 = 0 THEN 'ENDING' WHEN n % 25 = 0 THEN 'ENDED' ELSE 'ACTIVE' END,
       DATE '2012-01-01' + (n % 3000),
       CASE WHEN n % 20 = 0 THEN DATE '2026-01-01' + (n % 700) WHEN n % 25 = 0 THEN DATE '2023-01-01' + (n % 300) END,
       CASE WHEN n % 2 = 0 THEN 'https://arena' || n || '.example.se' END,
       1 + n % 12, 1 + (n % 8) * 0.5,
       CASE WHEN n % 3 = 0 THEN 'Handläggare ' || (n % 97) END,
       n % 97 = 0,
       CASE WHEN n % 100 = 0 THEN 'BOARD' ELSE 'FORUM' END,
       CASE WHEN n % 100 = 0 THEN p.organisation_base + 4 + 9 * ((n / 100) % greatest(1, p.organisations / 9 - 1)) END,
       1.0 + (n % 3) * 0.5, n % 6 = 0,
       CASE WHEN n % 4 = 1 THEN DATE '2026-01-15' + (n % 400) END
FROM scale_parameters p, generate_series(1, p.arenas) n, LATERAL (SELECT 1 + n % 290 AS s) sub;

INSERT INTO arena_type (arena_id, code)
SELECT p.arena_base + n, (ARRAY['INFLUENCE', 'EXECUTIVE', 'EXPERIENCE_EXCHANGE', 'INFORMATION_EXCHANGE', 'COLLABORATION'])[1 + (n + k) % 5]
FROM scale_parameters p, generate_series(1, p.arenas) n, generate_series(0, 1) k
WHERE k = 0 OR n % 2 = 0;

INSERT INTO arena_level (arena_id, code)
SELECT p.arena_base + n, (ARRAY['POLITICAL', 'SENIOR_OFFICIAL', 'OFFICIAL'])[1 + (n + k) % 3]
FROM scale_parameters p, generate_series(1, p.arenas) n, generate_series(0, 1) k
WHERE k = 0 OR n % 3 = 0;

INSERT INTO arena_member (arena_id, organisation_id)
SELECT p.arena_base + n, p.organisation_base + 1 + (n * 7 + k * 11) % p.organisations
FROM scale_parameters p, generate_series(1, p.arenas) n, generate_series(0, 2) k;

INSERT INTO arena_topic (arena_id, topic_id)
SELECT p.arena_base + n, p.topic_base + 1 + (n + k * 13) % p.topics
FROM scale_parameters p, generate_series(1, p.arenas) n, generate_series(0, 1) k;

INSERT INTO arena_secondary_area (arena_id, area_id)
SELECT p.arena_base + n, p.area_base + 1 + (n / 7) % 30
FROM scale_parameters p, generate_series(1, p.arenas) n
WHERE n % 15 = 0 AND p.area_base + 1 + (n / 7) % 30 <> p.area_base + 1 + (n % 290) % 30;

-- Relations: every twentieth arena is part of the arena before it; every thirtieth is linked to the next one.
INSERT INTO arena_relation (from_arena_id, to_arena_id, kind)
SELECT p.arena_base + n, p.arena_base + n - 1, 'PART_OF' FROM scale_parameters p, generate_series(2, p.arenas) n WHERE n % 20 = 0;
INSERT INTO arena_relation (from_arena_id, to_arena_id, kind)
SELECT p.arena_base + n, p.arena_base + n + 1, 'LINKED' FROM scale_parameters p, generate_series(1, p.arenas - 1) n WHERE n % 30 = 0;

INSERT INTO person (id, name, kind, party, title, area_id, email, example)
SELECT p.person_base + n,
       (ARRAY['Anna', 'Erik', 'Maria', 'Lars', 'Karin', 'Johan', 'Eva', 'Per', 'Sara', 'Nils', 'Åsa', 'Örjan'])[1 + n % 12] || ' '
           || (ARRAY['Andersson', 'Berg', 'Lindqvist', 'Nilsson', 'Öberg', 'Sjöberg', 'Holm', 'Ek'])[1 + (n / 12) % 8] || ' ' || n,
       CASE WHEN n % 3 = 0 THEN 'ELECTED' ELSE 'OFFICIAL' END,
       CASE WHEN n % 3 = 0 THEN (ARRAY['S', 'M', 'C', 'V', 'KD', 'L', 'MP', 'SD'])[1 + n % 8] END,
       CASE WHEN n % 3 <> 0 THEN 'Utvecklingsstrateg' END,
       p.area_base + 1 + n % 30,
       'person' || n || '@example.se', TRUE
FROM scale_parameters p, generate_series(1, p.people) n;

-- Three appointments per arena, each in a role of its own (so the no-overlap exclusion constraint always holds).
INSERT INTO appointment (person_id, arena_id, role, start_date, end_date, decision_id, term_id, on_behalf_of)
SELECT p.person_base + 1 + (((a - 1) * 3 + k)::bigint * 7919) % p.people, p.arena_base + a,
       (ARRAY['MEMBER', 'SUBSTITUTE', 'CHAIR'])[1 + k],
       DATE '2023-01-01' + (a % 200), CASE WHEN a % 9 = 0 THEN DATE '2025-12-31' END,
       NULL, (SELECT id FROM term WHERE DATE '2024-01-01' BETWEEN start_date AND end_date),
       CASE WHEN a % 5 = 0 THEN p.organisation_base + 1 + a % p.organisations END
FROM scale_parameters p, generate_series(1, p.arenas) a, generate_series(0, 2) k;

-- Half the arenas assessed once.
INSERT INTO assessment (arena_id, assessed_on, verdict, motivation, assessor_person_id)
SELECT p.arena_base + n, DATE '2024-01-01' + (n % 500),
       (ARRAY['RELEVANT', 'NEEDS_DEVELOPMENT', 'UNCERTAIN', 'RECOMMEND_LEAVING'])[1 + n % 4],
       'Bedömning av arena ' || n, p.person_base + 1 + n % p.people
FROM scale_parameters p, generate_series(2, p.arenas, 2) n;

-- Open reviews of every twentieth arena, due over two years around now.
INSERT INTO review (arena_id, due_on, reason, responsible_person_id)
SELECT p.arena_base + n, current_date - 365 + (n % 730), 'Uppföljning av arena ' || n, p.person_base + 1 + n % p.people
FROM scale_parameters p, generate_series(1, p.arenas, 20) n;

-- Ten audit entries per arena: created once, then updated nine times.
INSERT INTO audit_entry (occurred_at, actor, entity_type, entity_id, action, changes)
SELECT timestamptz '2024-01-01 08:00+01' + (n % 700) * interval '1 day' + k * interval '1 hour',
       'admin', 'arena', p.arena_base + n, CASE WHEN k = 0 THEN 'CREATED' ELSE 'UPDATED' END,
       CASE WHEN k = 0 THEN '[]'::jsonb
            ELSE jsonb_build_array(jsonb_build_object('field', 'purpose', 'before', 'Syfte ' || (k - 1), 'after', 'Syfte ' || k)) END
FROM scale_parameters p, generate_series(1, p.arenas) n, generate_series(0, 9) k;

SELECT setval(pg_get_serial_sequence('area', 'id'), (SELECT max(id) FROM area));
SELECT setval(pg_get_serial_sequence('topic', 'id'), (SELECT max(id) FROM topic));
SELECT setval(pg_get_serial_sequence('organisation', 'id'), (SELECT max(id) FROM organisation));
SELECT setval(pg_get_serial_sequence('arena', 'id'), (SELECT max(id) FROM arena));
SELECT setval(pg_get_serial_sequence('person', 'id'), (SELECT max(id) FROM person));

DROP TABLE scale_parameters;
RESET statement_timeout;
