package se.arenaregister.arena;

/** Whether the organisation still takes part. Archiving is separate: it hides an entry without deleting it. */
public enum ArenaStatus {
    ACTIVE, ENDING, ENDED
}
