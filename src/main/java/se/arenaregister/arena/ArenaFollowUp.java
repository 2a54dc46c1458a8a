package se.arenaregister.arena;

import java.time.LocalDate;
import java.util.List;

/**
 * What the follow-up knows about an arena, for its page: assessments (latest first), reviews and
 * report-backs. Implemented by the follow-up module; codes are Verdict and Recurrence names. Who assessed, who is
 * responsible and who reported are names for {@code internal} viewers (logged in); the public sees officials by role.
 */
public interface ArenaFollowUp {

    record AssessmentEntry(long id, LocalDate assessedOn, String verdict, String motivation, String assessor) {
    }

    record ReviewEntry(long id, LocalDate dueOn, String recurrence, String reason, String responsible, String outcome,
                       LocalDate completedOn, boolean overdue, boolean areaWide) {
    }

    record ReportEntry(long meetingId, LocalDate meetsOn, String reporter, String text) {
    }

    record Summary(List<AssessmentEntry> assessments, List<ReviewEntry> reviews, List<ReportEntry> reports) {
        public AssessmentEntry latest() {
            return assessments.isEmpty() ? null : assessments.get(0);
        }
    }

    Summary of(long arenaId, LocalDate today, boolean internal);
}
