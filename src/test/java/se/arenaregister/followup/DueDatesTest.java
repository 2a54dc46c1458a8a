package se.arenaregister.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** Due, overdue and recurrence, computed against given dates (no clock reading, no sleeping). */
class DueDatesTest {

    static final LocalDate DUE = LocalDate.of(2022, 6, 15);

    static Review review(Recurrence recurrence, LocalDate until) {
        return new Review(7L, 1L, null, LocalDate.of(2023, 5, 31), recurrence, until, "Översyn av arbetsordningen", "Områdeschef",
                null, null, null, null, 0L);
    }

    @Test
    void anOpenAssignmentIsOverdueFromTheDayAfterItsReportBack() {
        assertThat(AssignmentStatus.of(AssignmentStatus.OPEN, DUE, DUE.minusDays(1))).isEqualTo(AssignmentStatus.OPEN);
        assertThat(AssignmentStatus.of(AssignmentStatus.OPEN, DUE, DUE)).isEqualTo(AssignmentStatus.OPEN);
        assertThat(AssignmentStatus.of(AssignmentStatus.OPEN, DUE, DUE.plusDays(1))).isEqualTo(AssignmentStatus.OVERDUE);
    }

    @Test
    void reportedClosedAndUndatedAssignmentsAreNeverOverdue() {
        LocalDate muchLater = DUE.plusYears(4);
        assertThat(AssignmentStatus.of(AssignmentStatus.REPORTED, DUE, muchLater)).isEqualTo(AssignmentStatus.REPORTED);
        assertThat(AssignmentStatus.of(AssignmentStatus.CLOSED, DUE, muchLater)).isEqualTo(AssignmentStatus.CLOSED);
        assertThat(AssignmentStatus.of(AssignmentStatus.OPEN, null, muchLater)).isEqualTo(AssignmentStatus.OPEN);
    }

    @Test
    void aReviewOncePerTermComesBackFourYearsLater() {
        Review next = review(Recurrence.PER_TERM, null).nextOccurrence();
        assertThat(next.dueOn()).isEqualTo(LocalDate.of(2027, 5, 31));
        assertThat(next.previousId()).isEqualTo(7L);
        assertThat(next.completed()).isFalse();
        assertThat(next.reason()).isEqualTo("Översyn av arbetsordningen");
    }

    @Test
    void aYearlyReviewComesBackNextYearUntilItsRuleRunsOut() {
        assertThat(review(Recurrence.YEARLY, LocalDate.of(2024, 5, 31)).nextOccurrence().dueOn()).isEqualTo(LocalDate.of(2024, 5, 31));
        assertThat(review(Recurrence.YEARLY, LocalDate.of(2024, 5, 30)).nextOccurrence()).isNull();
    }

    @Test
    void aOneOffReviewDoesNotComeBack() {
        assertThat(review(Recurrence.NONE, null).nextOccurrence()).isNull();
    }

    @Test
    void aLeapDayReviewFallsBackToTheLastDayOfFebruary() {
        Review leap = new Review(1L, 1L, null, LocalDate.of(2024, 2, 29), Recurrence.YEARLY, null, "Skäl", null, null, null, null, null, 0L);
        assertThat(leap.nextOccurrence().dueOn()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void theClockDecidesWhatTodayIs() {
        Clock midsummer = Clock.fixed(LocalDate.of(2022, 6, 24).atStartOfDay(ZoneId.of("Europe/Stockholm")).toInstant(),
                ZoneId.of("Europe/Stockholm"));
        assertThat(AssignmentStatus.of(AssignmentStatus.OPEN, DUE, LocalDate.now(midsummer))).isEqualTo(AssignmentStatus.OVERDUE);
    }
}
