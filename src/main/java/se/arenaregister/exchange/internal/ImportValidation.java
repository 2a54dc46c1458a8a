package se.arenaregister.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException;

/**
 * Checks a row with the same Bean Validation rules as the form, on what the arena would become, and
 * names each problem by the file's column rather than the form's field.
 */
final class ImportValidation {

    private static final Map<String, Column> FIELD_COLUMNS = Map.ofEntries(
            Map.entry("name", Column.NAME), Map.entry("types", Column.TYPES), Map.entry("otherInfo", Column.OTHER_INFO),
            Map.entry("purpose", Column.PURPOSE), Map.entry("areaId", Column.AREA), Map.entry("subAreaId", Column.SUB_AREA),
            Map.entry("levels", Column.LEVELS), Map.entry("scope", Column.SCOPE), Map.entry("convenerId", Column.CONVENER),
            Map.entry("topicIds", Column.TOPICS), Map.entry("status", Column.STATUS));

    private static final Set<String> REQUIRED = Set.of("NotBlank", "NotEmpty", "NotNull");

    private final FormValidator validator;

    ImportValidation(FormValidator validator) {
        this.validator = validator;
    }

    /** The row's problems; {@code existing} is the arena it updates, or null for a new one. */
    List<Message> check(String sheet, int rowNumber, SheetColumns columns, ImportedValues values, ArenaRow existing) {
        ArenaForm base = existing == null ? ArenaForm.empty() : formOf(existing);
        try {
            validator.check(values.applyTo(base), List.of());
            return List.of();
        } catch (InvalidInputException e) {
            List<Message> problems = new ArrayList<>();
            for (InvalidInputException.Rejection r : e.rejections()) {
                Column column = FIELD_COLUMNS.get(r.field());
                String code = REQUIRED.contains(r.code()) ? "import.row.required" : r.code();
                problems.add(column == null ? new Message(sheet, rowNumber, null, code, r.args())
                        : Message.at(sheet, rowNumber, columns, column, code, r.args()));
            }
            return problems;
        }
    }

    /**
     * The arena as its form would show it, from the row already loaded for the import, so checking a
     * file costs no query per row; the file's values are then laid over it by {@link ImportedValues#applyTo}.
     */
    private static ArenaForm formOf(ArenaRow r) {
        return ArenaForm.builder()
                .name(r.name())
                .shortName(r.shortName())
                .areaId(r.area().id())
                .subAreaId(r.subArea() == null ? null : r.subArea().id())
                .secondaryAreaIds(ArenaChanges.ids(r.secondaryAreas()))
                .types(Set.copyOf(r.types()))
                .levels(Set.copyOf(r.levels()))
                .scope(r.scope())
                .convenerId(r.convener() == null ? null : r.convener().id())
                .ledByHome(r.ledByHome())
                .memberIds(ArenaChanges.ids(r.members()))
                .purpose(r.purpose())
                .otherInfo(r.otherInfo())
                .topicIds(ArenaChanges.ids(r.topics()))
                .status(r.status())
                .startDate(r.startDate())
                .endDate(r.endDate())
                .website(r.website())
                .meetingsPerYear(r.meetingsPerYear())
                .hoursPerMeeting(r.hoursPerMeeting())
                .responsibleOfficial(r.responsibleOfficial())
                .kind(r.kind())
                .companyId(r.company() == null ? null : r.company().id())
                .preparationFactor(r.preparationFactor())
                .requiresElected(r.requiresElected())
                .nextMeetingOn(r.nextMeetingOn())
                .version(r.version())
                .build();
    }
}
