package se.arenaregister.notes;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A note of a meeting held in an arena (the arena is the page's). The service adds the rules that need more than one
 * field or the clock: the meeting was held (not in the future), someone attended for us (a person or a typed name),
 * and the note says what was learned or what was discussed.
 */
public record NoteForm(
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
        @Size(max = 50) Set<Long> attendeePersonIds,
        @Size(max = 1000) String otherAttendees,
        @Size(max = 8000) String discussed,
        @Size(max = 4000) String brought,
        @Size(max = 8000) String learned,
        @Size(max = 100) Set<Long> recipientPersonIds,
        @Size(max = 100) Set<Long> recipientAreaIds,
        Long version) {

    public NoteForm {
        attendeePersonIds = ids(attendeePersonIds);
        recipientPersonIds = ids(recipientPersonIds);
        recipientAreaIds = ids(recipientAreaIds);
    }

    /** Sorted, without the empty values a form may send. */
    private static Set<Long> ids(Set<Long> ids) {
        TreeSet<Long> sorted = new TreeSet<>();
        if (ids != null) {
            ids.stream().filter(Objects::nonNull).forEach(sorted::add);
        }
        return Collections.unmodifiableSet(sorted);
    }

    /** An empty form for a meeting held today. */
    public static NoteForm blank(LocalDate today) {
        return new NoteForm(today, Set.of(), "", "", "", "", Set.of(), Set.of(), null);
    }

    /** The same form moved to the stored version (after an edit conflict). */
    public NoteForm withVersion(Long version) {
        return new NoteForm(heldOn, attendeePersonIds, otherAttendees, discussed, brought, learned, recipientPersonIds,
                recipientAreaIds, version);
    }
}
