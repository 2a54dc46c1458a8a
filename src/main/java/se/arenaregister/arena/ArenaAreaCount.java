package se.arenaregister.arena;

/** An area or sub-area ({@code parentId} set) with how many arenas of a filter are placed in it as their group. */
public record ArenaAreaCount(long id, Long parentId, String name, int sortOrder, long count) {
}
