package se.arenaregister.arena;

import java.util.List;

/**
 * One page of arenas and how many match in all. {@code areas} are all areas and sub-areas in register order with their
 * counts, {@code groups} those that hold matching arenas (the total is their sum); {@code next} continues after this
 * page, null on the last one.
 */
public record ArenaPage(List<ArenaRow> items, long total, int page, int size, List<ArenaAreaCount> areas, List<ArenaGroupCount> groups,
                        ArenaCursor next) {
}
