package se.arenaregister.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.governance.Committee;
import se.arenaregister.governance.Governance;
import se.arenaregister.shared.HomeOrganisation;

/**
 * What a register's first edition starts from, mirroring RUN/78/2022: the introduction (no heading, it follows the
 * title), one section per area with its sub-areas under it, then "Utvecklingsområden och beslutsförslag" with the
 * proposals; Appendix 1 lists every area. Headings are Swedish: the memo is the committee's document.
 */
@Component
class DefaultOutline {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    record Node(String heading, Long areaId, SectionKind kind, List<Node> children) {
    }

    private final Catalog catalog;
    private final Governance governance;
    private final HomeOrganisation home;
    private final MessageSource messages;
    private final Clock clock;

    DefaultOutline(Catalog catalog, Governance governance, HomeOrganisation home, MessageSource messages, Clock clock) {
        this.catalog = catalog;
        this.governance = governance;
        this.home = home;
        this.messages = messages;
        this.clock = clock;
    }

    List<Node> outline() {
        List<Area> areas = catalog.areas();
        List<Node> nodes = new ArrayList<>();
        nodes.add(new Node("", null, SectionKind.TEXT, List.of()));
        for (Area area : areas) {
            if (area.parentId() != null) {
                continue;
            }
            List<Node> subAreas = areas.stream().filter(s -> area.id().equals(s.parentId()))
                    .map(s -> new Node(s.name(), s.id(), SectionKind.TEXT, List.of())).toList();
            nodes.add(new Node(area.name(), area.id(), SectionKind.TEXT, subAreas));
        }
        nodes.add(new Node(text("memo.outline.development"), null, SectionKind.TEXT,
                List.of(new Node(text("memo.outline.proposals"), null, SectionKind.PROPOSALS, List.of()))));
        return nodes;
    }

    /** Next year after the newest edition (or this year), its header block, today's date, every area in the appendix. */
    EditionForm newEditionForm(Optional<MemoEdition> newest) {
        LocalDate today = LocalDate.now(clock);
        List<Long> everyArea = catalog.areas().stream().filter(a -> a.parentId() == null).map(Area::id).toList();
        if (newest.isPresent()) {
            MemoEdition e = newest.get();
            return new EditionForm(Math.max(e.year() + 1, today.getYear()), e.title(), "", today, e.office(), e.authorName(),
                    e.authorTitle(), e.authorPhone(), e.authorEmail(), e.appendixAreaIds(), null);
        }
        String committee = home.committee() == null ? "" : home.committee();
        String committeeName = governance.findCommitteeByShortName(committee).map(Committee::name).orElse(committee);
        String lowered = committeeName.isEmpty() ? "" : committeeName.substring(0, 1).toLowerCase(SWEDISH) + committeeName.substring(1);
        return new EditionForm(today.getYear(), messages.getMessage("report.memo.title", new Object[] {lowered}, SWEDISH).strip(), "",
                today, text("report.memo.office"), "", "", "", "", everyArea, null);
    }

    private String text(String code) {
        return messages.getMessage(code, null, SWEDISH);
    }
}
