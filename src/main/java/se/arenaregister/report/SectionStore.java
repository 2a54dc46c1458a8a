package se.arenaregister.report;

import static se.arenaregister.report.StoreRows.nullableLong;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of an edition's outline: its sections, their positions, and the flags resolved in their texts. Every read of
 * an edition's sections or resolutions is one statement for the whole edition, whatever its size.
 */
@Repository
class SectionStore {

    private static final String SECTION = """
            SELECT id, edition_id, parent_id, position, kind, heading, heading_footnote, area_id, body, version FROM memo_section""";

    private final JdbcClient jdbc;

    SectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The outline in reading order: parents before their children, siblings by position. */
    List<MemoSection> sections(long editionId) {
        List<MemoSection> all = jdbc.sql(SECTION + " WHERE edition_id = :edition ORDER BY position, id")
                .param("edition", editionId).query(SectionStore::section).list();
        Map<Long, List<MemoSection>> children = new LinkedHashMap<>();
        for (MemoSection s : all) {
            children.computeIfAbsent(s.parentId() == null ? 0L : s.parentId(), k -> new ArrayList<>()).add(s);
        }
        List<MemoSection> ordered = new ArrayList<>(all.size());
        walk(0L, children, ordered);
        return ordered;
    }

    private static void walk(long parent, Map<Long, List<MemoSection>> children, List<MemoSection> into) {
        for (MemoSection s : children.getOrDefault(parent, List.of())) {
            into.add(s);
            walk(s.id(), children, into);
        }
    }

    Optional<MemoSection> section(long id) {
        return jdbc.sql(SECTION + " WHERE id = :id").param("id", id).query(SectionStore::section).optional();
    }

    int nextPosition(long editionId, Long parentId) {
        return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM memo_section WHERE edition_id = :edition AND parent_id IS NOT DISTINCT FROM :parent")
                .param("edition", editionId).param("parent", parentId).query(Integer.class).single();
    }

    long insertSection(long editionId, Long parentId, int position, SectionKind kind, String heading, String footnote, Long areaId,
                       String body) {
        return jdbc.sql("""
                        INSERT INTO memo_section (edition_id, parent_id, position, kind, heading, heading_footnote, area_id, body)
                        VALUES (:edition, :parent, :position, :kind, :heading, :footnote, :area, :body) RETURNING id""")
                .param("edition", editionId).param("parent", parentId).param("position", position).param("kind", kind.name())
                .param("heading", heading).param("footnote", footnote).param("area", areaId).param("body", body)
                .query(Long.class).single();
    }

    int updateSection(long id, long version, Long parentId, int position, SectionKind kind, String heading, String footnote, Long areaId,
                      String body) {
        return jdbc.sql("""
                        UPDATE memo_section SET parent_id = :parent, position = :position, kind = :kind, heading = :heading,
                               heading_footnote = :footnote, area_id = :area, body = :body, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).param("parent", parentId).param("position", position)
                .param("kind", kind.name()).param("heading", heading).param("footnote", footnote).param("area", areaId)
                .param("body", body).update();
    }

    /** Swaps the positions of two sibling sections (moving one up or down), each with its version checked. */
    int setPosition(long id, long version, int position) {
        return jdbc.sql("UPDATE memo_section SET position = :position, version = version + 1 WHERE id = :id AND version = :version")
                .param("id", id).param("version", version).param("position", position).update();
    }

    void deleteSection(long id) {
        jdbc.sql("DELETE FROM memo_section WHERE id = :id").param("id", id).update();
    }

    /** Every resolved flag of an edition, by section id. */
    Map<Long, List<FlagResolution>> resolutions(long editionId) {
        Map<Long, List<FlagResolution>> bySection = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT r.section_id, r.phrase, r.stated, r.actual, r.reason FROM memo_flag_resolution r
                        JOIN memo_section s ON s.id = r.section_id WHERE s.edition_id = :edition ORDER BY r.section_id, r.phrase""")
                .param("edition", editionId)
                .query((rs, n) -> bySection.computeIfAbsent(rs.getLong("section_id"), k -> new ArrayList<>())
                        .add(new FlagResolution(rs.getLong("section_id"), rs.getString("phrase"), rs.getInt("stated"), rs.getInt("actual"),
                                rs.getString("reason"))))
                .list();
        return bySection;
    }

    Optional<FlagResolution> resolution(long sectionId, String phrase, int stated) {
        return jdbc.sql("SELECT section_id, phrase, stated, actual, reason FROM memo_flag_resolution WHERE section_id = :s AND phrase = :p AND stated = :n")
                .param("s", sectionId).param("p", phrase).param("n", stated)
                .query((rs, n) -> new FlagResolution(rs.getLong("section_id"), rs.getString("phrase"), rs.getInt("stated"),
                        rs.getInt("actual"), rs.getString("reason")))
                .optional();
    }

    void resolve(FlagResolution r) {
        jdbc.sql("""
                        INSERT INTO memo_flag_resolution (section_id, phrase, stated, actual, reason) VALUES (:s, :p, :n, :a, :r)
                        ON CONFLICT (section_id, phrase, stated) DO UPDATE SET actual = :a, reason = :r, resolved_at = now()""")
                .param("s", r.id()).param("p", r.phrase()).param("n", r.stated()).param("a", r.actual()).param("r", r.reason())
                .update();
    }

    void unresolve(long sectionId, String phrase, int stated) {
        jdbc.sql("DELETE FROM memo_flag_resolution WHERE section_id = :s AND phrase = :p AND stated = :n")
                .param("s", sectionId).param("p", phrase).param("n", stated).update();
    }

    private static MemoSection section(ResultSet rs, int n) throws SQLException {
        return new MemoSection(rs.getLong("id"), rs.getLong("edition_id"), nullableLong(rs, "parent_id"), rs.getInt("position"),
                SectionKind.valueOf(rs.getString("kind")), rs.getString("heading"), rs.getString("heading_footnote"),
                nullableLong(rs, "area_id"), rs.getString("body"), rs.getLong("version"));
    }
}
