package se.arenaregister.analysis.internal;

import java.util.List;

import se.arenaregister.analysis.internal.Coverage.Cell;
import se.arenaregister.analysis.internal.Coverage.Row;

/**
 * Topics × geographic scope: in which arenas each topic is handled locally, regionally, interregionally, nationally,
 * across a border, at EU and at global level (the memo on Kultur och bildning: "Det som saknas är kulturella
 * påverkansarenor på europeisk nivå"). The marks mean what they mean in {@link Coverage}, with the scope in place of
 * the level: a cell without arenas is a gap; a cell with {@value Coverage#MANY} or more arenas is an overlap, and so is
 * the EU cell with {@value Coverage#SAME_SCOPE_EU} or more (several EU forums on one topic, as the memo says of
 * infrastructure; {@code euOverlap} marks it); a cell whose arenas all handle other topics too has no forum of its own.
 * An arena covers its topics at its one scope, whatever its levels (an arena with no level still counts here).
 *
 * @param scopes the columns, as scope codes in {@link se.arenaregister.arena.Scope} order
 */
public record ScopeCoverage(List<String> scopes, List<Row> rows) {

    /** Number of gaps in the whole matrix. */
    public long gaps() {
        return Coverage.count(rows, Cell::gap);
    }

    /** Number of cells handled only in arenas that are not the topic's own. */
    public long withoutOwnForum() {
        return Coverage.count(rows, Cell::noOwnForum);
    }
}
