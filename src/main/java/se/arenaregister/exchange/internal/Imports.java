package se.arenaregister.exchange.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/**
 * Import in two steps. {@link #preview} reads the file and stores what it would do, writing nothing;
 * {@link #confirm} applies that stored preview in one transaction through {@link ArenaService} (and
 * {@link Appointments} for the representatives a row names), so the forms' validation and the audit log apply to every
 * row, and one failing row undoes them all.
 */
@Service
public class Imports {

    /**
     * What a confirmed import did: arenas created, updated and left as they were, and appointments made. Serializable: it
     * travels as a flash attribute in the session, which is kept in PostgreSQL.
     */
    public record Outcome(int created, int updated, int unchanged, int appointed) implements java.io.Serializable {
    }

    private final ImportPlanner planner;
    private final ImportPreviews previews;
    private final ArenaService arenas;
    private final Appointments appointments;
    private final Clock clock;

    Imports(ImportPlanner planner, ImportPreviews previews, ArenaService arenas, Appointments appointments, Clock clock) {
        this.planner = planner;
        this.previews = previews;
        this.arenas = arenas;
        this.appointments = appointments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public ImportPreview preview(String filename, byte[] content, Long defaultSubArea, String owner) {
        ImportPreview preview = planner.plan(filename, SpreadsheetReader.read(filename, content), defaultSubArea, owner);
        previews.put(preview);
        return preview;
    }

    @Transactional
    public Outcome confirm(String previewId, String owner) {
        ImportPreview preview = previews.take(previewId == null ? "" : previewId, owner)
                .orElseThrow(() -> new ImportRefusedException("import.confirm.unknown"));
        if (!preview.canConfirm()) {
            throw new ImportRefusedException("import.confirm.hasProblems");
        }
        LocalDate today = LocalDate.now(clock);
        int appointed = 0;
        for (ImportPreview.Planned row : preview.creates()) {
            apply(row, () -> appoint(row, arenas.create(row.values().applyTo(ArenaForm.empty())), today));
            appointed += row.appoint().size();
        }
        for (ImportPreview.Planned row : preview.updates()) {
            apply(row, () -> {
                ArenaForm current = arenas.formFor(row.arenaId());
                if (!row.version().equals(current.version())) {
                    throw new ImportRefusedException("import.confirm.changedMeanwhile", row.sheet(), row.row(), row.name());
                }
                ArenaForm changed = row.values().applyTo(current);
                if (!changed.equals(current)) {
                    arenas.update(row.arenaId(), changed);
                }
                return appoint(row, row.arenaId(), today);
            });
            appointed += row.appoint().size();
        }
        return new Outcome(preview.creates().size(), preview.updates().size(), preview.unchanged().size(), appointed);
    }

    /** The row's new appointments, from today, through the person module's service (its rules and audit apply). */
    private long appoint(ImportPreview.Planned row, long arenaId, LocalDate today) {
        for (Representative r : row.appoint()) {
            appointments.appoint(new AppointmentForm(r.personId(), arenaId, r.role(), today, null, null, null, null, null));
        }
        return arenaId;
    }

    /** Runs one row's change; any failure names the row and rolls the whole import back. */
    private static void apply(ImportPreview.Planned row, java.util.function.Supplier<Long> change) {
        try {
            change.get();
        } catch (InvalidInputException e) {
            List<InvalidInputException.Rejection> rejections = e.rejections();
            InvalidInputException.Rejection first = rejections.get(0);
            throw new ImportRefusedException("import.confirm.rowFailed", row.sheet(), row.row(), row.name(),
                    new DefaultMessageSourceResolvable(new String[] {first.code()}, first.args(), first.code()));
        } catch (EditConflictException | NotFoundException e) {
            throw new ImportRefusedException("import.confirm.changedMeanwhile", row.sheet(), row.row(), row.name());
        }
    }
}
