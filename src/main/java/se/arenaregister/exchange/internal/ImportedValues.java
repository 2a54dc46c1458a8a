package se.arenaregister.exchange.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.Scope;

/**
 * One row's values, for the columns the file has ({@code present}); the other fields of an existing
 * arena are left as they are. Area and sub-area are where the row is placed (and matched). An empty level, scope,
 * status or led-by-home cell leaves an arena's value as it is; a new arena gets the form's default scope and status,
 * and levels inferred from its texts ({@link LevelGuess}). {@code representatives}: the people the row names (null
 * without the column).
 */
record ImportedValues(String name, Set<ArenaType> types, String otherInfo, String purpose, long areaId, Long subAreaId,
                      Set<Level> levels, Scope scope, Long convenerId, Boolean ledByHome, Set<Long> topicIds, ArenaStatus status,
                      Set<Column> present, List<Representative> representatives) {

    ImportedValues {
        present = present.isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(present);
    }

    ImportedValues(String name, Set<ArenaType> types, String otherInfo, String purpose, long areaId, Long subAreaId,
                   Set<Level> levels, Scope scope, Long convenerId, Boolean ledByHome, Set<Long> topicIds, ArenaStatus status,
                   Set<Column> present) {
        this(name, types, otherInfo, purpose, areaId, subAreaId, levels, scope, convenerId, ledByHome, topicIds, status, present,
                null);
    }

    boolean has(Column column) {
        return present.contains(column);
    }

    /** Whether the row gives levels (a level cell left empty gives none). */
    boolean hasLevels() {
        return has(Column.LEVELS) && levels != null && !levels.isEmpty();
    }

    /** The same row with the levels a new arena gets when the file gives none. */
    ImportedValues withLevels(Set<Level> inferred) {
        return new ImportedValues(name, types, otherInfo, purpose, areaId, subAreaId, inferred, scope, convenerId, ledByHome,
                topicIds, status, present, representatives);
    }

    /** {@code base} with this row's values where the file has a column for them. */
    ArenaForm applyTo(ArenaForm b) {
        return b.toBuilder()
                .name(has(Column.NAME) ? name : b.name())
                .areaId(areaId)
                .subAreaId(subAreaId)
                .types(has(Column.TYPES) ? types : b.types())
                .levels(levels != null && !levels.isEmpty() ? levels : b.levels())
                .scope(has(Column.SCOPE) && scope != null ? scope : b.scope())
                .convenerId(has(Column.CONVENER) ? convenerId : b.convenerId())
                .ledByHome(has(Column.LED_BY_HOME) && ledByHome != null ? ledByHome : b.ledByHome())
                .purpose(has(Column.PURPOSE) ? purpose : b.purpose())
                .otherInfo(has(Column.OTHER_INFO) ? otherInfo : b.otherInfo())
                .topicIds(has(Column.TOPICS) ? topicIds : b.topicIds())
                .status(has(Column.STATUS) && status != null ? status : b.status())
                .build();
    }
}
