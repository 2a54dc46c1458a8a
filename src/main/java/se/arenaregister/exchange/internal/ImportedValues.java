package se.arenaregister.exchange.internal;

import java.util.EnumSet;
import java.util.Set;

import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.Scope;

/**
 * One row's values, for the columns the file has ({@code present}); the other fields of an existing
 * arena are left as they are. Area and sub-area are where the row is placed (and matched).
 */
record ImportedValues(String name, Set<ArenaType> types, String otherInfo, String purpose, long areaId, Long subAreaId,
                      Set<Level> levels, Scope scope, Long convenerId, Boolean ledByHome, Set<Long> topicIds, ArenaStatus status,
                      Set<Column> present) {

    ImportedValues {
        present = present.isEmpty() ? EnumSet.noneOf(Column.class) : EnumSet.copyOf(present);
    }

    boolean has(Column column) {
        return present.contains(column);
    }

    /** {@code base} with this row's values where the file has a column for them. */
    ArenaForm applyTo(ArenaForm b) {
        return b.toBuilder()
                .name(has(Column.NAME) ? name : b.name())
                .areaId(areaId)
                .subAreaId(subAreaId)
                .types(has(Column.TYPES) ? types : b.types())
                .levels(has(Column.LEVELS) ? levels : b.levels())
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
