package se.arenaregister.followup;

import java.time.LocalDate;

/** How a review comes back: never, every year, or once per four-year term. Labels: {@code recurrence.CODE}. */
public enum Recurrence {
    NONE(0), YEARLY(1), PER_TERM(4);

    private final int years;

    Recurrence(int years) {
        this.years = years;
    }

    /** The next due date after {@code due}, or null when it does not recur. */
    public LocalDate next(LocalDate due) {
        return years == 0 ? null : due.plusYears(years);
    }
}
