package se.arenaregister.notes;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Stores notes with their attendees and recipients: a note and its rows are written together, in the caller's transaction. */
@Component
class NoteStore {

    private final JdbcClient jdbc;

    NoteStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Note> find(long id) {
        return jdbc.sql("""
                        SELECT id, arena_id, held_on, other_attendees, discussed, brought, learned, public, created_by, created_at, version,
                               ARRAY(SELECT person_id FROM note_attendee WHERE note_id = note.id) AS attendees,
                               ARRAY(SELECT person_id FROM note_recipient WHERE note_id = note.id AND person_id IS NOT NULL) AS people,
                               ARRAY(SELECT area_id FROM note_recipient WHERE note_id = note.id AND area_id IS NOT NULL) AS areas
                        FROM note WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new Note(rs.getLong("id"), rs.getLong("arena_id"), rs.getObject("held_on", java.time.LocalDate.class),
                        ids(rs.getArray("attendees")), rs.getString("other_attendees"), rs.getString("discussed"), rs.getString("brought"),
                        rs.getString("learned"), rs.getBoolean("public"), ids(rs.getArray("people")), ids(rs.getArray("areas")),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getLong("version")))
                .optional();
    }

    Note insert(Note note) {
        long id = jdbc.sql("""
                        INSERT INTO note (arena_id, held_on, other_attendees, discussed, brought, learned, public, created_by, created_at)
                        VALUES (:arena, :heldOn, :others, :discussed, :brought, :learned, :public, :createdBy, :createdAt) RETURNING id""")
                .param("arena", note.arenaId()).param("heldOn", note.heldOn()).param("others", note.otherAttendees())
                .param("discussed", note.discussed()).param("brought", note.brought()).param("learned", note.learned())
                .param("public", note.publicNote()).param("createdBy", note.createdBy())
                .param("createdAt", Timestamp.from(note.createdAt()))
                .query(Long.class).single();
        writeRows(id, note);
        return find(id).orElseThrow();
    }

    /** Writes the note over the stored one of {@code version}; empty when another save came first. */
    Optional<Note> update(Note note, long version) {
        int changed = jdbc.sql("""
                        UPDATE note SET held_on = :heldOn, other_attendees = :others, discussed = :discussed, brought = :brought,
                               learned = :learned, public = :public, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", note.id()).param("version", version).param("heldOn", note.heldOn()).param("others", note.otherAttendees())
                .param("discussed", note.discussed()).param("brought", note.brought()).param("learned", note.learned())
                .param("public", note.publicNote())
                .update();
        if (changed == 0) {
            return Optional.empty();
        }
        jdbc.sql("DELETE FROM note_attendee WHERE note_id = :id").param("id", note.id()).update();
        jdbc.sql("DELETE FROM note_recipient WHERE note_id = :id").param("id", note.id()).update();
        writeRows(note.id(), note);
        return find(note.id());
    }

    boolean delete(long id, long version) {
        return jdbc.sql("DELETE FROM note WHERE id = :id AND version = :version").param("id", id).param("version", version).update() == 1;
    }

    /** Of these people, those who are in the register and not erased. */
    Set<Long> knownPeople(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : new TreeSet<>(jdbc.sql("SELECT id FROM person_overview WHERE id IN (:ids) AND NOT erased")
                .param("ids", ids).query(Long.class).list());
    }

    Set<Long> knownAreas(Collection<Long> ids) {
        return ids.isEmpty() ? Set.of() : new TreeSet<>(jdbc.sql("SELECT id FROM area_overview WHERE id IN (:ids)")
                .param("ids", ids).query(Long.class).list());
    }

    private void writeRows(long id, Note note) {
        for (Long person : note.attendeePersonIds()) {
            jdbc.sql("INSERT INTO note_attendee (note_id, person_id) VALUES (:note, :person)").param("note", id).param("person", person).update();
        }
        for (Long person : note.recipientPersonIds()) {
            jdbc.sql("INSERT INTO note_recipient (note_id, person_id) VALUES (:note, :person)").param("note", id).param("person", person).update();
        }
        for (Long area : note.recipientAreaIds()) {
            jdbc.sql("INSERT INTO note_recipient (note_id, area_id) VALUES (:note, :area)").param("note", id).param("area", area).update();
        }
    }

    private static Set<Long> ids(java.sql.Array array) throws java.sql.SQLException {
        Set<Long> ids = new TreeSet<>();
        if (array != null) {
            for (Object id : (Object[]) array.getArray()) {
                ids.add(((Number) id).longValue());
            }
        }
        return java.util.Collections.unmodifiableSet(ids);
    }
}
