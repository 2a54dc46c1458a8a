package se.arenaregister.arena;

import java.time.LocalDate;
import java.util.List;

/**
 * The notes recorded on an arena (anteckningar), for its page: newest first, the public ones only for the public.
 * Implemented by the notes module, so that the arena module does not depend on it.
 */
public interface ArenaNotes {

    record Entry(long id, LocalDate heldOn, String learned, String discussed, boolean publicNote) {
    }

    List<Entry> of(long arenaId, boolean internal);
}
