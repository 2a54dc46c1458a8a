package se.arenaregister.exchange.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.Topic;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.person.Role;

/** Reads one row: every problem is kept with its column, so the user sees them all at once. */
final class RowReader {

    /** Between types or levels in a cell: slash, comma, semicolon, line break, "och"/"and", "&" or "+". */
    static final Pattern SEPARATORS = Pattern.compile("[/,;\\n&+]|\\s+(?:och|and)\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A representative with a role in parentheses at the end: "Anna Andersson (Ledamot)". */
    private static final Pattern WITH_ROLE = Pattern.compile("^(.*\\S)\\s*\\(([^()]+)\\)$");

    /** A row's values and where it is placed; {@code officialsByRole}: the row names officials by role, not by name. */
    record Read(Placement placement, ImportedValues values, boolean officialsByRole) {
    }

    private final List<Message> problems = new ArrayList<>();
    private final String sheet;
    private final RawSheet.Row row;
    private final SheetColumns columns;
    private final RegisterIndex register;
    private final List<Message> notices;
    private boolean officialsByRole;

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
        problems.add(Message.at(sheet, row.number(), columns, column, code, args));
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
            notices.add(Message.at(sheet, row.number(), columns, column, "import.notice.formulaAsText"));
        }
        return Cells.restore(raw.strip()).strip();
    }

    /**
     * The row's values, or null if it could not be placed (a problem then says why). {@code heading} is the heading the
     * row stands under in its sheet (or null); {@code fallback} the placement chosen on upload (or null).
     */
    Read read(String heading, Area fallback) {
        String name = cell(Column.NAME);
        if (name == null || name.isBlank()) {
            problem(Column.NAME, "import.row.required");
            name = "";
        }
        Placement placement = new RowPlacement(register, fallback, this::problem)
                .place(cell(Column.AREA), cell(Column.SUB_AREA), heading, sheet);
        Set<ArenaType> types = codes(Column.TYPES, register.vocabulary::type, "import.row.unknownType", ArenaType.class);
        Set<Level> levels = codes(Column.LEVELS, register.vocabulary::level, "import.row.unknownLevel", Level.class);
        var scope = single(Column.SCOPE, register.vocabulary::scope, "import.row.unknownScope");
        ArenaStatus status = single(Column.STATUS, register.vocabulary::status, "import.row.unknownStatus");
        Boolean led = single(Column.LED_BY_HOME, register.vocabulary::yesNo, "import.row.unknownYesNo");
        Long convener = convener();
        Set<Long> topicIds = topics();
        List<Representative> representatives = representatives();
        String purpose = blankToNull(cell(Column.PURPOSE));
        String otherInfo = blankToNull(cell(Column.OTHER_INFO));
        if (placement == null) {
            return null;
        }
        return new Read(placement, new ImportedValues(name, types, otherInfo, purpose, placement.area().id(),
                placement.subAreaId(), levels, scope, convener, led, topicIds, status, columns.present(), representatives),
                officialsByRole);
    }

    /**
     * Types and levels: several in a cell, separated as the memo writes them ("Påverkan/verkställande",
     * "Informationsutbyte, samverkan", "Erfarenhetsutbyte och påverkan").
     */
    private <E extends Enum<E>> Set<E> codes(Column column, Function<String, E> lookup, String unknown, Class<E> type) {
        String text = cell(column);
        if (text == null) {
            return null;
        }
        Set<E> result = EnumSet.noneOf(type);
        for (String part : SEPARATORS.split(text)) {
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

    /**
     * People separated by semicolons or line breaks, each as "Name (Role)" as the export writes them, or just a name (then
     * as Ledamot). A person is found by name; what the public export writes for an official (a title, "Tjänsteperson")
     * is noted and skipped, as it names no one.
     */
    private List<Representative> representatives() {
        String text = cell(Column.REPRESENTATIVES);
        if (text == null) {
            return null;
        }
        List<Representative> result = new ArrayList<>();
        for (String part : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String name = part.strip();
            Role role = Role.MEMBER;
            Matcher withRole = WITH_ROLE.matcher(name);
            if (register.people(name).isEmpty() && withRole.matches()) {
                role = register.vocabulary.role(withRole.group(2));
                if (role == null) {
                    problem(Column.REPRESENTATIVES, "import.row.unknownRole", withRole.group(2).strip(), name);
                    continue;
                }
                name = withRole.group(1).strip();
            }
            List<PersonQueries.PersonRow> found = register.people(name);
            if (found.size() == 1) {
                PersonQueries.PersonRow person = found.get(0);
                Role seat = role;
                if (result.stream().noneMatch(r -> r.sameSeat(person.id(), seat))) {
                    result.add(new Representative(person.id(), person.name(), role));
                }
            } else if (found.size() > 1) {
                problem(Column.REPRESENTATIVES, "import.row.ambiguousPerson", name);
            } else if (register.standsForAnOfficial(name)) {
                officialsByRole = true;
                notices.add(Message.at(sheet, row.number(), columns, Column.REPRESENTATIVES, "import.notice.officialByRole", name));
            } else {
                problem(Column.REPRESENTATIVES, "import.row.unknownPerson", name);
            }
        }
        return result;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
