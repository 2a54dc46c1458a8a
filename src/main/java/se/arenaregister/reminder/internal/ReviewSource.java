package se.arenaregister.reminder.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.SqlReminderSource;

/** Open reviews (of an arena or of an area) due in the window, to the person responsible for each. */
@Component
class ReviewSource extends SqlReminderSource {

    ReviewSource(JdbcClient jdbc) {
        super(jdbc, ReminderKind.REVIEW, """
                SELECT r.id AS subject_id, r.responsible_person_id AS person_id, r.due_on, coalesce(a.name, ar.name) AS what
                FROM review_overview r
                JOIN person_overview p ON p.id = r.responsible_person_id AND NOT p.erased
                LEFT JOIN arena_overview a ON a.id = r.arena_id
                LEFT JOIN area_overview ar ON ar.id = r.area_id
                WHERE r.completed_on IS NULL AND r.due_on BETWEEN :from AND :until""");
    }
}
