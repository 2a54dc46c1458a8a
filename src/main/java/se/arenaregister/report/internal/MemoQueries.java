package se.arenaregister.report.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The memo's own read queries: the latest assessment of every arena in the register, in one statement. */
@Component
@Transactional(readOnly = true)
class MemoQueries {

    /** An arena's latest assessment; {@code subAreaId} is null when the arena sits directly in its area. */
    record LatestAssessment(long arenaId, String arena, long areaId, Long subAreaId, String verdict, String motivation,
                            LocalDate assessedOn) {

        long groupId() {
            return subAreaId != null ? subAreaId : areaId;
        }
    }

    private final JdbcClient jdbc;

    MemoQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LatestAssessment> latestAssessments() {
        return jdbc.sql("""
                        SELECT DISTINCT ON (s.arena_id) s.arena_id, a.name, a.area_id, a.sub_area_id, s.verdict, s.motivation, s.assessed_on
                        FROM assessment_overview s JOIN arena_overview a ON a.id = s.arena_id
                        WHERE NOT a.archived
                        ORDER BY s.arena_id, s.assessed_on DESC, s.id DESC""")
                .query((rs, n) -> {
                    long subArea = rs.getLong("sub_area_id");
                    Long subAreaId = rs.wasNull() ? null : subArea;
                    return new LatestAssessment(rs.getLong("arena_id"), rs.getString("name"), rs.getLong("area_id"), subAreaId,
                            rs.getString("verdict"), rs.getString("motivation"), rs.getObject("assessed_on", LocalDate.class));
                })
                .list();
    }
}
