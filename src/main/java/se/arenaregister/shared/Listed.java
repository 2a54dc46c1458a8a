package se.arenaregister.shared;

import java.util.List;

/**
 * The first rows of a list and how many rows the whole list has: what a page shows of a list that may grow with the
 * register, with a link to the rest.
 */
public record Listed<T>(List<T> first, int total) {

    public Listed {
        first = List.copyOf(first);
    }

    /** Rows of the whole list beyond those listed. */
    public int more() {
        return total - first.size();
    }
}
