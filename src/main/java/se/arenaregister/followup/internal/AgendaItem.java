package se.arenaregister.followup.internal;

import java.time.LocalDate;

/**
 * Something due on a date: a review, an assignment's report-back, an arena's end date (projects and
 * agreements that must not pass unnoticed), the end of a term, or a committee meeting. {@code path}
 * is where it is handled; {@code overdue} when its date has passed and it is still open. {@code responsible} is who
 * is named as responsible (a person's name or a free text); {@code personId} the person, when it is one of the register.
 */
public record AgendaItem(Kind kind, long id, LocalDate date, String title, String detail, String responsible, Long personId,
                         String path, boolean overdue) {

    /** AGREEMENT_END: an agreement's valid-until (overdue once passed, until it is extended or recorded as ended). */
    public enum Kind { REVIEW, ASSIGNMENT, ARENA_END, TERM_END, MEETING, AGREEMENT_END }

    public String uid() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + "-" + id + "@arenaregistret";
    }
}
