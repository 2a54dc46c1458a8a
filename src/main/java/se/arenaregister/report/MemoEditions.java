package se.arenaregister.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
import se.arenaregister.analysis.StatedNumbers;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaAccess;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.report.internal.Figures;
import se.arenaregister.report.internal.MemoContent;
import se.arenaregister.report.internal.MemoContent.EditionData;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/**
 * Memo editions: one a year, written in the register. The coordination office makes an edition (a copy of the previous
 * one's outline, texts and resolved flags, or for a register's first the default outline mirroring RUN/78/2022),
 * orders and nests its sections, inserts figures into their texts, drafts decision proposals, and sends it — which
 * freezes it ({@link EditionSending}). Area editors write the sections tied to their areas. Every change is audited
 * and version-checked; a sent edition refuses every change ({@link EditionFrozenException}), in SQL too.
 */
@Service
@Transactional
public class MemoEditions {

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

    private final EditionStore store;
    private final AreaAnalysis analysis;
    private final Catalog catalog;
    private final FollowUpQueries followUp;
    private final MemoContent content;
    private final Permissions permissions;
    private final AreaAccess access;
    private final FormValidator validator;
    private final Traceability trail;
    private final DefaultOutline defaults;
    private final EditionComparison comparison;
    private final se.arenaregister.analysis.CoverageFigures coverage;

    MemoEditions(EditionStore store, AreaAnalysis analysis, Catalog catalog, FollowUpQueries followUp, MemoContent content,
                 Permissions permissions, AreaAccess access, FormValidator validator, Traceability trail, DefaultOutline defaults,
                 EditionComparison comparison, se.arenaregister.analysis.CoverageFigures coverage) {
        this.comparison = comparison;
        this.coverage = coverage;
        this.store = store;
        this.analysis = analysis;
        this.catalog = catalog;
        this.followUp = followUp;
        this.content = content;
        this.permissions = permissions;
        this.access = access;
        this.validator = validator;
        this.trail = trail;
        this.defaults = defaults;
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

    @Transactional(readOnly = true)
    public List<MemoSection> sections(long editionId) {
        edition(editionId);
        return store.sections(editionId);
    }

    @Transactional(readOnly = true)
    public MemoSection section(long sectionId) {
        MemoSection section = store.section(sectionId).orElseThrow(() -> new NotFoundException("memoSection", sectionId));
        edition(section.editionId());
        return section;
    }

    @Transactional(readOnly = true)
    public List<MemoProposal> proposals(long editionId) {
        edition(editionId);
        return store.proposals(editionId);
    }

    @Transactional(readOnly = true)
    public MemoProposal proposal(long proposalId) {
        MemoProposal proposal = store.proposal(proposalId).orElseThrow(() -> new NotFoundException("memoProposal", proposalId));
        edition(proposal.editionId());
        return proposal;
    }

    /** The outline as the editor shows it, with every section's preview and flags: four statements, whatever its size. */
    @Transactional(readOnly = true)
    public List<OutlineEntry> outline(long editionId) {
        edition(editionId);
        Map<Long, AreaFigures> figures = figures();
        Figures.Source source = source(figures);
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
        AreaFigures area = s.areaId() == null ? null : figures().get(s.areaId());
        return flags(s, area, store.resolutions(s.editionId()).getOrDefault(s.id(), List.of()));
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
        return new EditionData(edition, store.sections(editionId), store.proposals(editionId), figures, compared);
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

    /** Whether the user may write this section's text: the coordination office, or an editor of its area. */
    public boolean mayWrite(MemoSection section) {
        return permissions.isCoordinator() || section.areaId() != null && access.mayEdit(section.areaId());
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

    // ---- sections ----

    public long addSection(long editionId, SectionForm form) {
        permissions.requireCoordinator();
        draft(editionId);
        validator.check(form, sectionRules(editionId, null, form));
        SectionKind kind = form.kind() == null ? SectionKind.TEXT : form.kind();
        long id = store.insertSection(editionId, form.parentId(), store.nextPosition(editionId, form.parentId()), kind,
                strip(form.heading()), strip(form.headingFootnote()), form.areaId(), normalise(form.body()));
        trail.created(store.section(id).orElseThrow(), sectionLabels());
        return id;
    }

    /**
     * Saves a section. An area editor may change the text (and footnote) of a section of their area; its heading,
     * place, kind and area are the coordination office's.
     */
    public long updateSection(long sectionId, SectionForm form) {
        MemoSection stored = store.section(sectionId).orElseThrow(() -> new NotFoundException("memoSection", sectionId));
        draft(stored.editionId());
        boolean coordinator = permissions.isCoordinator();
        if (!coordinator) {
            access.requireEdit(stored.areaId());
        }
        trail.requireVersion(stored, form.version(), sectionLabels());
        SectionForm effective = coordinator ? form : new SectionForm(stored.heading(), form.headingFootnote(), stored.areaId(),
                stored.parentId(), stored.kind(), form.body(), form.version());
        validator.check(effective, sectionRules(stored.editionId(), sectionId, effective));
        boolean moved = !java.util.Objects.equals(effective.parentId(), stored.parentId());
        int position = moved ? store.nextPosition(stored.editionId(), effective.parentId()) : stored.position();
        if (store.updateSection(sectionId, stored.version(), effective.parentId(), position,
                effective.kind() == null ? stored.kind() : effective.kind(), strip(effective.heading()), strip(effective.headingFootnote()),
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
        MemoSection stored = store.section(sectionId).orElseThrow(() -> new NotFoundException("memoSection", sectionId));
        draft(stored.editionId());
        List<MemoSection> siblings = store.sections(stored.editionId()).stream()
                .filter(s -> java.util.Objects.equals(s.parentId(), stored.parentId())).toList();
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
        MemoSection stored = store.section(sectionId).orElseThrow(() -> new NotFoundException("memoSection", sectionId));
        draft(stored.editionId());
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
            throw new se.arenaregister.shared.InvalidInputException(List.of(new Rejection("phrase", "memo.flag.gone")));
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

    // ---- proposals ----

    public long addProposal(long editionId, ProposalForm form) {
        permissions.requireCoordinator();
        draft(editionId);
        validator.check(form, proposalRules(form));
        long id = store.insertProposal(editionId, form);
        trail.created(store.proposal(id).orElseThrow());
        return id;
    }

    public long updateProposal(long proposalId, ProposalForm form) {
        permissions.requireCoordinator();
        MemoProposal stored = store.proposal(proposalId).orElseThrow(() -> new NotFoundException("memoProposal", proposalId));
        draft(stored.editionId());
        trail.requireVersion(stored, form.version(), Labels.NONE);
        validator.check(form, proposalRules(form));
        if (store.updateProposal(proposalId, stored.version(), form) == 0) {
            throw trail.conflict(store.proposal(proposalId).orElseThrow(), Labels.NONE);
        }
        MemoProposal after = store.proposal(proposalId).orElseThrow();
        trail.updated(stored, after);
        return after.version();
    }

    public void deleteProposal(long proposalId, Long version) {
        permissions.requireCoordinator();
        MemoProposal stored = store.proposal(proposalId).orElseThrow(() -> new NotFoundException("memoProposal", proposalId));
        draft(stored.editionId());
        trail.requireVersion(stored, version, Labels.NONE);
        store.deleteProposal(proposalId);
        trail.deleted(stored, Labels.NONE);
    }

    /** A proposal written out as the document has it. */
    @Transactional(readOnly = true)
    public String proposalText(MemoProposal proposal) {
        Map<Long, java.time.LocalDate> meetings = new HashMap<>();
        followUp.meetings().forEach(m -> meetings.put(m.id(), m.meetsOn()));
        return content.proposal(proposal, meetings);
    }

    // ---- internals ----

    MemoEdition draft(long id) {
        MemoEdition edition = store.edition(id).orElseThrow(() -> new NotFoundException("memoEdition", id));
        if (edition.isSent()) {
            throw new EditionFrozenException(edition);
        }
        return edition;
    }

    private MemoSection writable(long sectionId) {
        MemoSection section = store.section(sectionId).orElseThrow(() -> new NotFoundException("memoSection", sectionId));
        draft(section.editionId());
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

    private void copyOutline(long fromEdition, long toEdition) {
        Map<Long, Long> ids = new HashMap<>();
        Map<Long, List<FlagResolution>> resolutions = store.resolutions(fromEdition);
        for (MemoSection s : store.sections(fromEdition)) {
            long id = store.insertSection(toEdition, s.parentId() == null ? null : ids.get(s.parentId()), s.position(), s.kind(),
                    s.heading(), s.headingFootnote(), s.areaId(), s.body());
            ids.put(s.id(), id);
            for (FlagResolution r : resolutions.getOrDefault(s.id(), List.of())) {
                store.resolve(new FlagResolution(id, r.phrase(), r.stated(), r.actual(), r.reason()));
            }
        }
    }

    private void insertTree(long editionId, Long parentId, DefaultOutline.Node node) {
        long id = store.insertSection(editionId, parentId, store.nextPosition(editionId, parentId), node.kind(), node.heading(), "",
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

    private List<Rejection> sectionRules(long editionId, Long sectionId, SectionForm form) {
        List<Rejection> rejections = new ArrayList<>();
        Set<Long> areaIds = catalog.areas().stream().map(Area::id).collect(Collectors.toSet());
        if (form.areaId() != null && !areaIds.contains(form.areaId())) {
            rejections.add(new Rejection("areaId", "memo.section.areaUnknown"));
        }
        if (form.parentId() != null) {
            List<MemoSection> all = store.sections(editionId);
            Map<Long, MemoSection> byId = all.stream().collect(Collectors.toMap(MemoSection::id, Function.identity()));
            if (!byId.containsKey(form.parentId())) {
                rejections.add(new Rejection("parentId", "memo.section.parentUnknown"));
            } else if (sectionId != null && underOrSame(form.parentId(), sectionId, byId)) {
                rejections.add(new Rejection("parentId", "memo.section.parentInside"));
            }
        }
        boolean hasHeading = form.heading() != null && !form.heading().isBlank();
        if (!hasHeading && form.headingFootnote() != null && !form.headingFootnote().isBlank()) {
            rejections.add(new Rejection("headingFootnote", "memo.section.footnoteWithoutHeading"));
        }
        for (Figures.Problem problem : Figures.problems(form.body(), form.areaId(), areaIds)) {
            rejections.add(new Rejection("body", problem.code(), problem.written()));
        }
        return rejections;
    }

    private static boolean underOrSame(long candidate, long sectionId, Map<Long, MemoSection> byId) {
        Long at = candidate;
        while (at != null) {
            if (at == sectionId) {
                return true;
            }
            MemoSection s = byId.get(at);
            at = s == null ? null : s.parentId();
        }
        return false;
    }

    private List<Rejection> proposalRules(ProposalForm form) {
        List<Rejection> rejections = new ArrayList<>();
        if (form.reportMeetingId() != null && followUp.meeting(form.reportMeetingId()).isEmpty()) {
            rejections.add(new Rejection("reportMeetingId", "meeting.unknown"));
        }
        return rejections;
    }

    private Labels labels() {
        return Labels.<List<Long>>of("appendixAreaIds", ids -> catalog.areas(ids).stream().map(Area::name).collect(Collectors.joining(", ")));
    }

    private Labels sectionLabels() {
        return Labels.<Long>of("areaId", id -> catalog.findArea(id).map(Area::name).orElse(null));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    /** Line ends as \n, trailing spaces off; the text is otherwise the writer's. */
    private static String normalise(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
