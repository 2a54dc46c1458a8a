package se.arenaregister.reminder;

import java.util.Locale;

/**
 * What a reminder is about. The names are stored in {@code reminder_outbox.kind} and in the recipients' opt-outs:
 * never rename one. {@link #property()} is the kind's name in {@code arenaregister.reminders.lead-days.<kind>}.
 */
public enum ReminderKind {

    REVIEW(14), REPORT_BACK(14), ASSIGNMENT(14), ARENA_END(30), TERM_END(60), AGREEMENT_END(60),
    /** A note names the recipient under who should know: sent at once, not ahead of a date. */
    NOTE(0),
    /** The weekly digest of what is coming. */
    DIGEST(0);

    private final int defaultLeadDays;

    ReminderKind(int defaultLeadDays) {
        this.defaultLeadDays = defaultLeadDays;
    }

    /** How many days ahead of its date a reminder of this kind is sent unless configured. */
    public int defaultLeadDays() {
        return defaultLeadDays;
    }

    /** The kind as a property name: {@code report-back}, {@code arena-end}. */
    public String property() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
