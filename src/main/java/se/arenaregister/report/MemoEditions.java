package se.arenaregister.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.analysis.AreaAnalysis;
import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.analysis.CoverageFigures;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.report.internal.Figures;
import se.arenaregister.report.internal.MemoContent.EditionData;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/**
 * Memo editions: one a year, written in the register. The coordination office makes an edition (a copy of the previous
 * one's outline, texts and resolved flags, or for a register's first the default outline mirroring RUN/78/2022),
 * orders and nests its sections ({@link MemoSections}), inserts figures into their texts, drafts decision proposals
 * ({@link MemoProposals}), and sends it — which freezes it ({@link EditionSending}). Area editors write the sections
 * tied to their areas. Every change is audited and version-checked; a sent edition refuses every change
 * ({@link EditionFrozenException}), in SQL too.
 */
@Service
@Transactional
public class MemoEditions {

    private final EditionStore store;
    private final SectionStore sections;
    private final ProposalStore proposals;
    private final AreaAnalysis analysis;
    private final Catalog catalog;
    private final Permissions permissions;
    private final FormValidator validator;
    private final Traceability trail;
    private final DefaultOutline defaults;
    private final EditionComparison comparison;
    private final CoverageFigures coverage;

    MemoEditions(EditionStore store, SectionStore sections, ProposalStore proposals, AreaAnalysis analysis, Catalog catalog,
                 Permissions permissions, FormValidator validator, Traceability trail, DefaultOutline defaults,
                 EditionComparison comparison, CoverageFigures coverage) {
        this.store = store;
        this.sections = sections;
        this.proposals = proposals;
        this.analysis = analysis;
        this.catalog = catalog;
        this.permissions = permissions;
        this.validator = validator;
        this.trail = trail;
        this.defaults = defaults;
        this.comparison = comparison;
        this.coverage = coverage;
    }

    // ---- reading ----

    /** The editions the user may read, newest year first: every one internally, the sent ones for the public. */
    @Transactional(readOnly = true)
    public List<MemoEdition> editions() {
        boolean internal = permissions.mayReadInternal();
        return store.editions().stream().filter(e -> internal || e.isSent()).toList();
    }

    /** An edition the user may read: a draft is internal. */
    @Transactional(readOnly = true)
    public MemoEdition edition(long id) {
        MemoEdition edition = store.edition(id).orElseThrow(() -> new NotFoundException("memoEdition", id));
        if (!edition.isSent() && !permissions.mayReadInternal()) {
            throw new NotFoundException("memoEdition", id);
        }
        return edition;
    }

    /** The newest edition the public may read (the newest sent), or the newest of all for the signed-in. */
    @Transactional(readOnly = true)
    public Optional<MemoEdition> newest() {
        Optional<MemoEdition> sent = store.newest(true);
        return sent.isPresent() || !permissions.mayReadInternal() ? sent : store.newest(false);
    }

    /** The figures of every area by id, as the register counts them now. */
    @Transactional(readOnly = true)
    public Map<Long, AreaFigures> figures() {
        return analysis.all().stream().collect(Collectors.toMap(AreaFigures::areaId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    }

    /** A text with its figures phrased, for the editor's preview (nothing is stored). */
    @Transactional(readOnly = true)
    public String preview(String body, Long areaId) {
        return Figures.render(body, areaId, source(figures()));
    }

    /** Where the texts' figures get their values: the areas' figures, and the coverage for a topic at a scope. */
    public Figures.Source source(Map<Long, AreaFigures> figures) {
        return Figures.Source.of(figures, coverage);
    }

    /** Everything the documents and the API are made from, read once. */
    @Transactional(readOnly = true)
    public EditionData data(long editionId) {
        MemoEdition edition = edition(editionId);
        Map<Long, AreaFigures> figures = figures();
        List<String> compared = comparison.of(edition, figures).map(comparison::lines).orElse(List.of());
        return new EditionData(edition, sections.sections(editionId), proposals.proposals(editionId), figures, compared);
    }

    /** This edition's figures next to the previous sent edition's, and what changed between them; empty without one. */
    @Transactional(readOnly = true)
    public Optional<EditionComparison.Comparison> comparison(long editionId) {
        return comparison.of(edition(editionId), figures());
    }

    /** Whether the user may change the edition's structure, header and proposals, and send it. */
    public boolean mayManage() {
        return permissions.isCoordinator();
    }

    // ---- editions ----

    /** The form for a new edition: next year, the previous edition's header block, today's date. */
    @Transactional(readOnly = true)
    public EditionForm newEditionForm() {
        return defaults.newEditionForm(store.newest(false));
    }

    /**
     * A new draft. It copies the outline, texts, heading footnotes and resolved flags of the newest edition of an
     * earlier year (and its appendix areas when the form names none), or starts from the default outline.
     */
    public long create(EditionForm form) {
        return create(form, true);
    }

    /** A new draft with no sections at all, for an outline written from scratch (the demo's RUN/78/2022). */
    public long createEmpty(EditionForm form) {
        return create(form, false);
    }

    private long create(EditionForm form, boolean withOutline) {
        permissions.requireCoordinator();
        validator.check(form, editionRules(form, null));
        Optional<MemoEdition> previous = form.year() == null ? Optional.empty() : store.before(form.year());
        EditionForm effective = form;
        if ((form.appendixAreaIds() == null || form.appendixAreaIds().isEmpty()) && previous.isPresent()) {
            effective = new EditionForm(form.year(), form.title(), form.reference(), form.datedOn(), form.office(), form.authorName(),
                    form.authorTitle(), form.authorPhone(), form.authorEmail(), previous.get().appendixAreaIds(), null);
        }
        long id = store.insertEdition(effective, previous.map(MemoEdition::id).orElse(null));
        if (!withOutline) {
            trail.created(store.edition(id).orElseThrow(), labels());
            return id;
        }
        if (previous.isPresent()) {
            copyOutline(previous.get().id(), id);
        } else {
            defaults.outline().forEach(s -> insertTree(id, null, s));
        }
        trail.created(store.edition(id).orElseThrow(), labels());
        return id;
    }

    public long update(long id, EditionForm form) {
        permissions.requireCoordinator();
        MemoEdition stored = draft(id);
        trail.requireVersion(stored, form.version(), labels());
        validator.check(form, editionRules(form, id));
        if (store.updateEdition(id, stored.version(), form) == 0) {
            throw trail.conflict(store.edition(id).orElseThrow(), labels());
        }
        MemoEdition after = store.edition(id).orElseThrow();
        trail.updated(stored, after, labels());
        return after.version();
    }

    /** Deletes a draft with its outline and proposals; a sent edition is kept for ever. */
    public void delete(long id, Long version) {
        permissions.requireCoordinator();
        MemoEdition stored = draft(id);
        trail.requireVersion(stored, version, labels());
        store.deleteEdition(id);
        trail.deleted(stored, labels());
    }

    // ---- internals ----

    /** An edition that may still change: a sent one is frozen ({@link EditionFrozenException}). */
    MemoEdition draft(long id) {
        MemoEdition edition = store.edition(id).orElseThrow(() -> new NotFoundException("memoEdition", id));
        if (edition.isSent()) {
            throw new EditionFrozenException(edition);
        }
        return edition;
    }

    private void copyOutline(long fromEdition, long toEdition) {
        Map<Long, Long> ids = new HashMap<>();
        Map<Long, List<FlagResolution>> resolutions = sections.resolutions(fromEdition);
        for (MemoSection s : sections.sections(fromEdition)) {
            long id = sections.insertSection(toEdition, s.parentId() == null ? null : ids.get(s.parentId()), s.position(), s.kind(),
                    s.heading(), s.headingFootnote(), s.areaId(), s.body());
            ids.put(s.id(), id);
            for (FlagResolution r : resolutions.getOrDefault(s.id(), List.of())) {
                sections.resolve(new FlagResolution(id, r.phrase(), r.stated(), r.actual(), r.reason()));
            }
        }
    }

    private void insertTree(long editionId, Long parentId, DefaultOutline.Node node) {
        long id = sections.insertSection(editionId, parentId, sections.nextPosition(editionId, parentId), node.kind(), node.heading(), "",
                node.areaId(), "");
        node.children().forEach(child -> insertTree(editionId, id, child));
    }

    private List<Rejection> editionRules(EditionForm form, Long id) {
        List<Rejection> rejections = new ArrayList<>();
        if (form.year() != null && store.yearTaken(form.year(), id)) {
            rejections.add(new Rejection("year", "memo.edition.yearTaken", form.year()));
        }
        if (form.appendixAreaIds() != null) {
            Set<Long> topAreas = catalog.areas().stream().filter(a -> a.parentId() == null).map(Area::id).collect(Collectors.toSet());
            if (form.appendixAreaIds().stream().anyMatch(a -> a == null || !topAreas.contains(a))) {
                rejections.add(new Rejection("appendixAreaIds", "memo.edition.appendixUnknown"));
            }
        }
        return rejections;
    }

    private Labels labels() {
        return Labels.<List<Long>>of("appendixAreaIds", ids -> catalog.areas(ids).stream().map(Area::name).collect(Collectors.joining(", ")));
    }
}
