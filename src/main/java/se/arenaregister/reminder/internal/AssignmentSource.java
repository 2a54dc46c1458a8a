package se.arenaregister.reminder.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.SqlReminderSource;

/** Open assignments to report back in the window (by their date, or their meeting's), to the person assigned. */
@Component
class AssignmentSource extends SqlReminderSource {

    AssignmentSource(JdbcClient jdbc) {
        super(jdbc, ReminderKind.ASSIGNMENT, """
                SELECT s.id AS subject_id, s.assignee_person_id AS person_id, coalesce(s.report_due_on, m.meets_on) AS due_on,
                       left(d.reference || ': ' || s.description, 1000) AS what
                FROM assignment_overview s
                JOIN decision_overview d ON d.id = s.decision_id
                JOIN person_overview p ON p.id = s.assignee_person_id AND NOT p.erased
                LEFT JOIN committee_meeting_overview m ON m.id = s.report_meeting_id
                WHERE s.status = 'OPEN' AND coalesce(s.report_due_on, m.meets_on) BETWEEN :from AND :until""");
    }
}
