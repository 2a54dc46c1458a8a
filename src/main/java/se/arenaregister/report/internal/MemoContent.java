package se.arenaregister.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.analysis.AreaFigures;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.report.MemoEdition;
import se.arenaregister.report.MemoProposal;
import se.arenaregister.report.MemoSection;
import se.arenaregister.report.SectionKind;
import se.arenaregister.shared.HomeOrganisation;

/**
 * Lays an edition out as the document the committee gets, with every text resolved, so that the DOCX and the PDF only
 * draw it: the header block, the writer's outline in the writer's order (headings, footnotes, texts with their
 * figures phrased in Swedish, the decision proposals written out as the memo writes them) and Appendix 1 for the
 * areas the writer chose. Nothing is added that the writer did not place: no generated sentence, no flag, no "late".
 *
 * <p>The memo is always in Swedish, the committee's language, whatever language the page was read in.
 */
@Component
@Transactional(readOnly = true)
public class MemoContent {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("LLLL", SWEDISH);

    public record Memo(Header header, List<Section> sections, Appendix appendix) {
    }

    /** {@code author}: the lines under the header (name, phone, e-mail; for the public the title alone). */
    public record Header(String organisation, String office, LocalDate date, String reference, String title, List<String> author) {
    }

    /** A heading (blank: none) at a level (1–3 and deeper), the footnote on it (or null), and its paragraphs. */
    public record Section(String heading, int level, String footnote, List<String> paragraphs) {
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

    /** What an edition holds, read once: the content is laid out from it without further queries. */
    public record EditionData(MemoEdition edition, List<MemoSection> sections, List<MemoProposal> proposals,
                              Map<Long, AreaFigures> figures, List<String> comparison) {
    }

    private final ArenaQueries arenas;
    private final se.arenaregister.analysis.CoverageFigures coverage;
    private final FollowUpQueries followUp;
    private final HomeOrganisation home;
    private final MessageSource messages;

    MemoContent(ArenaQueries arenas, se.arenaregister.analysis.CoverageFigures coverage, FollowUpQueries followUp, HomeOrganisation home,
                MessageSource messages) {
        this.arenas = arenas;
        this.coverage = coverage;
        this.followUp = followUp;
        this.home = home;
        this.messages = messages;
    }

    /** The document; {@code forThePublic}: the author by title, never by name or with contact details. */
    public Memo assemble(EditionData data, boolean forThePublic) {
        MemoEdition e = data.edition();
        Header header = new Header(home.name(), e.office(), e.datedOn(), e.reference() == null ? "" : e.reference(), e.title(),
                author(e, forThePublic));
        Map<Long, Integer> depth = new HashMap<>();
        Map<Long, LocalDate> meetings = new HashMap<>();
        followUp.meetings().forEach(m -> meetings.put(m.id(), m.meetsOn()));
        List<Section> sections = new ArrayList<>();
        Figures.Source figures = Figures.Source.of(data.figures(), coverage);
        for (MemoSection s : data.sections()) {
            int level = s.parentId() == null ? 1 : depth.getOrDefault(s.parentId(), 1) + 1;
            depth.put(s.id(), level);
            List<String> paragraphs = new ArrayList<>(paragraphs(Figures.render(s.body(), s.areaId(), figures)));
            if (s.kind() == SectionKind.PROPOSALS) {
                data.proposals().forEach(p -> paragraphs.add(proposal(p, meetings)));
            }
            if (s.kind() == SectionKind.COMPARISON) {
                paragraphs.addAll(data.comparison());
            }
            sections.add(new Section(s.heading() == null ? "" : s.heading().strip(), level,
                    s.headingFootnote() == null || s.headingFootnote().isBlank() ? null : s.headingFootnote().strip(), paragraphs));
        }
        return new Memo(header, sections, appendix(e.appendixAreaIds(), data.figures().keySet()));
    }

    /** The register's filter for the arenas placed in one area (or its sub-areas). */
    private static ArenaFilter inArea(long areaId) {
        return new ArenaFilter(areaId, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private List<String> author(MemoEdition e, boolean forThePublic) {
        List<String> lines = new ArrayList<>();
        if (forThePublic) {
            if (e.authorTitle() != null && !e.authorTitle().isBlank()) {
                lines.add(e.authorTitle().strip());
            }
            return lines;
        }
        if (e.authorName() != null && !e.authorName().isBlank()) {
            lines.add(e.authorName().strip());
        }
        if (e.authorPhone() != null && !e.authorPhone().isBlank()) {
            lines.add(get("report.memo.phone", e.authorPhone().strip()));
        }
        if (e.authorEmail() != null && !e.authorEmail().isBlank()) {
            lines.add(get("report.memo.email", e.authorEmail().strip()));
        }
        return lines;
    }

    /**
     * A proposal as the memo writes it: "Verksamheten ser ett behov … Därför föreslås att regiondirektören får i uppdrag
     * att … Uppdraget föreslås återrapporteras vid nämndens sammanträde i juni."
     */
    public String proposal(MemoProposal p, Map<Long, LocalDate> meetings) {
        StringBuilder text = new StringBuilder();
        String task = stripFinalStop(p.task().strip());
        if (p.background() != null && !p.background().isBlank()) {
            text.append(p.background().strip()).append(' ').append(get("report.memo.proposal.therefore", p.assigneeRole().strip(), task));
        } else {
            text.append(get("report.memo.proposal.plain", p.assigneeRole().strip(), task));
        }
        LocalDate meeting = p.reportMeetingId() == null ? null : meetings.get(p.reportMeetingId());
        if (meeting != null) {
            text.append(' ').append(get("report.memo.proposal.reportBack", MONTH.format(meeting)));
        }
        return text.toString();
    }

    /**
     * The arenas of the chosen areas (not ended ones, nor those only under consideration), grouped by sub-area, in the
     * register's order. One register statement per chosen area, each reading only that area's arenas: the memo never
     * holds the whole register. {@code areaOrder} is every area in the register's order (the figures' keys).
     */
    private Appendix appendix(List<Long> areaIds, java.util.Collection<Long> areaOrder) {
        Set<Long> chosen = Set.copyOf(areaIds);
        List<ArenaRow> rows = new ArrayList<>();
        Set<Long> ordered = new java.util.LinkedHashSet<>(areaOrder);
        ordered.addAll(areaIds);
        for (Long areaId : ordered) {
            if (chosen.contains(areaId)) {
                arenas.list(inArea(areaId)).stream()
                        .filter(a -> a.status() != ArenaStatus.ENDED && a.status() != ArenaStatus.CONSIDERED && areaId.equals(a.area().id()))
                        .forEach(rows::add);
            }
        }
        List<AppendixArea> areas = new ArrayList<>();
        Map<Long, List<ArenaRow>> byArea = rows.stream().collect(Collectors.groupingBy(r -> r.area().id(), LinkedHashMap::new, Collectors.toList()));
        for (List<ArenaRow> inArea : byArea.values()) {
            Map<Long, List<ArenaRow>> byGroup = inArea.stream()
                    .collect(Collectors.groupingBy(r -> r.group().id(), LinkedHashMap::new, Collectors.toList()));
            List<AppendixGroup> groups = new ArrayList<>();
            for (List<ArenaRow> inGroup : byGroup.values()) {
                ArenaRow first = inGroup.get(0);
                groups.add(new AppendixGroup(first.subArea() == null ? null : first.subArea().name(),
                        inGroup.stream().map(r -> new AppendixRow(r.name(), types(r.types()), blank(r.otherInfo()), blank(r.purpose()))).toList()));
            }
            areas.add(new AppendixArea(inArea.get(0).area().name(), groups));
        }
        String heading = areas.size() == 1 ? get("report.memo.appendix.one", areas.get(0).name()) : get("report.memo.appendix");
        return new Appendix(heading, List.of(get("report.memo.column.name"), get("report.memo.column.type"),
                get("report.memo.column.otherInfo"), get("report.memo.column.purpose")), areas);
    }

    /** "Påverkan/verkställande", as the memo's appendix writes several types. */
    String types(List<ArenaType> types) {
        List<String> labels = new ArrayList<>();
        for (ArenaType type : types) {
            String label = get("arenaType." + type.name());
            labels.add(labels.isEmpty() ? label : label.toLowerCase(SWEDISH));
        }
        return String.join("/", labels);
    }

    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.strip().split("\\R\\s*\\R")).map(p -> p.strip().replaceAll("\\s*\\R\\s*", " "))
                .filter(p -> !p.isEmpty()).toList();
    }

    private static String stripFinalStop(String text) {
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    private static String blank(String text) {
        return text == null ? "" : text.strip();
    }

    private String get(String code, Object... args) {
        return messages.getMessage(code, args, code, SWEDISH);
    }
}
