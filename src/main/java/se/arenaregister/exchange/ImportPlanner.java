package se.arenaregister.exchange;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaRepository;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.OrganisationRepository;
import se.arenaregister.catalog.Topic;
import se.arenaregister.catalog.TopicRepository;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.HomeOrganisation;
import se.arenaregister.shared.InvalidInputException;

/**
 * Turns the rows of a file into a preview: recognises the columns, reads each row's values, places it
 * in an area and sub-area, matches it by name (ignoring case) with the live arenas there, and checks it
 * with the same rules as a form. Reads the register with a fixed number of queries, whatever the rows.
 */
@Component
class ImportPlanner {

    private static final Map<String, Column> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("name", Column.NAME), Map.entry("types", Column.TYPES), Map.entry("otherInfo", Column.OTHER_INFO),
            Map.entry("purpose", Column.PURPOSE), Map.entry("areaId", Column.AREA), Map.entry("subAreaId", Column.SUB_AREA),
            Map.entry("levels", Column.LEVELS), Map.entry("scope", Column.SCOPE), Map.entry("convenerId", Column.CONVENER),
            Map.entry("topicIds", Column.TOPICS), Map.entry("status", Column.STATUS));

    private final ArenaQueries queries;
    private final AreaRepository areas;
    private final OrganisationRepository organisations;
    private final TopicRepository topics;
    private final FormValidator validator;
    private final MessageSource messages;
    private final HomeOrganisation home;
    private final Clock clock;

    ImportPlanner(ArenaQueries queries, AreaRepository areas, OrganisationRepository organisations, TopicRepository topics,
                  FormValidator validator, MessageSource messages, HomeOrganisation home, Clock clock) {
        this.queries = queries;
        this.areas = areas;
        this.organisations = organisations;
        this.topics = topics;
        this.validator = validator;
        this.messages = messages;
        this.home = home;
        this.clock = clock;
    }

    ImportPreview plan(String filename, SpreadsheetReader.Result file, Long defaultSubArea, String owner) {
        Context context = new Context(new ImportVocabulary(messages, home), areas.findAll(), organisations.findAll(), topics.findAll(),
                queries.list(ArenaFilter.none()));
        List<Message> notices = new ArrayList<>(file.notices());
        List<Message> problems = new ArrayList<>();
        List<ImportPreview.Planned> creates = new ArrayList<>();
        List<ImportPreview.Planned> updates = new ArrayList<>();
        List<ImportPreview.Planned> unchanged = new ArrayList<>();
        Area fallback = defaultSubArea == null ? null : context.areasById.get(defaultSubArea);
        Map<String, String> seen = new HashMap<>();
        int dataRows = 0;
        boolean anyNameColumn = false;
        for (RawSheet sheet : file.sheets()) {
            if (sheet.rows().isEmpty()) {
                continue;
            }
            Map<Column, Integer> columns = columns(sheet, context.vocabulary, notices);
            if (!columns.containsKey(Column.NAME)) {
                throw new ImportRefusedException("import.file.noNameColumn", sheet.name());
            }
            anyNameColumn = true;
            Area sheetArea = context.areaNamed(sheet.name());
            for (RawSheet.Row raw : sheet.rows().subList(1, sheet.rows().size())) {
                if (++dataRows > ImportLimits.MAX_ROWS) {
                    throw new ImportRefusedException("import.file.tooManyRows", ImportLimits.MAX_ROWS);
                }
                RowReader row = new RowReader(sheet.name(), sheet.rows().get(0), raw, columns, context, notices);
                ImportPreview.Planned planned = row.plan(sheetArea, fallback);
                if (!row.problems.isEmpty()) {
                    problems.addAll(row.problems);
                    continue;
                }
                String key = groupOf(planned.values()) + "\u0000" + planned.name().toLowerCase(ImportVocabulary.SWEDISH);
                String first = seen.putIfAbsent(key, sheet.name() + " " + raw.number());
                if (first != null) {
                    problems.add(new Message(sheet.name(), raw.number(), header(columns, sheet, Column.NAME), "import.row.duplicateInFile", first));
                    continue;
                }
                List<Message> invalid = validate(sheet.name(), raw.number(), columns, sheet, planned, context);
                if (!invalid.isEmpty()) {
                    problems.addAll(invalid);
                } else if (planned.arenaId() == null) {
                    creates.add(planned);
                } else if (planned.changed().isEmpty()) {
                    unchanged.add(planned);
                } else {
                    updates.add(planned);
                }
            }
        }
        if (!anyNameColumn || dataRows == 0) {
            throw new ImportRefusedException("import.file.noRows");
        }
        return new ImportPreview(UUID.randomUUID().toString(), owner, clock.instant(), filename, creates, updates, unchanged,
                problems, notices);
    }

    private static long groupOf(ImportedValues v) {
        return v.subAreaId() != null ? v.subAreaId() : v.areaId();
    }

    private static String header(Map<Column, Integer> columns, RawSheet sheet, Column column) {
        Integer index = columns.get(column);
        return index == null ? null : sheet.rows().get(0).cell(index).strip();
    }

    /** The recognised columns of a sheet's header row; unknown ones are reported and ignored. */
    private static Map<Column, Integer> columns(RawSheet sheet, ImportVocabulary vocabulary, List<Message> notices) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        RawSheet.Row header = sheet.rows().get(0);
        for (int i = 0; i < header.cells().size(); i++) {
            String text = header.cell(i);
            if (text.isBlank()) {
                continue;
            }
            Column column = vocabulary.header(text);
            if (column == null || columns.containsKey(column)) {
                notices.add(new Message(sheet.name(), header.number(), text.strip(), "import.notice.unknownColumn"));
            } else {
                columns.put(column, i);
            }
        }
        return columns;
    }

    /** The same Bean Validation rules as the form, on what the arena would become. */
    private List<Message> validate(String sheetName, int rowNumber, Map<Column, Integer> columns, RawSheet sheet,
                                   ImportPreview.Planned planned, Context context) {
        ArenaForm base = planned.arenaId() == null ? ArenaForm.empty() : formOf(context.arenasById.get(planned.arenaId()));
        try {
            validator.check(planned.values().applyTo(base), List.of());
            return List.of();
        } catch (InvalidInputException e) {
            List<Message> problems = new ArrayList<>();
            for (InvalidInputException.Rejection r : e.rejections()) {
                Column column = FIELD_COLUMNS.get(r.field());
                String code = Set.of("NotBlank", "NotEmpty", "NotNull").contains(r.code()) ? "import.row.required" : r.code();
                problems.add(new Message(sheetName, rowNumber, column == null ? r.field() : Objects.requireNonNullElse(
                        header(columns, sheet, column), column.name()), code, r.args()));
            }
            return problems;
        }
    }

    private static ArenaForm formOf(ArenaRow r) {
        return new ArenaForm(r.name(), r.shortName(), r.area().id(), r.subArea() == null ? null : r.subArea().id(),
                ids(r.secondaryAreas()), Set.copyOf(r.types()), Set.copyOf(r.levels()), r.scope(),
                r.convener() == null ? null : r.convener().id(), r.ledByHome(), ids(r.members()), r.purpose(), r.otherInfo(),
                ids(r.topics()), r.status(), r.startDate(), r.endDate(), r.website(), r.meetingsPerYear(), r.hoursPerMeeting(),
                r.responsibleOfficial(), r.kind(), r.company() == null ? null : r.company().id(), r.preparationFactor(),
                r.requiresElected(), r.nextMeetingOn(), r.version());
    }

    private static Set<Long> ids(List<ArenaRow.Ref> refs) {
        return refs.stream().map(ArenaRow.Ref::id).collect(Collectors.toSet());
    }

    /** The register as the planner needs it, loaded once per import. */
    private static final class Context {
        final ImportVocabulary vocabulary;
        final Map<Long, Area> areasById = new HashMap<>();
        final Map<String, Area> topLevelByName = new HashMap<>();
        final Map<String, List<Area>> subAreasByName = new HashMap<>();
        final Map<String, List<Organisation>> organisationsByName = new HashMap<>();
        final Map<String, Topic> topicsByName = new HashMap<>();
        final Map<String, ArenaRow> arenasByKey = new HashMap<>();
        final Map<Long, ArenaRow> arenasById = new HashMap<>();

        Context(ImportVocabulary vocabulary, List<Area> areas, List<Organisation> organisations, List<Topic> topics, List<ArenaRow> arenas) {
            this.vocabulary = vocabulary;
            for (Area a : areas) {
                areasById.put(a.id(), a);
                if (a.isSubArea()) {
                    subAreasByName.computeIfAbsent(key(a.name()), k -> new ArrayList<>()).add(a);
                } else {
                    topLevelByName.put(key(a.name()), a);
                }
            }
            for (Organisation o : organisations) {
                organisationsByName.computeIfAbsent(key(o.name()), k -> new ArrayList<>()).add(o);
                if (o.shortName() != null && !o.shortName().isBlank() && !key(o.shortName()).equals(key(o.name()))) {
                    organisationsByName.computeIfAbsent(key(o.shortName()), k -> new ArrayList<>()).add(o);
                }
            }
            topics.forEach(t -> topicsByName.put(key(t.name()), t));
            for (ArenaRow r : arenas) {
                arenasById.put(r.id(), r);
                arenasByKey.put(r.group().id() + "\u0000" + r.name().toLowerCase(ImportVocabulary.SWEDISH), r);
            }
        }

        static String key(String name) {
            return ImportVocabulary.normalise(name);
        }

        /** The area a sheet is named after (the export names sheets by area, shortened to 31 characters). */
        Area areaNamed(String sheetName) {
            Area exact = topLevelByName.get(key(sheetName));
            if (exact != null) {
                return exact;
            }
            return topLevelByName.values().stream()
                    .filter(a -> key(Cells.sheetName(a.name(), new java.util.HashSet<>())).equals(key(sheetName)))
                    .findFirst().orElse(null);
        }
    }

    /** Reads one row: every problem is kept with its column, so the user sees them all at once. */
    private static final class RowReader {
        final List<Message> problems = new ArrayList<>();
        private final String sheet;
        private final RawSheet.Row row;
        private final Map<Column, Integer> columns;
        private final Context context;
        private final List<Message> notices;
        private final Map<Column, String> headers = new EnumMap<>(Column.class);

        RowReader(String sheet, RawSheet.Row header, RawSheet.Row row, Map<Column, Integer> columns, Context context,
                  List<Message> notices) {
            this.sheet = sheet;
            this.row = row;
            this.columns = columns;
            this.context = context;
            this.notices = notices;
            columns.forEach((c, i) -> headers.put(c, header.cell(i).strip()));
        }

        private String columnName(Column column) {
            return headers.getOrDefault(column, column.name());
        }

        private void problem(Column column, String code, Object... args) {
            problems.add(new Message(sheet, row.number(), columnName(column), code, args));
        }

        /** The cell's text, stripped, with an export's neutralising apostrophe taken off again. */
        private String cell(Column column) {
            Integer index = columns.get(column);
            if (index == null) {
                return null;
            }
            String raw = row.cell(index);
            if (raw.length() > ImportLimits.MAX_CELL_CHARACTERS) {
                problem(column, "import.row.tooLong", ImportLimits.MAX_CELL_CHARACTERS);
                return "";
            }
            if (raw.startsWith("=")) {
                notices.add(new Message(sheet, row.number(), columnName(column), "import.notice.formulaAsText"));
            }
            return Cells.restore(raw.strip()).strip();
        }

        ImportPreview.Planned plan(Area sheetArea, Area fallback) {
            String name = cell(Column.NAME);
            if (name == null || name.isBlank()) {
                problem(Column.NAME, "import.row.required");
                name = "";
            }
            Area[] placement = place(sheetArea, fallback);
            Set<ArenaType> types = codes(Column.TYPES, context.vocabulary::type, "import.row.unknownType", ArenaType.class);
            Set<Level> levels = codes(Column.LEVELS, context.vocabulary::level, "import.row.unknownLevel", Level.class);
            var scope = single(Column.SCOPE, context.vocabulary::scope, "import.row.unknownScope");
            ArenaStatus status = single(Column.STATUS, context.vocabulary::status, "import.row.unknownStatus");
            Boolean led = single(Column.LED_BY_HOME, context.vocabulary::yesNo, "import.row.unknownYesNo");
            Long convener = convener();
            Set<Long> topicIds = topics();
            String purpose = blankToNull(cell(Column.PURPOSE));
            String otherInfo = blankToNull(cell(Column.OTHER_INFO));
            if (placement == null) {
                return new ImportPreview.Planned(sheet, row.number(), name, null, null, null, null, List.of(), null);
            }
            Area area = placement[0];
            Area subArea = placement[1];
            ImportedValues values = new ImportedValues(name, types, otherInfo, purpose, area.id(), subArea == null ? null : subArea.id(),
                    levels, scope, convener, led, topicIds, status, columns.keySet());
            ArenaRow existing = context.arenasByKey.get((subArea != null ? subArea.id() : area.id()) + "\u0000"
                    + name.toLowerCase(ImportVocabulary.SWEDISH));
            if (existing == null) {
                return new ImportPreview.Planned(sheet, row.number(), name, area.name(), subArea == null ? null : subArea.name(),
                        null, null, List.of(), values);
            }
            return new ImportPreview.Planned(sheet, row.number(), name, area.name(), subArea == null ? null : subArea.name(),
                    existing.id(), existing.version(), changes(existing, values), values);
        }

        /** Area from its column, else the sheet's name, else the sub-area chosen on upload; sub-area from its column. */
        private Area[] place(Area sheetArea, Area fallback) {
            String areaText = cell(Column.AREA);
            String subText = cell(Column.SUB_AREA);
            Area area = null;
            if (areaText != null && !areaText.isBlank()) {
                area = context.topLevelByName.get(Context.key(areaText));
                if (area == null) {
                    problem(Column.AREA, "import.row.unknownArea", areaText);
                    return null;
                }
            } else if (sheetArea != null) {
                area = sheetArea;
            }
            if (subText != null && !subText.isBlank()) {
                List<Area> candidates = context.subAreasByName.getOrDefault(Context.key(subText), List.of());
                Area areaFinal = area;
                List<Area> matching = area == null ? candidates
                        : candidates.stream().filter(s -> Objects.equals(s.parentId(), areaFinal.id())).toList();
                if (matching.size() != 1) {
                    problem(Column.SUB_AREA, matching.isEmpty() ? "import.row.unknownSubArea" : "import.row.ambiguousSubArea", subText);
                    return null;
                }
                Area sub = matching.get(0);
                return new Area[] {context.areasById.get(sub.parentId()), sub};
            }
            if (area != null) {
                return new Area[] {area, null};
            }
            if (fallback != null) {
                return fallback.isSubArea() ? new Area[] {context.areasById.get(fallback.parentId()), fallback} : new Area[] {fallback, null};
            }
            problem(columns.containsKey(Column.AREA) ? Column.AREA : Column.NAME, "import.row.noArea");
            return null;
        }

        private <E extends Enum<E>> Set<E> codes(Column column, java.util.function.Function<String, E> lookup, String unknown,
                                                 Class<E> type) {
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

        private <T> T single(Column column, java.util.function.Function<String, T> lookup, String unknown) {
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
            List<Organisation> found = context.organisationsByName.getOrDefault(Context.key(text), List.of());
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
                Topic whole = context.topicsByName.get(Context.key(part));
                if (whole != null) {
                    ids.add(whole.id());
                    continue;
                }
                String pending = "";
                for (String piece : part.split(",")) {
                    pending = pending.isEmpty() ? piece : pending + "," + piece;
                    Topic topic = context.topicsByName.get(Context.key(pending));
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

        private static List<Column> changes(ArenaRow r, ImportedValues v) {
            List<Column> changed = new ArrayList<>();
            if (v.has(Column.NAME) && !r.name().equals(v.name())) {
                changed.add(Column.NAME);
            }
            if (v.has(Column.TYPES) && !Set.copyOf(r.types()).equals(v.types())) {
                changed.add(Column.TYPES);
            }
            if (v.has(Column.OTHER_INFO) && !Objects.equals(blankToNull(r.otherInfo()), v.otherInfo())) {
                changed.add(Column.OTHER_INFO);
            }
            if (v.has(Column.PURPOSE) && !Objects.equals(blankToNull(r.purpose()), v.purpose())) {
                changed.add(Column.PURPOSE);
            }
            if (v.has(Column.LEVELS) && !Set.copyOf(r.levels()).equals(v.levels())) {
                changed.add(Column.LEVELS);
            }
            if (v.has(Column.SCOPE) && v.scope() != null && r.scope() != v.scope()) {
                changed.add(Column.SCOPE);
            }
            if (v.has(Column.CONVENER) && !Objects.equals(r.convener() == null ? null : r.convener().id(), v.convenerId())) {
                changed.add(Column.CONVENER);
            }
            if (v.has(Column.LED_BY_HOME) && v.ledByHome() != null && r.ledByHome() != v.ledByHome()) {
                changed.add(Column.LED_BY_HOME);
            }
            if (v.has(Column.TOPICS) && !ids(r.topics()).equals(v.topicIds())) {
                changed.add(Column.TOPICS);
            }
            if (v.has(Column.STATUS) && v.status() != null && r.status() != v.status()) {
                changed.add(Column.STATUS);
            }
            return changed;
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }
}
