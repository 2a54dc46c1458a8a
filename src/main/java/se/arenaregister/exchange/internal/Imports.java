package se.arenaregister.exchange.internal;

import java.util.List;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.shared.EditConflictException;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.NotFoundException;

/**
 * Import in two steps. {@link #preview} reads the file and stores what it would do, writing nothing;
 * {@link #confirm} applies that stored preview in one transaction through {@link ArenaService}, so the
 * form's validation and the audit log apply to every row, and one failing row undoes them all.
 */
@Service
public class Imports {

    /** What a confirmed import did. */
    /** Serializable: it travels as a flash attribute in the session, which is kept in PostgreSQL. */
    public record Outcome(int created, int updated, int unchanged) implements java.io.Serializable {
    }

    private final ImportPlanner planner;
    private final ImportPreviews previews;
    private final ArenaService arenas;

    Imports(ImportPlanner planner, ImportPreviews previews, ArenaService arenas) {
        this.planner = planner;
        this.previews = previews;
        this.arenas = arenas;
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
        for (ImportPreview.Planned row : preview.creates()) {
            apply(row, () -> arenas.create(row.values().applyTo(ArenaForm.empty())));
        }
        for (ImportPreview.Planned row : preview.updates()) {
            apply(row, () -> {
                ArenaForm current = arenas.formFor(row.arenaId());
                if (!row.version().equals(current.version())) {
                    throw new ImportRefusedException("import.confirm.changedMeanwhile", row.sheet(), row.row(), row.name());
                }
                arenas.update(row.arenaId(), row.values().applyTo(current));
                return row.arenaId();
            });
        }
        return new Outcome(preview.creates().size(), preview.updates().size(), preview.unchanged().size());
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
