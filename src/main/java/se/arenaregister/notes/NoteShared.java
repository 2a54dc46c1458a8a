package se.arenaregister.notes;

import java.time.LocalDate;
import java.util.Set;

/**
 * A save of a note added people or areas to "who should know": only those added by that save, so that an edit does
 * not tell anyone twice. Published in the saving transaction; a listener that sends mail should act after commit.
 */
public record NoteShared(long noteId, long arenaId, LocalDate heldOn, Set<Long> personIds, Set<Long> areaIds) {

    public NoteShared {
        personIds = Set.copyOf(personIds);
        areaIds = Set.copyOf(areaIds);
    }
}
