package se.arenaregister.reminder.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import se.arenaregister.notes.NoteShared;
import se.arenaregister.reminder.Notifications;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.security.UserNames;

/**
 * A note named people or areas under "who should know": each of them is mailed once. Named areas reach the people
 * "Min sida" shows the note to (the notes module's rule): everyone of the area or of one of its sub-areas, where a
 * person is of an area when it is their area in the register, when their account edits it, or when they hold a current
 * appointment in one of its arenas. Claimed in the outbox in the note's own transaction, so a note that is not stored
 * tells nobody. Work nobody is signed in for (the demo data, loaded at first start) is the system's and mails no one:
 * those notes are years old and were never written to anybody.
 */
@Component
class NoteRecipients {

    private final JdbcClient jdbc;
    private final UserNames accounts;
    private final Notifications notifications;
    private final Clock clock;

    NoteRecipients(JdbcClient jdbc, UserNames accounts, Notifications notifications, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.notifications = notifications;
        this.clock = clock;
    }

    @EventListener
    void noteShared(NoteShared shared) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || user instanceof AnonymousAuthenticationToken || !user.isAuthenticated()) {
            return;
        }
        Set<Long> people = new HashSet<>(shared.personIds());
        people.addAll(peopleOf(shared.areaIds()));
        if (people.isEmpty()) {
            return;
        }
        String arena = jdbc.sql("SELECT name FROM arena_overview WHERE id = :id").param("id", shared.arenaId())
                .query(String.class).optional().orElse("");
        notifications.notifyNow(ReminderKind.NOTE, shared.noteId(), shared.heldOn(), people, arena);
    }

    /** Everyone of the areas or of their sub-areas; three statements whatever the number of areas or people. */
    Set<Long> peopleOf(Set<Long> areaIds) {
        if (areaIds.isEmpty()) {
            return Set.of();
        }
        List<Long> areas = jdbc.sql("""
                        WITH RECURSIVE under(id) AS (
                            SELECT id FROM area_overview WHERE id = ANY(:areas)
                            UNION SELECT a.id FROM area_overview a JOIN under u ON a.parent_id = u.id)
                        SELECT id FROM under""")
                .param("areas", areaIds.toArray(Long[]::new)).query(Long.class).list();
        Set<Long> editors = accounts.editorsOf(areas);
        LocalDate today = LocalDate.now(clock);
        return new HashSet<>(jdbc.sql("""
                        SELECT p.id FROM person_overview p WHERE NOT p.erased AND p.area_id = ANY(:areas)
                        UNION SELECT x.person_id FROM appointment_overview x
                              JOIN arena_overview a ON a.id = x.arena_id
                              JOIN person_overview p ON p.id = x.person_id AND NOT p.erased
                              WHERE coalesce(a.sub_area_id, a.area_id) = ANY(:areas)
                                AND x.start_date <= :today AND (x.end_date IS NULL OR x.end_date >= :today)
                        UNION SELECT c.id FROM person_contact_overview c WHERE c.account_id = ANY(:editors)""")
                .param("areas", areas.toArray(Long[]::new)).param("today", today)
                .param("editors", editors.toArray(Long[]::new)).query(Long.class).list());
    }
}
