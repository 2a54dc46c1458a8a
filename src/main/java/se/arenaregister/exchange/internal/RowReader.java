package se.arenaregister.exchange.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.Topic;

/** Reads one row: every problem is kept with its column, so the user sees them all at once. */
final class RowReader {

    /** A row's values and where it is placed. */
    record Read(Placement placement, ImportedValues values) {
    }

    private final List<Message> problems = new ArrayList<>();
    private final String sheet;
    private final RawSheet.Row row;
    private final SheetColumns columns;
    private final RegisterIndex register;
    private final List<Message> notices;

    RowReader(String sheet, RawSheet.Row row, SheetColumns columns, RegisterIndex register, List<Message> notices) {
        this.sheet = sheet;
        this.row = row;
        this.columns = columns;
        this.register = register;
        this.notices = notices;
    }

    List<Message> problems() {
        return problems;
    }

    private void problem(Column column, String code, Object... args) {
        problems.add(new Message(sheet, row.number(), columns.header(column), code, args));
    }

    /** The cell's text, stripped, with an export's neutralising apostrophe taken off again. */
    private String cell(Column column) {
        Integer index = columns.index(column);
        if (index == null) {
            return null;
        }
        String raw = row.cell(index);
        if (raw.length() > ImportLimits.MAX_CELL_CHARACTERS) {
            problem(column, "import.row.tooLong", ImportLimits.MAX_CELL_CHARACTERS);
            return "";
        }
        if (raw.startsWith("=")) {
            notices.add(new Message(sheet, row.number(), columns.header(column), "import.notice.formulaAsText"));
        }
        return Cells.restore(raw.strip()).strip();
    }

    /** The row's values, or null if it could not be placed (a problem then says why). */
    Read read(Area sheetArea, Area fallback) {
        String name = cell(Column.NAME);
        if (name == null || name.isBlank()) {
            problem(Column.NAME, "import.row.required");
            name = "";
        }
        Placement placement = place(sheetArea, fallback);
        Set<ArenaType> types = codes(Column.TYPES, register.vocabulary::type, "import.row.unknownType", ArenaType.class);
        Set<Level> levels = codes(Column.LEVELS, register.vocabulary::level, "import.row.unknownLevel", Level.class);
        var scope = single(Column.SCOPE, register.vocabulary::scope, "import.row.unknownScope");
        ArenaStatus status = single(Column.STATUS, register.vocabulary::status, "import.row.unknownStatus");
        Boolean led = single(Column.LED_BY_HOME, register.vocabulary::yesNo, "import.row.unknownYesNo");
        Long convener = convener();
        Set<Long> topicIds = topics();
        String purpose = blankToNull(cell(Column.PURPOSE));
        String otherInfo = blankToNull(cell(Column.OTHER_INFO));
        if (placement == null) {
            return null;
        }
        return new Read(placement, new ImportedValues(name, types, otherInfo, purpose, placement.area().id(),
                placement.subAreaId(), levels, scope, convener, led, topicIds, status, columns.present()));
    }

    /** Area from its column, else the sheet's name, else the sub-area chosen on upload; sub-area from its column. */
    private Placement place(Area sheetArea, Area fallback) {
        String areaText = cell(Column.AREA);
        String subText = cell(Column.SUB_AREA);
        Area area = null;
        if (areaText != null && !areaText.isBlank()) {
            area = register.topLevelArea(areaText);
            if (area == null) {
                problem(Column.AREA, "import.row.unknownArea", areaText);
                return null;
            }
        } else if (sheetArea != null) {
            area = sheetArea;
        }
        if (subText != null && !subText.isBlank()) {
            List<Area> candidates = register.subAreas(subText);
            Area areaFinal = area;
            List<Area> matching = area == null ? candidates
                    : candidates.stream().filter(s -> Objects.equals(s.parentId(), areaFinal.id())).toList();
            if (matching.size() != 1) {
                problem(Column.SUB_AREA, matching.isEmpty() ? "import.row.unknownSubArea" : "import.row.ambiguousSubArea", subText);
                return null;
            }
            Area sub = matching.get(0);
            return new Placement(register.area(sub.parentId()), sub);
        }
        if (area != null) {
            return new Placement(area, null);
        }
        if (fallback != null) {
            return fallback.isSubArea() ? new Placement(register.area(fallback.parentId()), fallback) : new Placement(fallback, null);
        }
        problem(columns.has(Column.AREA) ? Column.AREA : Column.NAME, "import.row.noArea");
        return null;
    }

    private <E extends Enum<E>> Set<E> codes(Column column, Function<String, E> lookup, String unknown, Class<E> type) {
        String text = cell(column);
        if (text == null) {
            return null;
        }
        Set<E> result = EnumSet.noneOf(type);
        for (String part : text.split("[/,;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            E value = lookup.apply(part);
            if (value == null) {
                problem(column, unknown, part.strip());
            } else {
                result.add(value);
            }
        }
        return result;
    }

    private <T> T single(Column column, Function<String, T> lookup, String unknown) {
        String text = cell(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        T value = lookup.apply(text);
        if (value == null) {
            problem(column, unknown, text);
        }
        return value;
    }

    private Long convener() {
        String text = cell(Column.CONVENER);
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Organisation> found = register.organisations(text);
        if (found.size() != 1) {
            problem(Column.CONVENER, found.isEmpty() ? "import.row.unknownOrganisation" : "import.row.ambiguousOrganisation", text);
            return null;
        }
        return found.get(0).id();
    }

    /** Topics separated by semicolons; commas too, except inside a known name such as "Miljö, energi och klimat". */
    private Set<Long> topics() {
        String text = cell(Column.TOPICS);
        if (text == null) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            Topic whole = register.topic(part);
            if (whole != null) {
                ids.add(whole.id());
                continue;
            }
            String pending = "";
            for (String piece : part.split(",")) {
                pending = pending.isEmpty() ? piece : pending + "," + piece;
                Topic topic = register.topic(pending);
                if (topic != null) {
                    ids.add(topic.id());
                    pending = "";
                }
            }
            if (!pending.isBlank()) {
                problem(Column.TOPICS, "import.row.unknownTopic", pending.strip());
            }
        }
        return ids;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
