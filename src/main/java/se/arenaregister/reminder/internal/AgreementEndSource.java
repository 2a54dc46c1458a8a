package se.arenaregister.reminder.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.SqlReminderSource;

/**
 * Agreements (RUN/34/2018 with the municipalities, the UNESCO agreement) whose valid-until is in the window and that
 * nobody has recorded as ended, to the person responsible for each. An extension is a new valid-until, and so a new
 * reminder.
 */
@Component
class AgreementEndSource extends SqlReminderSource {

    AgreementEndSource(JdbcClient jdbc) {
        super(jdbc, ReminderKind.AGREEMENT_END, """
                SELECT g.id AS subject_id, g.responsible_person_id AS person_id, g.valid_until AS due_on, g.title AS what
                FROM agreement_overview g
                JOIN person_overview p ON p.id = g.responsible_person_id AND NOT p.erased
                WHERE g.ended_on IS NULL AND g.valid_until BETWEEN :from AND :until""");
    }
}
