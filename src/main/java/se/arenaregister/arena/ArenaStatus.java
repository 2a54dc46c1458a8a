package se.arenaregister.arena;

/**
 * Whether the organisation takes part. {@code CONSIDERED}: participation is being considered and awaits a decision, so
 * it is not yet taken part in (the memo's figures leave it out). Archiving is separate: it hides an entry without deleting it.
 */
public enum ArenaStatus {
    ACTIVE, ENDING, ENDED, CONSIDERED;

    /** Whether the organisation takes part (or still does, until the end). */
    public boolean takenPartIn() {
        return this == ACTIVE || this == ENDING;
    }
}
