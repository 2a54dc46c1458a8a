package se.arenaregister.exchange.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import se.arenaregister.arena.ArenaRow;

/**
 * Which of a row's columns would change an arena in the register. Only columns the file has count; an
 * empty level, scope, status or led-by-home cell leaves the arena's value as it is, so it is no change. The
 * representatives column is compared with the arena's appointments by the planner.
 */
final class ArenaChanges {

    private static final Map<Column, BiPredicate<ArenaRow, ImportedValues>> DIFFERS = new EnumMap<>(Column.class);

    static {
        DIFFERS.put(Column.NAME, (r, v) -> !r.name().equals(v.name()));
        DIFFERS.put(Column.TYPES, (r, v) -> !Set.copyOf(r.types()).equals(v.types()));
        DIFFERS.put(Column.OTHER_INFO, (r, v) -> !Objects.equals(RowReader.blankToNull(r.otherInfo()), v.otherInfo()));
        DIFFERS.put(Column.PURPOSE, (r, v) -> !Objects.equals(RowReader.blankToNull(r.purpose()), v.purpose()));
        DIFFERS.put(Column.LEVELS, (r, v) -> v.hasLevels() && !Set.copyOf(r.levels()).equals(v.levels()));
        DIFFERS.put(Column.SCOPE, (r, v) -> v.scope() != null && r.scope() != v.scope());
        DIFFERS.put(Column.CONVENER, (r, v) -> !Objects.equals(r.convener() == null ? null : r.convener().id(), v.convenerId()));
        DIFFERS.put(Column.LED_BY_HOME, (r, v) -> v.ledByHome() != null && r.ledByHome() != v.ledByHome());
        DIFFERS.put(Column.TOPICS, (r, v) -> !ids(r.topics()).equals(v.topicIds()));
        DIFFERS.put(Column.STATUS, (r, v) -> v.status() != null && r.status() != v.status());
    }

    private ArenaChanges() {
    }

    /** The changed columns, in export order. */
    static List<Column> between(ArenaRow arena, ImportedValues values) {
        return DIFFERS.entrySet().stream()
                .filter(e -> values.has(e.getKey()) && e.getValue().test(arena, values))
                .map(Map.Entry::getKey)
                .toList();
    }

    static Set<Long> ids(List<ArenaRow.Ref> refs) {
        return refs.stream().map(ArenaRow.Ref::id).collect(Collectors.toSet());
    }
}
