package se.arenaregister.reminder.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.SqlReminderSource;

/**
 * Report-backs owed at a committee meeting in the window, as "Min sida" counts them: the representatives the meeting's
 * committee appointed, in office on the meeting day, in arenas not archived, from which they have not yet reported at
 * that meeting. One reminder per meeting and person, naming the committee and the arenas.
 */
@Component
class ReportBackSource extends SqlReminderSource {

    ReportBackSource(JdbcClient jdbc) {
        super(jdbc, ReminderKind.REPORT_BACK, """
                SELECT m.id AS subject_id, x.person_id, m.meets_on AS due_on,
                       left(c.name || ': ' || string_agg(DISTINCT a.name, ', ' ORDER BY a.name), 1000) AS what
                FROM committee_meeting_overview m
                JOIN committee_overview c ON c.id = m.committee_id
                JOIN decision_overview d ON d.committee_id = m.committee_id
                JOIN appointment_overview x ON x.decision_id = d.id
                JOIN arena_overview a ON a.id = x.arena_id
                JOIN person_overview p ON p.id = x.person_id
                WHERE m.meets_on BETWEEN :from AND :until AND NOT a.archived AND NOT p.erased
                  AND x.start_date <= m.meets_on AND (x.end_date IS NULL OR x.end_date >= m.meets_on)
                  AND NOT EXISTS (SELECT 1 FROM report_back_overview b
                                  WHERE b.meeting_id = m.id AND b.arena_id = a.id AND b.person_id = x.person_id)
                GROUP BY m.id, x.person_id, m.meets_on, c.name""");
    }
}
