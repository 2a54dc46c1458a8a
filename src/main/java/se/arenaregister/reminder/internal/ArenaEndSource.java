package se.arenaregister.reminder.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.SqlReminderSource;

/** Arenas (not archived) whose end date is in the window, to everyone appointed to them and still in office then. */
@Component
class ArenaEndSource extends SqlReminderSource {

    ArenaEndSource(JdbcClient jdbc) {
        super(jdbc, ReminderKind.ARENA_END, """
                SELECT DISTINCT a.id AS subject_id, x.person_id, a.end_date AS due_on, a.name AS what
                FROM arena_overview a
                JOIN appointment_overview x ON x.arena_id = a.id
                JOIN person_overview p ON p.id = x.person_id AND NOT p.erased
                WHERE NOT a.archived AND a.end_date BETWEEN :from AND :until
                  AND x.start_date <= a.end_date AND (x.end_date IS NULL OR x.end_date >= :from)""");
    }
}
