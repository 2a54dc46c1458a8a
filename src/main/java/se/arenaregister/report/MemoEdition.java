package se.arenaregister.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/**
 * One year's memo to the committee: its header block (title, reference, date, office, author with title, phone and
 * e-mail: the public gets the title, never the name or contact details, as for every official),
 * the areas its Appendix 1 lists, and its status. {@code decisionId} is the committee's decision on it, once recorded.
 */
@Traced(value = EntityType.MEMO_EDITION, tables = {"memo_edition", "memo_edition_sent"})
public record MemoEdition(long id, int year, String title, String reference, LocalDate datedOn, String office,
                          String authorName, String authorTitle, String authorPhone, String authorEmail, EditionStatus status,
                          @Traced.Omitted Instant sentAt, Long previousId, Long decisionId, List<Long> appendixAreaIds,
                          long version) {

    public boolean isSent() {
        return status == EditionStatus.SENT;
    }

    /** "PM 2022 – RUN/78/2022", as the list names it. */
    public String label() {
        return "PM " + year + (reference == null || reference.isBlank() ? "" : " – " + reference);
    }
}
