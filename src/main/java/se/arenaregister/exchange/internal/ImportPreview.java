package se.arenaregister.exchange.internal;

import java.time.Instant;
import java.util.List;

/**
 * What an import would do, kept on the server until the user confirms: rows to create, rows to update
 * (with the columns that change), rows that are already as in the register, and every problem by row
 * and column. Nothing has been written.
 */
public record ImportPreview(String id, String owner, Instant createdAt, String filename, List<Planned> creates,
                            List<Planned> updates, List<Planned> unchanged, List<Message> problems, List<Message> notices) {

    /**
     * One row of the file and what it would do; {@code arenaId}/{@code version} for an existing arena; {@code appoint}: the
     * representatives it names who hold no such appointment today, appointed from the day of the import.
     */
    public record Planned(String sheet, int row, String name, String area, String subArea, Long arenaId, Long version,
                          List<Column> changed, ImportedValues values, List<Representative> appoint, List<ValueChange> valueChanges) {

        public Planned {
            appoint = appoint == null ? List.of() : List.copyOf(appoint);
            valueChanges = valueChanges == null ? List.of() : List.copyOf(valueChanges);
        }

        public Planned(String sheet, int row, String name, String area, String subArea, Long arenaId, Long version,
                       List<Column> changed, ImportedValues values) {
            this(sheet, row, name, area, subArea, arenaId, version, changed, values, List.of(), List.of());
        }

        /** The same row without the values shown in the preview (what is stored for the confirmation needs none). */
        Planned withoutValueChanges() {
            return new Planned(sheet, row, name, area, subArea, arenaId, version, changed, values, appoint, List.of());
        }

        /** The types the row gives (none if the file has no type column). */
        public java.util.Set<se.arenaregister.arena.ArenaType> types() {
            return values.types() == null ? java.util.Set.of() : values.types();
        }

        /** The levels the row gives, or those a new arena gets ({@link LevelGuess}). */
        public java.util.Set<se.arenaregister.arena.Level> levels() {
            return values.levels() == null ? java.util.Set.of() : values.levels();
        }
    }

    /**
     * One changed column of an existing arena: what the register holds ({@code before}) and what the row would make it
     * ({@code after}), empty for nothing. Without {@code codePrefix} the values are texts and names as they stand; with
     * one they are codes, written with the message of that prefix and the code ({@code arenaType.INFLUENCE}).
     */
    public record ValueChange(Column column, String codePrefix, List<String> before, List<String> after) {

        public ValueChange {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }

        static ValueChange texts(Column column, List<String> before, List<String> after) {
            return new ValueChange(column, null, before, after);
        }

        static ValueChange codes(Column column, String prefix, List<String> before, List<String> after) {
            return new ValueChange(column, prefix, before, after);
        }
    }

    /** Only a file without problems can be imported, so what is written is exactly what was shown. */
    public boolean canConfirm() {
        return problems.isEmpty();
    }

    public int changes() {
        return creates.size() + updates.size();
    }
}
