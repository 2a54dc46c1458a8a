package se.arenaregister.analysis;

import java.util.List;
import java.util.Map;

/**
 * Topics × levels: in which arenas each topic is handled at political, senior-official and official level. A cell
 * without arenas is a gap; a cell with {@value #MANY} or more arenas, or {@value #SAME_SCOPE_EU} or more EU arenas,
 * is an overlap (the memo: "Flera av EU-forumen hanterar infrastrukturfrågor; CPMR, Europaforum och NSEO").
 *
 * @param levels the columns, as level codes (POLITICAL, SENIOR_OFFICIAL, OFFICIAL)
 */
public record Coverage(List<String> levels, List<Row> rows) {

    static final int MANY = 3;
    static final int SAME_SCOPE_EU = 2;

    /** One topic; {@code cells} keyed by level code in column order. */
    public record Row(long topicId, String topic, Map<String, Cell> cells) {
    }

    public record Cell(List<ArenaRef> arenas, boolean gap, boolean overlap, boolean euOverlap) {

        static Cell of(List<ArenaRef> arenas) {
            long eu = arenas.stream().filter(a -> "EU".equals(a.scope())).count();
            return new Cell(List.copyOf(arenas), arenas.isEmpty(), eu >= SAME_SCOPE_EU || arenas.size() >= MANY, eu >= SAME_SCOPE_EU);
        }
    }

    public record ArenaRef(long id, String name, String scope) {
    }

    /** Number of gaps in the whole matrix. */
    public long gaps() {
        return rows.stream().flatMap(r -> r.cells().values().stream()).filter(Cell::gap).count();
    }
}
