package se.arenaregister.exchange.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import se.arenaregister.arena.ArenaRow;
import se.arenaregister.exchange.internal.ImportPreview.ValueChange;

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

    /**
     * What each changed column holds in the register and what the row would make it, for the preview: texts and names as
     * they are, codes (types, levels, scope, status, yes/no) with the key prefix the page writes them in the reader's
     * language with. The representatives column has its own column in the preview (who would be appointed), so it has no
     * values here.
     */
    static List<ValueChange> values(ArenaRow arena, ImportedValues v, List<Column> changed, RegisterIndex register) {
        return changed.stream().map(c -> switch (c) {
            case NAME -> ValueChange.texts(c, List.of(arena.name()), List.of(v.name()));
            case TYPES -> ValueChange.codes(c, "arenaType.", codes(arena.types()), codes(v.types()));
            case OTHER_INFO -> ValueChange.texts(c, text(arena.otherInfo()), text(v.otherInfo()));
            case PURPOSE -> ValueChange.texts(c, text(arena.purpose()), text(v.purpose()));
            case LEVELS -> ValueChange.codes(c, "level.", codes(arena.levels()), codes(v.levels()));
            case SCOPE -> ValueChange.codes(c, "scope.", code(arena.scope()), code(v.scope()));
            case CONVENER -> ValueChange.texts(c, arena.convener() == null ? List.of() : List.of(arena.convener().name()),
                    v.convenerId() == null ? List.of() : List.of(register.organisationName(v.convenerId())));
            case LED_BY_HOME -> ValueChange.codes(c, "value.", yesNo(arena.ledByHome()), v.ledByHome() == null ? List.of()
                    : yesNo(v.ledByHome()));
            case TOPICS -> ValueChange.texts(c, arena.topics().stream().map(ArenaRow.Ref::name).sorted().toList(),
                    v.topicIds().stream().map(register::topicName).sorted().toList());
            case STATUS -> ValueChange.codes(c, "status.", code(arena.status()), code(v.status()));
            default -> null;
        }).filter(Objects::nonNull).toList();
    }

    private static List<String> text(String text) {
        String value = RowReader.blankToNull(text);
        return value == null ? List.of() : List.of(value);
    }

    private static List<String> yesNo(boolean value) {
        return List.of(value ? "yes" : "no");
    }

    private static List<String> code(Enum<?> code) {
        return code == null ? List.of() : List.of(code.name());
    }

    private static <E extends Enum<E>> List<String> codes(Collection<E> codes) {
        return codes == null ? List.of() : codes.stream().sorted(Comparator.comparingInt(Enum::ordinal)).map(Enum::name).toList();
    }

    static Set<Long> ids(List<ArenaRow.Ref> refs) {
        return refs.stream().map(ArenaRow.Ref::id).collect(Collectors.toSet());
    }
}
