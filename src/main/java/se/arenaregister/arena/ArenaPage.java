package se.arenaregister.arena;

import java.util.List;

/** One page of arenas and how many match in all. */
public record ArenaPage(List<ArenaRow> items, long total, int page, int size) {
}
