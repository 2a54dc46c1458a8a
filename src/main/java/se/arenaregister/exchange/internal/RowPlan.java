package se.arenaregister.exchange.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.person.PersonQueries;

/**
 * What one checked row would do: create the arena or change the columns that differ, and appoint the representatives
 * it names who hold no such appointment in the arena today. An appointment the register has and the row does not name
 * is reported and left as it is: an import makes and confirms appointments, it never ends one.
 */
final class RowPlan {

    private RowPlan() {
    }

    static ImportPreview.Planned of(String sheet, int row, SheetColumns columns, RowReader.Read read, ImportedValues values,
                                    ArenaRow existing, RegisterIndex register, List<Message> notices) {
        Placement at = read.placement();
        List<Column> changed = new ArrayList<>(existing == null ? List.of() : ArenaChanges.between(existing, values));
        List<Representative> appoint = new ArrayList<>();
        if (values.representatives() != null) {
            List<PersonQueries.Seated> seats = existing == null ? List.of() : register.seats(existing.id());
            for (Representative r : values.representatives()) {
                if (seats.stream().noneMatch(s -> r.sameSeat(s.personId(), s.role()))) {
                    appoint.add(r);
                }
            }
            for (PersonQueries.Seated s : seats) {
                boolean named = values.representatives().stream().anyMatch(r -> r.sameSeat(s.personId(), s.role()));
                // A public export names officials by role: their appointments are not missing from such a file.
                if (!named && (s.elected() || !read.officialsByRole())) {
                    notices.add(Message.at(sheet, row, columns, Column.REPRESENTATIVES, "import.notice.representativeNotInFile",
                            s.name(), new DefaultMessageSourceResolvable("role." + s.role().name())));
                }
            }
            if (existing != null && !appoint.isEmpty()) {
                changed.add(Column.REPRESENTATIVES);
            }
        }
        return new ImportPreview.Planned(sheet, row, values.name(), at.area().name(), at.subAreaName(),
                existing == null ? null : existing.id(), existing == null ? null : existing.version(), changed, values, appoint,
                existing == null ? List.of() : ArenaChanges.values(existing, values, changed, register));
    }
}
