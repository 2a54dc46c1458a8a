package se.arenaregister.analysis.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Topics × levels: in which arenas each topic is handled at political, senior-official and official level. A cell
 * without arenas is a gap; a cell with {@value #MANY} or more arenas, or {@value #SAME_SCOPE_EU} or more EU arenas,
 * is an overlap (the memo: "Flera av EU-forumen hanterar infrastrukturfrågor; CPMR, Europaforum och NSEO"). A cell
 * whose arenas all handle other topics too has no forum of its own for the topic: the memo's "Det finns inget
 * politiskt forum specifikt för digitalisering … hanteras i befintliga forum; politikerforum (P),
 * tjänstemannaforum (ÖT)". An arena is the topic's own when the topic is the only one it handles.
 *
 * @param levels the columns, as level codes (POLITICAL, SENIOR_OFFICIAL, OFFICIAL)
 */
public record Coverage(List<String> levels, List<Row> rows) {

    static final int MANY = 3;
    static final int SAME_SCOPE_EU = 2;
    /**
     * A cell lists this many arenas at most, whatever the register's size (the memo's largest cell holds 13); the rest are a
     * count and a link to the register filtered by topic and level or scope.
     */
    public static final int FIRST_ARENAS = 15;

    /** One topic; {@code cells} keyed by level code in column order. */
    public record Row(long topicId, String topic, Map<String, Cell> cells) {
    }

    /**
     * @param arenas     the first {@value #FIRST_ARENAS} of the cell's arenas by name; {@code count} says how many there are
     * @param count      how many live arenas the cell holds
     * @param euCount    how many of them are at EU scope
     * @param noOwnForum arenas handle the topic at this level, but none of them is the topic's own (each handles
     *                   other topics too)
     */
    public record Cell(List<ArenaRef> arenas, int count, int euCount, boolean gap, boolean noOwnForum, boolean overlap, boolean euOverlap) {

        /** The cell from its first arenas and the counts over all of them, as the statement sums them. */
        static Cell of(List<ArenaRef> first, int count, int euCount, int ownForums) {
            return new Cell(List.copyOf(first), count, euCount, count == 0, count > 0 && ownForums == 0,
                    euCount >= SAME_SCOPE_EU || count >= MANY, euCount >= SAME_SCOPE_EU);
        }

        /** Arenas the cell holds beyond those it lists. */
        public int more() {
            return count - arenas.size();
        }
    }

    /** @param ownForum the topic of the row is the only one the arena handles */
    public record ArenaRef(long id, String name, String scope, boolean ownForum) {
    }

    /** Number of gaps in the whole matrix. */
    public long gaps() {
        return count(rows, Cell::gap);
    }

    /** Number of cells handled only in arenas that are not the topic's own. */
    public long withoutOwnForum() {
        return count(rows, Cell::noOwnForum);
    }

    static long count(List<Row> rows, Predicate<Cell> which) {
        return rows.stream().flatMap(r -> r.cells().values().stream()).filter(which).count();
    }
}
