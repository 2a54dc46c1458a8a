package se.arenaregister.report;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of memo editions: editions, their outline, proposals, resolved flags and what was stored when they were
 * sent. Every read of an edition's parts is one statement for the whole edition, whatever its size.
 */
@Repository
class EditionStore {

    private static final String EDITION = """
            SELECT id, year, title, reference, dated_on, office, author_name, author_title, author_phone, author_email, status, sent_at,
                   previous_id, decision_id, appendix_area_ids, version
            FROM memo_edition""";
    private static final String SECTION = """
            SELECT id, edition_id, parent_id, position, kind, heading, heading_footnote, area_id, body, version FROM memo_section""";
    private static final String PROPOSAL = """
            SELECT id, edition_id, position, background, assignee_role, task, report_meeting_id, assignment_id, version
            FROM memo_proposal""";

    private final JdbcClient jdbc;

    EditionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MemoEdition> editions() {
        return jdbc.sql(EDITION + " ORDER BY year DESC").query(EditionStore::edition).list();
    }

    Optional<MemoEdition> edition(long id) {
        return jdbc.sql(EDITION + " WHERE id = :id").param("id", id).query(EditionStore::edition).optional();
    }

    Optional<MemoEdition> newest(boolean sentOnly) {
        return jdbc.sql(EDITION + (sentOnly ? " WHERE status = 'SENT'" : "") + " ORDER BY year DESC LIMIT 1")
                .query(EditionStore::edition).optional();
    }

    /** The newest edition of a year before {@code year}: the one a new edition copies and is compared with. */
    Optional<MemoEdition> before(int year) {
        return jdbc.sql(EDITION + " WHERE year < :year ORDER BY year DESC LIMIT 1").param("year", year)
                .query(EditionStore::edition).optional();
    }

    /** The newest sent edition of a year before {@code year}: the one an edition is compared with. */
    Optional<MemoEdition> sentBefore(int year) {
        return jdbc.sql(EDITION + " WHERE year < :year AND status = 'SENT' ORDER BY year DESC LIMIT 1").param("year", year)
                .query(EditionStore::edition).optional();
    }

    boolean yearTaken(int year, Long except) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM memo_edition WHERE year = :year AND id IS DISTINCT FROM :except)")
                .param("year", year).param("except", except).query(Boolean.class).single();
    }

    long insertEdition(EditionForm form, Long previousId) {
        return jdbc.sql("""
                        INSERT INTO memo_edition (year, title, reference, dated_on, office, author_name, author_title, author_phone, author_email,
                                                  previous_id, appendix_area_ids)
                        VALUES (:year, :title, :reference, :datedOn, :office, :authorName, :authorTitle, :authorPhone, :authorEmail, :previousId,
                                :areas)
                        RETURNING id""")
                .param("year", form.year()).param("title", form.title().strip()).param("reference", blankToNull(form.reference()))
                .param("datedOn", form.datedOn()).param("office", form.office().strip())
                .param("authorName", blankToNull(form.authorName())).param("authorTitle", blankToNull(form.authorTitle()))
                .param("authorPhone", blankToNull(form.authorPhone()))
                .param("authorEmail", blankToNull(form.authorEmail())).param("previousId", previousId)
                .param("areas", areas(form.appendixAreaIds()))
                .query(Long.class).single();
    }

    int updateEdition(long id, long version, EditionForm form) {
        return jdbc.sql("""
                        UPDATE memo_edition SET year = :year, title = :title, reference = :reference, dated_on = :datedOn,
                               office = :office, author_name = :authorName, author_title = :authorTitle, author_phone = :authorPhone,
                               author_email = :authorEmail,
                               appendix_area_ids = :areas, version = version + 1
                        WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("id", id).param("version", version)
                .param("year", form.year()).param("title", form.title().strip()).param("reference", blankToNull(form.reference()))
                .param("datedOn", form.datedOn()).param("office", form.office().strip())
                .param("authorName", blankToNull(form.authorName())).param("authorTitle", blankToNull(form.authorTitle()))
                .param("authorPhone", blankToNull(form.authorPhone()))
                .param("authorEmail", blankToNull(form.authorEmail())).param("areas", areas(form.appendixAreaIds()))
                .update();
    }

    int markSent(long id, long version) {
        return jdbc.sql("""
                        UPDATE memo_edition SET status = 'SENT', sent_at = now(), version = version + 1
                        WHERE id = :id AND version = :version AND status = 'DRAFT'""")
                .param("id", id).param("version", version).update();
    }

    void recordDecision(long id, long decisionId) {
        jdbc.sql("UPDATE memo_edition SET decision_id = :decision, version = version + 1 WHERE id = :id")
                .param("id", id).param("decision", decisionId).update();
    }

    void deleteEdition(long id) {
        jdbc.sql("DELETE FROM memo_edition WHERE id = :id AND status = 'DRAFT'").param("id", id).update();
    }

    /** The outline in reading order: parents before their children, siblings by position. */
    List<MemoSection> sections(long editionId) {
        List<MemoSection> all = jdbc.sql(SECTION + " WHERE edition_id = :edition ORDER BY position, id")
                .param("edition", editionId).query(EditionStore::section).list();
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
        return jdbc.sql(SECTION + " WHERE id = :id").param("id", id).query(EditionStore::section).optional();
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

    List<MemoProposal> proposals(long editionId) {
        return jdbc.sql(PROPOSAL + " WHERE edition_id = :edition ORDER BY position, id").param("edition", editionId)
                .query(EditionStore::proposal).list();
    }

    Optional<MemoProposal> proposal(long id) {
        return jdbc.sql(PROPOSAL + " WHERE id = :id").param("id", id).query(EditionStore::proposal).optional();
    }

    long insertProposal(long editionId, ProposalForm form) {
        return jdbc.sql("""
                        INSERT INTO memo_proposal (edition_id, position, background, assignee_role, task, report_meeting_id)
                        VALUES (:edition, (SELECT coalesce(max(position), 0) + 1 FROM memo_proposal WHERE edition_id = :edition),
                                :background, :assignee, :task, :meeting)
                        RETURNING id""")
                .param("edition", editionId).param("background", strip(form.background())).param("assignee", form.assigneeRole().strip())
                .param("task", form.task().strip()).param("meeting", form.reportMeetingId())
                .query(Long.class).single();
    }

    int updateProposal(long id, long version, ProposalForm form) {
        return jdbc.sql("""
                        UPDATE memo_proposal SET background = :background, assignee_role = :assignee, task = :task,
                               report_meeting_id = :meeting, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).param("background", strip(form.background()))
                .param("assignee", form.assigneeRole().strip()).param("task", form.task().strip()).param("meeting", form.reportMeetingId())
                .update();
    }

    void adopted(long proposalId, long assignmentId) {
        jdbc.sql("UPDATE memo_proposal SET assignment_id = :assignment, version = version + 1 WHERE id = :id")
                .param("id", proposalId).param("assignment", assignmentId).update();
    }

    void deleteProposal(long id) {
        jdbc.sql("DELETE FROM memo_proposal WHERE id = :id").param("id", id).update();
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

    /** What sending stores: the documents as sent and as the public gets them, the figures and the content (JSON). */
    record Sent(byte[] docx, byte[] pdf, byte[] publicDocx, byte[] publicPdf, String figures, String content) {
    }

    void saveSent(long editionId, Sent sent) {
        jdbc.sql("""
                        INSERT INTO memo_edition_sent (edition_id, docx, pdf, public_docx, public_pdf, figures, content)
                        VALUES (:edition, :docx, :pdf, :publicDocx, :publicPdf, CAST(:figures AS jsonb), CAST(:content AS jsonb))""")
                .param("edition", editionId).param("docx", sent.docx()).param("pdf", sent.pdf()).param("publicDocx", sent.publicDocx())
                .param("publicPdf", sent.publicPdf()).param("figures", sent.figures()).param("content", sent.content())
                .update();
    }

    /** A sent edition's stored document: "docx" or "pdf", as sent or as the public gets it. */
    Optional<byte[]> sentDocument(long editionId, String kind, boolean forThePublic) {
        String column = switch (kind) {
            case "docx" -> forThePublic ? "public_docx" : "docx";
            case "pdf" -> forThePublic ? "public_pdf" : "pdf";
            default -> throw new IllegalArgumentException(kind);
        };
        return jdbc.sql("SELECT " + column + " FROM memo_edition_sent WHERE edition_id = :edition").param("edition", editionId)
                .query(byte[].class).optional();
    }

    /** What a sent edition stated, as stored when it was sent (JSON): "figures" or "content". */
    Optional<String> sentJson(long editionId, String kind) {
        String column = kind.equals("figures") ? "figures" : "content";
        return jdbc.sql("SELECT " + column + "::text FROM memo_edition_sent WHERE edition_id = :edition").param("edition", editionId)
                .query(String.class).optional();
    }

    private static MemoEdition edition(ResultSet rs, int n) throws SQLException {
        Timestamp sent = rs.getTimestamp("sent_at");
        return new MemoEdition(rs.getLong("id"), rs.getInt("year"), rs.getString("title"), rs.getString("reference"),
                rs.getObject("dated_on", LocalDate.class), rs.getString("office"), rs.getString("author_name"),
                rs.getString("author_title"), rs.getString("author_phone"), rs.getString("author_email"), EditionStatus.valueOf(rs.getString("status")),
                sent == null ? null : sent.toInstant(), nullableLong(rs, "previous_id"), nullableLong(rs, "decision_id"),
                longs(rs.getArray("appendix_area_ids")), rs.getLong("version"));
    }

    private static MemoSection section(ResultSet rs, int n) throws SQLException {
        return new MemoSection(rs.getLong("id"), rs.getLong("edition_id"), nullableLong(rs, "parent_id"), rs.getInt("position"),
                SectionKind.valueOf(rs.getString("kind")), rs.getString("heading"), rs.getString("heading_footnote"),
                nullableLong(rs, "area_id"), rs.getString("body"), rs.getLong("version"));
    }

    private static MemoProposal proposal(ResultSet rs, int n) throws SQLException {
        return new MemoProposal(rs.getLong("id"), rs.getLong("edition_id"), rs.getInt("position"), rs.getString("background"),
                rs.getString("assignee_role"), rs.getString("task"), nullableLong(rs, "report_meeting_id"),
                nullableLong(rs, "assignment_id"), rs.getLong("version"));
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static List<Long> longs(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> ((Number) v).longValue()).toList();
    }

    private static Long[] areas(List<Long> ids) {
        return ids == null ? new Long[0] : ids.stream().filter(java.util.Objects::nonNull).distinct().toArray(Long[]::new);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
