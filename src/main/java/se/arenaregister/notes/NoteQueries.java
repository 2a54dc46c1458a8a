package se.arenaregister.notes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaNotes;

/**
 * Reading notes, each answer in a fixed number of statements whatever the rows. The public sees public notes only,
 * and among those who attended elected representatives by name and officials by title (or as "tjänsteperson"); not
 * who should know, who wrote the note, nor the attendees typed as free text (they are not checked for officials' names).
 *
 * <p>Who a note reaches ({@link #addressedTo}): a person named under "who should know", and everyone of an area named
 * there, an area's sub-areas included. A person is of an area when it is their own area in the register, when their
 * account edits it (AREA_EDITOR), or when they hold a current appointment in an arena of it.
 */
@Service
@Transactional(readOnly = true)
public class NoteQueries implements ArenaNotes {

    static final String OFFICIAL = "note.official";

    private final JdbcClient jdbc;
    private final MessageSource messages;
    private final Clock clock;

    NoteQueries(JdbcClient jdbc, MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Entry> of(long arenaId, boolean internal) {
        return jdbc.sql("""
                        SELECT id, held_on, learned, discussed, public FROM note
                        WHERE arena_id = :arena AND (public OR :internal) ORDER BY held_on DESC, id DESC""")
                .param("arena", arenaId).param("internal", internal)
                .query((rs, n) -> new Entry(rs.getLong("id"), rs.getObject("held_on", LocalDate.class), rs.getString("learned"),
                        rs.getString("discussed"), rs.getBoolean("public")))
                .list();
    }

    /** Someone or something named on a note: a person (an attendee, a recipient) or an area. */
    public record Named(long id, String name) {
    }

    /**
     * A note as one viewer may see it. For the public: attendees by name or role, and no recipients, author or
     * free-text attendees (null or empty).
     */
    public record NoteView(long id, long arenaId, String arena, LocalDate heldOn, List<Named> attendees, String otherAttendees,
                           String discussed, String brought, String learned, boolean publicNote, List<Named> recipientPeople,
                           List<Named> recipientAreas, String createdBy, Instant createdAt, long version) {

        /** The day the note was recorded, where the register is. */
        public LocalDate recordedOn(java.time.ZoneId zone) {
            return createdAt.atZone(zone).toLocalDate();
        }
    }

    /** The register's time zone, for the day a note was recorded. */
    public java.time.ZoneId zone() {
        return clock.getZone();
    }

    /** The note, if the viewer may see it: every note for internal viewers, public ones for the public. */
    public Optional<NoteView> view(long id, boolean internal) {
        String official = messages.getMessage(OFFICIAL, null, LocaleContextHolder.getLocale());
        return jdbc.sql("""
                        SELECT n.id, n.arena_id, a.name AS arena, n.held_on, n.other_attendees, n.discussed, n.brought, n.learned,
                               n.public, n.created_by, n.created_at, n.version,
                               ARRAY(SELECT p.id FROM note_attendee t JOIN person_overview p ON p.id = t.person_id
                                     WHERE t.note_id = n.id ORDER BY p.name, p.id) AS attendee_ids,
                               ARRAY(SELECT CASE WHEN :internal OR p.kind = 'ELECTED' THEN p.name ELSE coalesce(nullif(btrim(p.title), ''), :official) END
                                     FROM note_attendee t JOIN person_overview p ON p.id = t.person_id
                                     WHERE t.note_id = n.id ORDER BY p.name, p.id) AS attendee_names,
                               ARRAY(SELECT p.id FROM note_recipient r JOIN person_overview p ON p.id = r.person_id
                                     WHERE r.note_id = n.id ORDER BY p.name, p.id) AS people_ids,
                               ARRAY(SELECT p.name FROM note_recipient r JOIN person_overview p ON p.id = r.person_id
                                     WHERE r.note_id = n.id ORDER BY p.name, p.id) AS people_names,
                               ARRAY(SELECT ar.id FROM note_recipient r JOIN area_overview ar ON ar.id = r.area_id
                                     WHERE r.note_id = n.id ORDER BY ar.sort_order, ar.name) AS area_ids,
                               ARRAY(SELECT ar.name FROM note_recipient r JOIN area_overview ar ON ar.id = r.area_id
                                     WHERE r.note_id = n.id ORDER BY ar.sort_order, ar.name) AS area_names
                        FROM note n JOIN arena_overview a ON a.id = n.arena_id
                        WHERE n.id = :id AND (n.public OR :internal)""")
                .param("id", id).param("internal", internal).param("official", official)
                .query((rs, n) -> new NoteView(rs.getLong("id"), rs.getLong("arena_id"), rs.getString("arena"),
                        rs.getObject("held_on", LocalDate.class), named(rs.getArray("attendee_ids"), rs.getArray("attendee_names")),
                        internal ? rs.getString("other_attendees") : null, rs.getString("discussed"), rs.getString("brought"),
                        rs.getString("learned"), rs.getBoolean("public"),
                        internal ? named(rs.getArray("people_ids"), rs.getArray("people_names")) : List.of(),
                        internal ? named(rs.getArray("area_ids"), rs.getArray("area_names")) : List.of(),
                        internal ? rs.getString("created_by") : null, rs.getTimestamp("created_at").toInstant(), rs.getLong("version")))
                .optional();
    }

    /** A note addressed to someone: directly, or through one of their areas (the first by name, when not directly). */
    public record AddressedNote(long id, long arenaId, String arena, LocalDate heldOn, String learned, String discussed,
                                boolean direct, String viaArea) {
    }

    /**
     * The notes addressed to the person, newest meeting first, at most {@code limit}: to them by name, or to an area
     * they are of (see the class comment), an area's notes reaching its sub-areas. {@code accountAreaIds}: the areas the
     * person's account edits (the caller knows them from the signed-in account).
     */
    public List<AddressedNote> addressedTo(long personId, Collection<Long> accountAreaIds, LocalDate today, int limit) {
        return jdbc.sql("""
                        WITH RECURSIVE seed(id) AS (
                            SELECT area_id FROM person_overview WHERE id = :person AND area_id IS NOT NULL
                            UNION SELECT id FROM area_overview WHERE id IN (:accountAreas)
                            UNION SELECT coalesce(a.sub_area_id, a.area_id) FROM appointment_overview ap JOIN arena_overview a ON a.id = ap.arena_id
                                  WHERE ap.person_id = :person AND ap.start_date <= :today AND (ap.end_date IS NULL OR ap.end_date >= :today)
                        ), mine(id) AS (
                            SELECT id FROM seed
                            UNION SELECT ar.parent_id FROM area_overview ar JOIN mine m ON ar.id = m.id WHERE ar.parent_id IS NOT NULL
                        )
                        SELECT n.id, n.arena_id, a.name AS arena, n.held_on, n.learned, n.discussed,
                               bool_or(r.person_id IS NOT NULL) AS direct,
                               min(ar.name) AS via_area
                        FROM note_recipient r
                        JOIN note n ON n.id = r.note_id
                        JOIN arena_overview a ON a.id = n.arena_id
                        LEFT JOIN area_overview ar ON ar.id = r.area_id
                        WHERE r.person_id = :person OR r.area_id IN (SELECT id FROM mine)
                        GROUP BY n.id, a.name
                        ORDER BY n.held_on DESC, n.id DESC
                        LIMIT :limit""")
                .param("person", personId).param("accountAreas", accountAreaIds.isEmpty() ? List.of(-1L) : accountAreaIds)
                .param("today", today).param("limit", limit)
                .query((rs, n) -> new AddressedNote(rs.getLong("id"), rs.getLong("arena_id"), rs.getString("arena"),
                        rs.getObject("held_on", LocalDate.class), rs.getString("learned"), rs.getString("discussed"),
                        rs.getBoolean("direct"), rs.getString("via_area")))
                .list();
    }

    /** A note to choose (for a report-back): its arena and date, and the start of what was learned. */
    public record NoteChoice(long id, long arenaId, String arena, LocalDate heldOn, String learned) {
    }

    /** Every note of a meeting held on or after {@code since}, by arena and newest first: what a report-back may link to. */
    public List<NoteChoice> choicesSince(LocalDate since) {
        return jdbc.sql("""
                        SELECT n.id, n.arena_id, a.name AS arena, n.held_on, left(coalesce(n.learned, n.discussed), 80) AS learned
                        FROM note n JOIN arena_overview a ON a.id = n.arena_id
                        WHERE n.held_on >= :since ORDER BY a.name, n.held_on DESC, n.id DESC""")
                .param("since", since)
                .query((rs, n) -> new NoteChoice(rs.getLong("id"), rs.getLong("arena_id"), rs.getString("arena"),
                        rs.getObject("held_on", LocalDate.class), rs.getString("learned")))
                .list();
    }

    /** The arena a note was recorded on, if there is such a note. */
    public Optional<Long> arenaOf(long noteId) {
        return jdbc.sql("SELECT arena_id FROM note WHERE id = :id").param("id", noteId).query(Long.class).optional();
    }

    private static List<Named> named(java.sql.Array ids, java.sql.Array names) throws java.sql.SQLException {
        Object[] idValues = (Object[]) ids.getArray();
        Object[] nameValues = (Object[]) names.getArray();
        java.util.ArrayList<Named> named = new java.util.ArrayList<>();
        for (int i = 0; i < idValues.length; i++) {
            named.add(new Named(((Number) idValues[i]).longValue(), (String) nameValues[i]));
        }
        return List.copyOf(named);
    }
}
