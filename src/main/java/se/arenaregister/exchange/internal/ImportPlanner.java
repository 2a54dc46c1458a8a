package se.arenaregister.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaAccess;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.HomeOrganisation;

/**
 * Turns the rows of a file into a preview: recognises the columns ({@link SheetColumns}), reads each
 * row's values and places it in an area and sub-area ({@link RowReader}), matches it by name (ignoring
 * case) with the live arenas there, and checks it with the same rules as a form ({@link ImportValidation}).
 * Reads the catalogues with a fixed number of queries, and of the arenas only those the file names: their names in
 * batches of {@value #NAME_BATCH}, one statement per batch ({@link ArenaQueries#liveNamed}), never the whole register.
 * A file has {@code arenaregister.import.max-rows} rows at most (default {@value ImportLimits#DEFAULT_MAX_ROWS}).
 */
@Component
class ImportPlanner {

    /** Names looked up per statement. */
    static final int NAME_BATCH = 1_000;

    private final ArenaQueries queries;
    private final Catalog catalog;
    private final ImportValidation validation;
    private final MessageSource messages;
    private final HomeOrganisation home;
    private final Clock clock;

    private final AreaAccess access;
    private final PersonQueries people;
    private final int maxRows;

    ImportPlanner(ArenaQueries queries, Catalog catalog, FormValidator validator, MessageSource messages, HomeOrganisation home,
                  Clock clock, AreaAccess access, PersonQueries people,
                  @Value("${arenaregister.import.max-rows:" + ImportLimits.DEFAULT_MAX_ROWS + "}") int maxRows) {
        this.access = access;
        this.people = people;
        this.maxRows = maxRows;
        this.queries = queries;
        this.catalog = catalog;
        this.validation = new ImportValidation(validator);
        this.messages = messages;
        this.home = home;
        this.clock = clock;
    }

    /** A row read and placed, waiting for its arena (if the register has one by its name) to be checked against. */
    private record Pending(String sheet, int row, SheetColumns columns, RowReader.Read read) {
    }

    ImportPreview plan(String filename, SpreadsheetReader.Result file, Long defaultSubArea, String owner) {
        LocalDate today = LocalDate.now(clock);
        RegisterIndex register = new RegisterIndex(new ImportVocabulary(messages, home), catalog.areas(), catalog.organisations(),
                catalog.topics(), () -> people.people(today, true), () -> people.seatedOn(today));
        List<Message> notices = new ArrayList<>(file.notices());
        List<Message> problems = new ArrayList<>();
        List<ImportPreview.Planned> creates = new ArrayList<>();
        List<ImportPreview.Planned> updates = new ArrayList<>();
        List<ImportPreview.Planned> unchanged = new ArrayList<>();
        Area fallback = defaultSubArea == null ? null : register.area(defaultSubArea);
        Map<String, String> seen = new HashMap<>();
        List<Pending> pending = new ArrayList<>();
        List<String> sheetOrder = new ArrayList<>();
        int dataRows = 0;
        boolean anyNameColumn = false;
        // First the file alone: read, place and check each row for what needs no arena.
        for (RawSheet sheet : file.sheets()) {
            if (sheet.rows().isEmpty()) {
                continue;
            }
            sheetOrder.add(sheet.name());
            SheetLayout layout = SheetLayout.of(sheet, register, notices);
            SheetColumns columns = layout.columns();
            if (!columns.has(Column.NAME)) {
                throw new ImportRefusedException("import.file.noNameColumn", sheet.name());
            }
            anyNameColumn = true;
            for (SheetLayout.Entry entry : layout.entries()) {
                RawSheet.Row raw = entry.row();
                if (++dataRows > maxRows) {
                    throw new ImportRefusedException("import.file.tooManyRows", maxRows);
                }
                RowReader reader = new RowReader(sheet.name(), raw, columns, register, notices);
                RowReader.Read read = reader.read(entry.heading(), fallback);
                if (!reader.problems().isEmpty()) {
                    problems.addAll(reader.problems());
                    continue;
                }
                ImportedValues values = read.values();
                if (!access.mayEdit(read.placement().groupId())) {
                    // The user edits other areas: the row is theirs to leave out, not the import's to write.
                    problems.add(Message.at(sheet.name(), raw.number(), columns, columns.has(Column.SUB_AREA) ? Column.SUB_AREA : Column.NAME,
                            "import.row.areaNotEditable", read.placement().subAreaName() != null
                                    ? read.placement().subAreaName() : read.placement().area().name()));
                    continue;
                }
                String first = seen.putIfAbsent(RegisterIndex.arenaKey(read.placement().groupId(), values.name()),
                        sheet.name() + " " + raw.number());
                if (first != null) {
                    problems.add(Message.at(sheet.name(), raw.number(), columns, Column.NAME, "import.row.duplicateInFile", first));
                    continue;
                }
                pending.add(new Pending(sheet.name(), raw.number(), columns, read));
            }
        }
        if (!anyNameColumn || dataRows == 0) {
            throw new ImportRefusedException("import.file.noRows");
        }
        // Then the arenas the file names, a batch of names per statement.
        List<String> names = pending.stream().map(p -> p.read().values().name()).distinct().toList();
        for (int from = 0; from < names.size(); from += NAME_BATCH) {
            register.addArenas(queries.liveNamed(names.subList(from, Math.min(names.size(), from + NAME_BATCH))));
        }
        int guessed = 0;
        for (Pending p : pending) {
            RowReader.Read read = p.read();
            ArenaRow existing = register.arena(read.placement().groupId(), read.values().name());
            ImportedValues values = read.values();
            if (existing == null && !values.hasLevels()) {
                values = values.withLevels(LevelGuess.of(values.name(), values.otherInfo(), values.purpose()));
                guessed++;
            }
            List<Message> invalid = validation.check(p.sheet(), p.row(), p.columns(), values, existing);
            if (!invalid.isEmpty()) {
                problems.addAll(invalid);
                continue;
            }
            ImportPreview.Planned planned = RowPlan.of(p.sheet(), p.row(), p.columns(), read, values, existing, register, notices);
            if (existing == null) {
                creates.add(planned);
            } else if (planned.changed().isEmpty()) {
                unchanged.add(planned);
            } else {
                updates.add(planned);
            }
        }
        if (guessed > 0) {
            notices.add(Message.file("import.notice.levelsGuessed", guessed));
        }
        // Problems in the file's order (sheet, row), as one pass over it would have found them.
        problems.sort(Comparator.comparingInt((Message m) -> m.sheet() == null ? -1 : sheetOrder.indexOf(m.sheet()))
                .thenComparingInt(Message::row));
        return new ImportPreview(UUID.randomUUID().toString(), owner, clock.instant(), filename, creates, updates, unchanged,
                problems, notices);
    }
}
