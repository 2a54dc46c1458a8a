package se.arenaregister.reminder.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.SqlReminderSource;

/** Terms of office ending in the window, to everyone with an appointment for the term that has not ended before. */
@Component
class TermEndSource extends SqlReminderSource {

    TermEndSource(JdbcClient jdbc) {
        super(jdbc, ReminderKind.TERM_END, """
                SELECT DISTINCT t.id AS subject_id, x.person_id, t.end_date AS due_on, t.name AS what
                FROM term_overview t
                JOIN appointment_overview x ON x.term_id = t.id
                JOIN person_overview p ON p.id = x.person_id AND NOT p.erased
                WHERE t.end_date BETWEEN :from AND :until AND (x.end_date IS NULL OR x.end_date >= :from)""");
    }
}
