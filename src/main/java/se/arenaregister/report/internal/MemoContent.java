package se.arenaregister.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.analysis.AreaAnalysis;
import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.analysis.RegisterChanges;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.followup.AssignmentStatus;
import se.arenaregister.followup.FollowUpQueries.AssignmentRow;
import se.arenaregister.followup.FollowUpQueries.ReviewRow;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.followup.Verdict;
import se.arenaregister.governance.Committee;
import se.arenaregister.governance.Governance;
import se.arenaregister.shared.HomeOrganisation;

/**
 * Assembles the memo's content once from the register, with every text resolved, so that the DOCX and
 * the PDF only lay it out. Structure as memo RUN/78/2022: header, introduction, one section per area and
 * sub-area (computed figures, hand-written analysis with flags, latest assessments), development areas,
 * decision proposals, and Appendix 1 (the arenas per sub-area with the memo's four columns).
 *
 * <p>Decision proposals are the assignments "being prepared": the open (also overdue) assignments of the
 * most recent decision that gave any assignment. Every other open assignment is listed under development
 * areas, together with the reviews not yet completed. Ended and archived arenas are left out.
 */
@Component
@Transactional(readOnly = true)
public class MemoContent {

    /** Verdicts whose arenas the memo names, with their motivation. */
    private static final List<String> NAMED_VERDICTS = List.of(
            Verdict.NEEDS_DEVELOPMENT.name(), Verdict.UNCERTAIN.name(), Verdict.RECOMMEND_LEAVING.name());
    private static final int MAX_REFERENCE = 60;
    /**
     * The memo sent to the committee is a public document (offentlighetsprincipen): its reviews and assignments name
     * officials by role, never by name, whoever generates it.
     */
    private static final boolean PUBLIC = false;

    public record Memo(Header header, String introductionHeading, List<String> introduction, List<Section> sections,
                       Block development, Block proposals, Appendix appendix) {
    }

    public record Header(String organisation, String office, LocalDate date, String reference, String title) {
    }

    /** One area (level 1) or sub-area (level 2). */
    public record Section(String heading, int level, List<String> sentences, List<String> text, List<String> flags,
                          String verdictSummary, List<Assessed> assessments) {
    }

    public record Assessed(String arena, String verdict, String motivation) {
    }

    /** A chapter of lists: development areas, decision proposals. */
    public record Block(String heading, String lead, List<Part> parts) {
    }

    public record Part(String heading, List<String> items, String empty) {
    }

    public record Appendix(String heading, List<String> columns, List<AppendixArea> areas) {
    }

    public record AppendixArea(String name, List<AppendixGroup> groups) {
    }

    /** {@code name} is null for the arenas placed directly in the area. */
    public record AppendixGroup(String name, List<AppendixRow> rows) {
    }

    public record AppendixRow(String name, String types, String otherInfo, String purpose) {
    }

    private final AreaAnalysis analysis;
    private final ArenaQueries arenas;
    private final FollowUpQueries followUp;
    private final MemoQueries queries;
    private final Governance governance;
    private final HomeOrganisation home;
    private final MessageSource messages;
    private final Clock clock;
    private final RegisterChanges changes;

    MemoContent(AreaAnalysis analysis, ArenaQueries arenas, FollowUpQueries followUp, MemoQueries queries,
                Governance governance, HomeOrganisation home, MessageSource messages, Clock clock,
                RegisterChanges changes) {
        this.changes = changes;
        this.analysis = analysis;
        this.arenas = arenas;
        this.followUp = followUp;
        this.queries = queries;
        this.governance = governance;
        this.home = home;
        this.messages = messages;
        this.clock = clock;
    }

    /** The reference (diarienummer) used when none is given: "RUN/xx/2026". */
    public String defaultReference() {
        String committee = home.committee() == null || home.committee().isBlank() ? "PM" : home.committee().strip();
        return committee + "/xx/" + LocalDate.now(clock).getYear();
    }

    /** A usable reference: the given one stripped and cut to a sane length, or the default. */
    public String reference(String requested) {
        if (requested == null || requested.isBlank()) {
            return defaultReference();
        }
        String stripped = requested.strip().replaceAll("\\p{Cntrl}", "");
        return stripped.length() > MAX_REFERENCE ? stripped.substring(0, MAX_REFERENCE) : stripped;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Memo assemble(String requestedReference, Locale locale) {
        Text t = new Text(messages, locale);
        LocalDate today = today();
        List<ArenaRow> rows = arenas.list(ArenaFilter.none()).stream().filter(a -> a.status() != ArenaStatus.ENDED).toList();

        String committeeName = governance.findCommitteeByShortName(home.committee() == null ? "" : home.committee())
                .map(Committee::name).orElse(home.committee() == null ? "" : home.committee());
        Header header = new Header(home.name(), t.get("report.memo.office"), today, reference(requestedReference),
                t.get("report.memo.title", lowerFirst(committeeName, locale)).strip());

        String intro = analysis.introduction();
        List<String> introduction = intro == null || intro.isBlank()
                ? paragraphs(t.get("report.memo.introduction.default", lowerFirst(committeeName, locale), home.name()))
                : paragraphs(intro);

        List<Section> sections = sections(rows, t);
        List<AssignmentRow> open = followUp.assignments(today, PUBLIC).stream()
                .filter(a -> a.status() == AssignmentStatus.OPEN || a.status() == AssignmentStatus.OVERDUE).toList();
        Long proposalDecision = followUp.assignments(today, PUBLIC).stream()
                .max(Comparator.comparing(AssignmentRow::decidedOn).thenComparing(AssignmentRow::decisionId))
                .map(AssignmentRow::decisionId).orElse(null);
        List<AssignmentRow> proposed = open.stream().filter(a -> Objects.equals(a.decisionId(), proposalDecision)).toList();
        List<AssignmentRow> otherOpen = open.stream().filter(a -> !Objects.equals(a.decisionId(), proposalDecision)).toList();

        List<String> reviewItems = followUp.reviews(today, PUBLIC).stream().filter(r -> r.completedOn() == null)
                .map(r -> review(r, t)).toList();
        Block development = new Block(t.get("report.memo.development"), t.get("report.memo.development.lead"), List.of(
                new Part(t.get("report.memo.development.reviews"), reviewItems, t.get("report.memo.development.reviews.none")),
                new Part(t.get("report.memo.development.assignments"), otherOpen.stream().map(a -> assignment(a, t)).toList(),
                        t.get("report.memo.development.assignments.none")),
                new Part(t.get("report.memo.development.changes", iso(today.minusYears(1)), iso(today)),
                        MemoChangeItems.of(changes.between(today.minusYears(1), today), t), t.get("report.memo.development.changes.none"))));
        String proposalsLead = proposed.isEmpty() ? t.get("report.memo.proposals.lead.none")
                : t.get("report.memo.proposals.lead", proposed.get(0).decisionReference(), iso(proposed.get(0).decidedOn()));
        Block proposals = new Block(t.get("report.memo.proposals"), proposalsLead, List.of(
                new Part(null, proposed.stream().map(a -> assignment(a, t)).toList(), t.get("report.memo.proposals.none"))));

        return new Memo(header, t.get("report.memo.introduction"), introduction, sections, development, proposals, appendix(rows, t, locale));
    }

    private List<Section> sections(List<ArenaRow> rows, Text t) {
        Map<Long, List<MemoQueries.LatestAssessment>> byGroup = queries.latestAssessments().stream()
                .collect(Collectors.groupingBy(MemoQueries.LatestAssessment::groupId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Long> arenasInGroup = rows.stream().collect(Collectors.groupingBy(r -> r.group().id(), Collectors.counting()));
        List<Section> sections = new ArrayList<>();
        for (AreaFigures f : analysis.all()) {
            List<String> flags = f.discrepancies() == null ? List.of() : f.discrepancies().stream()
                    .map(d -> t.get("report.memo.discrepancy", d.phrase(), d.stated(), d.actual())).toList();
            sections.add(section(f.name(), f.isSubArea() ? 2 : 1, f.sentences() == null ? List.of() : f.sentences(),
                    paragraphs(f.text()), flags, byGroup.getOrDefault(f.areaId(), List.of()),
                    arenasInGroup.getOrDefault(f.areaId(), 0L), f.latestVerdicts() == null || f.latestVerdicts().isEmpty(), t));
        }
        return sections;
    }

    private Section section(String name, int level, List<String> sentences, List<String> text, List<String> flags,
                            List<MemoQueries.LatestAssessment> assessed, long arenaCount, boolean withSummary, Text t) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            long n = assessed.stream().filter(a -> a.verdict().equals(v.name())).count();
            if (n > 0) {
                counts.put(v.name(), n);
            }
        }
        String summary = null;
        // The analysis phrases the verdict counts itself; the summary is only for when it does not.
        if (withSummary && !counts.isEmpty()) {
            String joined = counts.entrySet().stream().map(e -> t.get("report.memo.verdictCount", t.get("verdict." + e.getKey()), e.getValue()))
                    .collect(Collectors.joining(", "));
            long notAssessed = Math.max(0, arenaCount - assessed.size());
            summary = notAssessed > 0 ? t.get("report.memo.verdicts.withUnassessed", joined, notAssessed) : t.get("report.memo.verdicts", joined);
        }
        List<Assessed> named = assessed.stream().filter(a -> NAMED_VERDICTS.contains(a.verdict()))
                .sorted(Comparator.comparing((MemoQueries.LatestAssessment a) -> NAMED_VERDICTS.indexOf(a.verdict()))
                        .thenComparing(a -> a.arena().toLowerCase(Locale.ROOT)))
                .map(a -> new Assessed(a.arena(), t.get("verdict." + a.verdict()), a.motivation())).toList();
        return new Section(name, level, sentences, text, flags, summary, named);
    }

    private Appendix appendix(List<ArenaRow> rows, Text t, Locale locale) {
        List<AppendixArea> areas = new ArrayList<>();
        Map<Long, List<ArenaRow>> byArea = rows.stream().collect(Collectors.groupingBy(r -> r.area().id(), LinkedHashMap::new, Collectors.toList()));
        for (List<ArenaRow> inArea : byArea.values()) {
            Map<Long, List<ArenaRow>> byGroup = inArea.stream()
                    .collect(Collectors.groupingBy(r -> r.group().id(), LinkedHashMap::new, Collectors.toList()));
            List<AppendixGroup> groups = new ArrayList<>();
            for (List<ArenaRow> inGroup : byGroup.values()) {
                ArenaRow first = inGroup.get(0);
                groups.add(new AppendixGroup(first.subArea() == null ? null : first.subArea().name(),
                        inGroup.stream().map(r -> new AppendixRow(r.name(), types(r.types(), t, locale),
                                blank(r.otherInfo()), blank(r.purpose()))).toList()));
            }
            areas.add(new AppendixArea(inArea.get(0).area().name(), groups));
        }
        return new Appendix(t.get("report.memo.appendix"), List.of(t.get("report.memo.column.name"), t.get("report.memo.column.type"),
                t.get("report.memo.column.otherInfo"), t.get("report.memo.column.purpose")), areas);
    }

    /** "Påverkan/verkställande", as the memo's appendix writes several types. */
    static String types(List<ArenaType> types, Text t, Locale locale) {
        List<String> labels = new ArrayList<>();
        for (ArenaType type : types) {
            String label = t.get("arenaType." + type.name());
            labels.add(labels.isEmpty() ? label : label.toLowerCase(locale));
        }
        return String.join("/", labels);
    }

    private String review(ReviewRow r, Text t) {
        String subject = r.arenaId() == null ? t.get("review.areaWide", r.subject()) : r.subject();
        String item = t.get("report.memo.review.item", subject, r.reason().strip(), iso(r.dueOn()));
        if (r.responsible() != null && !r.responsible().isBlank()) {
            item += " " + t.get("report.memo.review.responsible", r.responsible().strip());
        }
        if (r.overdue()) {
            item += " " + t.get("report.memo.overdue");
        }
        return item;
    }

    private String assignment(AssignmentRow a, Text t) {
        String item = t.get("report.memo.assignment.item", a.assignee(), a.description().strip(), a.decisionReference());
        if (a.reportDueOn() != null) {
            item += " " + t.get("report.memo.assignment.due", iso(a.reportDueOn()));
        }
        if (a.status() == AssignmentStatus.OVERDUE) {
            item += " " + t.get("report.memo.overdue");
        }
        return item;
    }

    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                .filter(p -> !p.isEmpty()).toList();
    }

    private static String lowerFirst(String text, Locale locale) {
        return text == null || text.isEmpty() ? "" : text.substring(0, 1).toLowerCase(locale) + text.substring(1);
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

    static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    /** Message lookup in one locale. */
    record Text(MessageSource messages, Locale locale) {
        String get(String code, Object... args) {
            return messages.getMessage(code, args, code, locale);
        }
    }
}
