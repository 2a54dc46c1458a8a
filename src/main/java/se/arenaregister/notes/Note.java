package se.arenaregister.notes;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/**
 * A note from a meeting held in an arena, as stored. Attendees and recipients are person and area ids (their names
 * follow a change of name or an erasure). Who recorded it and when are in the audit entry anyway, so not logged twice.
 */
@Traced(value = EntityType.NOTE, tables = {"note", "note_attendee", "note_recipient"})
public record Note(Long id, long arenaId, LocalDate heldOn, Set<Long> attendeePersonIds, String otherAttendees,
                   String discussed, String brought, String learned, @Traced.As("public") boolean publicNote,
                   Set<Long> recipientPersonIds, Set<Long> recipientAreaIds,
                   @Traced.Omitted String createdBy, @Traced.Omitted Instant createdAt, Long version) {

    Note withPublic(boolean publicNote) {
        return new Note(id, arenaId, heldOn, attendeePersonIds, otherAttendees, discussed, brought, learned, publicNote,
                recipientPersonIds, recipientAreaIds, createdBy, createdAt, version);
    }
}
