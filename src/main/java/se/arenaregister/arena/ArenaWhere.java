package se.arenaregister.arena;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A register filter as SQL: the {@code WHERE} clause over {@code arena a} and its parameters (always {@code :today}).
 * Every condition is answered from an index or an EXISTS on the arena's own rows, never a scan of another list.
 */
record ArenaWhere(String sql, Map<String, Object> params) {

    /** Areas and sub-areas whose name matches the text: their arenas are found by it. */
    static final String NAMED_AREAS = "SELECT ar.id FROM area_overview ar WHERE to_tsvector('swedish', ar.name) @@ websearch_to_tsquery('swedish', :q)"
            + " OR ar.name ILIKE :like ESCAPE '\\'";

    /** The conditions of this filter, with {@code today} as the day statuses and "not assessed for" are read on. */
    static ArenaWhere of(ArenaFilter f, LocalDate today) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        params.put("today", today);
        conditions.add(f.showArchived() ? "a.archived" : "NOT a.archived");
        if (f.area() != null) {
            // Area and sub-area filters match where an arena is placed, as the memo's appendix counts them;
            // secondary areas are shown on the arena's page.
            conditions.add("a.area_id = :area");
            params.put("area", f.area());
        }
        if (f.subArea() != null) {
            conditions.add("a.sub_area_id = :subArea");
            params.put("subArea", f.subArea());
        }
        if (f.type() != null) {
            conditions.add("EXISTS (SELECT 1 FROM arena_type t WHERE t.arena_id = a.id AND t.code = :type)");
            params.put("type", f.type().name());
        }
        if (f.level() != null) {
            conditions.add("EXISTS (SELECT 1 FROM arena_level l WHERE l.arena_id = a.id AND l.code = :level)");
            params.put("level", f.level().name());
        }
        if (f.scope() != null) {
            conditions.add("a.scope = :scope");
            params.put("scope", f.scope().name());
        }
        if (f.status() != null) {
            conditions.add("arena_status_on(a.status, a.end_date, :today) = :status");
            params.put("status", f.status().name());
        }
        if (f.convener() != null) {
            conditions.add("a.convener_id = :convener");
            params.put("convener", f.convener());
        }
        if (f.kind() != null) {
            conditions.add("a.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.verdict() != null && !f.verdict().isBlank()) {
            // The latest assessment's verdict (assessments are written by the follow-up module).
            conditions.add("(SELECT s.verdict FROM assessment_overview s WHERE s.arena_id = a.id ORDER BY s.assessed_on DESC, s.id DESC LIMIT 1) = :verdict");
            params.put("verdict", f.verdict());
        }
        if (f.notAssessedMonths() != null) {
            conditions.add("NOT EXISTS (SELECT 1 FROM assessment_overview s WHERE s.arena_id = a.id AND s.assessed_on > :assessedSince)");
            params.put("assessedSince", today.minusMonths(f.notAssessedMonths()));
        }
        if (f.lead() != null) {
            conditions.add("a.led_by_home = :lead");
            params.put("lead", f.lead());
        }
        if (f.topic() != null) {
            conditions.add("EXISTS (SELECT 1 FROM arena_topic x WHERE x.arena_id = a.id AND x.topic_id = :topic)");
            params.put("topic", f.topic());
        }
        if (f.organisation() != null) {
            conditions.add("(a.convener_id = :organisation OR EXISTS (SELECT 1 FROM arena_member m WHERE m.arena_id = a.id AND m.organisation_id = :organisation))");
            params.put("organisation", f.organisation());
        }
        if (f.text() != null) {
            // Full-text search with Swedish stemming, plus a substring match so partial words find too; also by the names
            // of the arena's convener, area and sub-area, topics and member organisations. A union of id sets, each
            // answered from an index (the search column's, the names' trigrams, the groups'), not a scan of every arena.
            String live = " AND t.archived = :archivedFlag";
            conditions.add("a.id IN (SELECT t.id FROM arena t WHERE (t.search @@ websearch_to_tsquery('swedish', :q)"
                    + " OR t.name ILIKE :like ESCAPE '\\' OR t.short_name ILIKE :like ESCAPE '\\')" + live
                    + " UNION ALL SELECT t.id FROM arena t WHERE t.convener_id IN (SELECT o.id FROM organisation_overview o WHERE o.name ILIKE :like ESCAPE '\\')" + live
                    // An area's arenas and a sub-area's, as two branches: one OR of both read every arena (42 ms at 100k).
                    + " UNION ALL SELECT t.id FROM arena t WHERE t.area_id IN (" + NAMED_AREAS + ")" + live
                    + " UNION ALL SELECT t.id FROM arena t WHERE coalesce(t.sub_area_id, t.area_id) IN (" + NAMED_AREAS + ")" + live
                    + " UNION ALL SELECT x.arena_id FROM arena_topic x JOIN topic_overview tp ON tp.id = x.topic_id"
                    + " WHERE to_tsvector('swedish', tp.name) @@ websearch_to_tsquery('swedish', :q) OR tp.name ILIKE :like ESCAPE '\\'"
                    + " UNION ALL SELECT m.arena_id FROM arena_member m JOIN organisation_overview o ON o.id = m.organisation_id"
                    + " WHERE to_tsvector('swedish', o.name) @@ websearch_to_tsquery('swedish', :q) OR o.name ILIKE :like ESCAPE '\\'"
                    + " OR o.short_name ILIKE :like ESCAPE '\\')");
            params.put("archivedFlag", f.showArchived());
            params.put("q", f.text());
            params.put("like", "%" + f.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return new ArenaWhere(" WHERE " + String.join(" AND ", conditions), params);
    }
}
