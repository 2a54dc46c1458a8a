package se.arenaregister.arena;

/**
 * A group of the register as the memo's appendix has them: a sub-area, or the arenas placed in an area directly
 * ({@code subArea} null); with how many arenas of the group match the filter.
 */
public record ArenaGroupCount(ArenaRow.Ref area, ArenaRow.Ref subArea, long count) {

    /** The group's identity: the sub-area's id, or the area's for arenas placed in it directly (ids of one table). */
    public long key() {
        return subArea != null ? subArea.id() : area.id();
    }
}
