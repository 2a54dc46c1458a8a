package se.arenaregister.report;

import static se.arenaregister.report.StoreRows.nullableLong;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of memo editions: the editions themselves and what was stored when they were sent. Their outline and flag
 * resolutions are {@link SectionStore}'s, their proposals {@link ProposalStore}'s.
 */
@Repository
class EditionStore {

    private static final String EDITION = """
            SELECT id, year, title, reference, dated_on, office, author_name, author_title, author_phone, author_email, status, sent_at,
                   previous_id, decision_id, appendix_area_ids, version
            FROM memo_edition""";

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
}
