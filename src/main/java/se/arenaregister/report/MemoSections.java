package se.arenaregister.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.analysis.StatedNumbers;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaAccess;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.report.internal.Figures;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/**
 * The outline of a memo edition ({@link MemoEditions}): its sections, ordered and nested by the coordination office,
 * their texts with figures inserted (written by the office or an editor of the section's area), and the flags where a
 * text states a number the register counts differently, which the writer may resolve with a reason. Every change is
 * audited and version-checked; a sent edition refuses every change ({@link EditionFrozenException}).
 */
@Service
@Transactional
public class MemoSections {

    /** A section of the outline as the editor shows it: its depth, area, text with figures phrased, and flags. */
    public record OutlineEntry(MemoSection section, int depth, String areaName, String preview, List<Flag> flags,
                               boolean editable) {
    }

    /** A number typed in a text that the register counts differently; {@code reason} is set when resolved. */
    public record Flag(String phrase, int stated, int actual, String reason) {

        public boolean resolved() {
            return reason != null;
        }
    }

    private final SectionStore store;
    private final MemoEditions editions;
    private final SectionRules rules;
    private final Catalog catalog;
    private final Permissions permissions;
    private final AreaAccess access;
    private final FormValidator validator;
    private final Traceability trail;

    MemoSections(SectionStore store, MemoEditions editions, SectionRules rules, Catalog catalog, Permissions permissions,
                 AreaAccess access, FormValidator validator, Traceability trail) {
        this.store = store;
        this.editions = editions;
        this.rules = rules;
        this.catalog = catalog;
        this.permissions = permissions;
        this.access = access;
        this.validator = validator;
        this.trail = trail;
    }

    // ---- reading ----

    @Transactional(readOnly = true)
    public List<MemoSection> sections(long editionId) {
        editions.edition(editionId);
        return store.sections(editionId);
    }

    @Transactional(readOnly = true)
    public MemoSection section(long sectionId) {
        MemoSection section = stored(sectionId);
        editions.edition(section.editionId());
        return section;
    }

    /** The outline as the editor shows it, with every section's preview and flags: four statements, whatever its size. */
    @Transactional(readOnly = true)
    public List<OutlineEntry> outline(long editionId) {
        editions.edition(editionId);
        Map<Long, AreaFigures> figures = editions.figures();
        Figures.Source source = editions.source(figures);
        Map<Long, List<FlagResolution>> resolutions = store.resolutions(editionId);
        Map<Long, Integer> depth = new HashMap<>();
        List<OutlineEntry> entries = new ArrayList<>();
        for (MemoSection s : store.sections(editionId)) {
            int d = s.parentId() == null ? 1 : depth.getOrDefault(s.parentId(), 1) + 1;
            depth.put(s.id(), d);
            AreaFigures area = s.areaId() == null ? null : figures.get(s.areaId());
            entries.add(new OutlineEntry(s, d, area == null ? null : area.name(), Figures.render(s.body(), s.areaId(), source),
                    flags(s, area, resolutions.getOrDefault(s.id(), List.of())), mayWrite(s)));
        }
        return entries;
    }

    /** The flags of one section's text against its area's figures (none for a section without an area). */
    @Transactional(readOnly = true)
    public List<Flag> flags(long sectionId) {
        MemoSection s = section(sectionId);
        AreaFigures area = s.areaId() == null ? null : editions.figures().get(s.areaId());
        return flags(s, area, store.resolutions(s.editionId()).getOrDefault(s.id(), List.of()));
    }

    /** Whether the user may write this section's text: the coordination office, or an editor of its area. */
    public boolean mayWrite(MemoSection section) {
        return permissions.isCoordinator() || section.areaId() != null && access.mayEdit(section.areaId());
    }

    // ---- sections ----

    public long addSection(long editionId, SectionForm form) {
        permissions.requireCoordinator();
        editions.draft(editionId);
        validator.check(form, rules.check(editionId, null, form));
        SectionKind kind = form.kind() == null ? SectionKind.TEXT : form.kind();
        long id = store.insertSection(editionId, form.parentId(), store.nextPosition(editionId, form.parentId()), kind,
                StoreRows.strip(form.heading()), StoreRows.strip(form.headingFootnote()), form.areaId(), normalise(form.body()));
        trail.created(store.section(id).orElseThrow(), sectionLabels());
        return id;
    }

    /**
     * Saves a section. An area editor may change the text (and footnote) of a section of their area; its heading,
     * place, kind and area are the coordination office's.
     */
    public long updateSection(long sectionId, SectionForm form) {
        MemoSection stored = stored(sectionId);
        editions.draft(stored.editionId());
        boolean coordinator = permissions.isCoordinator();
        if (!coordinator) {
            access.requireEdit(stored.areaId());
        }
        trail.requireVersion(stored, form.version(), sectionLabels());
        SectionForm effective = coordinator ? form : new SectionForm(stored.heading(), form.headingFootnote(), stored.areaId(),
                stored.parentId(), stored.kind(), form.body(), form.version());
        validator.check(effective, rules.check(stored.editionId(), sectionId, effective));
        boolean moved = !Objects.equals(effective.parentId(), stored.parentId());
        int position = moved ? store.nextPosition(stored.editionId(), effective.parentId()) : stored.position();
        if (store.updateSection(sectionId, stored.version(), effective.parentId(), position,
                effective.kind() == null ? stored.kind() : effective.kind(), StoreRows.strip(effective.heading()), StoreRows.strip(effective.headingFootnote()),
                effective.areaId(), normalise(effective.body())) == 0) {
            throw trail.conflict(store.section(sectionId).orElseThrow(), sectionLabels());
        }
        MemoSection after = store.section(sectionId).orElseThrow();
        trail.updated(stored, after, sectionLabels());
        return after.version();
    }

    /** Moves a section one place up ({@code -1}) or down ({@code 1}) among its siblings. */
    public void moveSection(long sectionId, int direction) {
        permissions.requireCoordinator();
        MemoSection stored = stored(sectionId);
        editions.draft(stored.editionId());
        List<MemoSection> siblings = store.sections(stored.editionId()).stream()
                .filter(s -> Objects.equals(s.parentId(), stored.parentId())).toList();
        int index = siblings.indexOf(stored);
        int other = index + Integer.signum(direction);
        if (index < 0 || other < 0 || other >= siblings.size()) {
            return;
        }
        MemoSection neighbour = siblings.get(other);
        store.setPosition(stored.id(), stored.version(), neighbour.position() == stored.position() ? stored.position() + direction
                : neighbour.position());
        store.setPosition(neighbour.id(), neighbour.version(), stored.position());
        trail.updated(stored, store.section(stored.id()).orElseThrow(), sectionLabels());
        trail.updated(neighbour, store.section(neighbour.id()).orElseThrow(), sectionLabels());
    }

    /** Deletes a section and the sections under it. */
    public void deleteSection(long sectionId, Long version) {
        permissions.requireCoordinator();
        MemoSection stored = stored(sectionId);
        editions.draft(stored.editionId());
        trail.requireVersion(stored, version, sectionLabels());
        List<MemoSection> all = store.sections(stored.editionId());
        Set<Long> gone = new HashSet<>(List.of(sectionId));
        for (MemoSection s : all) {
            if (s.parentId() != null && gone.contains(s.parentId())) {
                gone.add(s.id());
            }
        }
        store.deleteSection(sectionId);
        for (MemoSection s : all) {
            if (gone.contains(s.id())) {
                trail.deleted(s, sectionLabels());
            }
        }
    }

    // ---- flags ----

    /** Resolves a flag with the writer's reason; it holds while the register counts what it counts now. */
    public void resolveFlag(long sectionId, FlagForm form) {
        MemoSection section = writable(sectionId);
        validator.check(form, List.of());
        Flag flag = flags(section.id()).stream().filter(f -> f.phrase().equals(form.phrase()) && f.stated() == form.stated())
                .findFirst().orElse(null);
        if (flag == null) {
            throw new InvalidInputException(List.of(new Rejection("phrase", "memo.flag.gone")));
        }
        FlagResolution resolution = new FlagResolution(sectionId, form.phrase(), form.stated(), flag.actual(), form.reason().strip());
        Optional<FlagResolution> before = store.resolution(sectionId, form.phrase(), form.stated());
        store.resolve(resolution);
        if (before.isPresent()) {
            trail.updated(before.get(), resolution);
        } else {
            trail.created(resolution);
        }
    }

    /** Takes a resolution back: the flag shows again. */
    public void reopenFlag(long sectionId, String phrase, int stated) {
        writable(sectionId);
        Optional<FlagResolution> before = store.resolution(sectionId, phrase, stated);
        if (before.isPresent()) {
            store.unresolve(sectionId, phrase, stated);
            trail.deleted(before.get(), Labels.NONE);
        }
    }

    // ---- internals ----

    private MemoSection stored(long sectionId) {
        return store.section(sectionId).orElseThrow(() -> new NotFoundException("memoSection", sectionId));
    }

    private MemoSection writable(long sectionId) {
        MemoSection section = stored(sectionId);
        editions.draft(section.editionId());
        if (!permissions.isCoordinator()) {
            access.requireEdit(section.areaId());
        }
        return section;
    }

    private List<Flag> flags(MemoSection s, AreaFigures area, List<FlagResolution> resolutions) {
        if (area == null || s.kind() != SectionKind.TEXT) {
            return List.of();
        }
        List<Flag> flags = new ArrayList<>();
        for (var d : StatedNumbers.discrepancies(Figures.withoutFigures(s.body()), area.total())) {
            String reason = resolutions.stream()
                    .filter(r -> r.phrase().equals(d.phrase()) && r.stated() == d.stated() && r.actual() == d.actual())
                    .map(FlagResolution::reason).findFirst().orElse(null);
            flags.add(new Flag(d.phrase(), d.stated(), d.actual(), reason));
        }
        return flags;
    }

    private Labels sectionLabels() {
        return Labels.<Long>of("areaId", id -> catalog.findArea(id).map(Area::name).orElse(null));
    }

    /** Line ends as \n, trailing spaces off; the text is otherwise the writer's. */
    private static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
