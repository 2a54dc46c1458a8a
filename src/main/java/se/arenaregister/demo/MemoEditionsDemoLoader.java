package se.arenaregister.demo;

import static se.arenaregister.demo.DemoLookup.nonNull;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.governance.Governance;
import se.arenaregister.report.EditionForm;
import se.arenaregister.report.EditionSending;
import se.arenaregister.report.FlagForm;
import se.arenaregister.report.MemoEditions;
import se.arenaregister.report.MemoProposals;
import se.arenaregister.report.MemoSections;
import se.arenaregister.report.ProposalForm;
import se.arenaregister.report.SectionForm;
import se.arenaregister.report.SectionKind;

/**
 * Loads {@code demo/memo-2022.yml}: memo RUN/78/2022 as a sent edition (outline, texts with inserted figures, resolved
 * flags, its three proposals adopted as the assignments of RUN/78/2022), then a 2023 draft made from it. Runs once,
 * after the follow-up (whose decision and assignments it links to), when there is no edition yet, in one transaction
 * through the same services as the pages; an unknown area, meeting or assignment stops it and nothing is stored.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty(name = "arenaregister.demo-data.enabled", matchIfMissing = true)
class MemoEditionsDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MemoEditionsDemoLoader.class);
    static final String RESOURCE = "demo/memo-2022.yml";

    record DemoMemo(Header edition, List<Node> sections, List<DemoFlag> flags, List<DemoProposal> proposals, Draft draft) {
    }

    record Header(int year, String title, String reference, LocalDate datedOn, String office, String authorName, String authorTitle,
                  String authorPhone, String authorEmail, List<String> appendix) {
    }

    record Node(String heading, String area, String footnote, SectionKind kind, String text, List<Node> children) {
    }

    record DemoFlag(String area, String phrase, int stated, String reason) {
    }

    record DemoProposal(String background, String assigneeRole, String task, LocalDate reportAt, String assignment) {
    }

    record Draft(int year, LocalDate datedOn) {
    }

    private final MemoEditions editions;
    private final MemoSections sections;
    private final MemoProposals memoProposals;
    private final EditionSending sending;
    private final Catalog catalog;
    private final Governance governance;
    private final FollowUpQueries followUp;
    private final DemoLookup lookup;
    private final TransactionTemplate transaction;

    MemoEditionsDemoLoader(MemoEditions editions, MemoSections sections, MemoProposals memoProposals, EditionSending sending,
                           Catalog catalog, Governance governance, FollowUpQueries followUp, DemoLookup lookup,
                           TransactionTemplate transaction) {
        this.editions = editions;
        this.sections = sections;
        this.memoProposals = memoProposals;
        this.sending = sending;
        this.catalog = catalog;
        this.governance = governance;
        this.followUp = followUp;
        this.lookup = lookup;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!editions.editions().isEmpty() || catalog.areas().isEmpty()) {
            return;
        }
        DemoMemo demo = read();
        transaction.executeWithoutResult(status -> load(demo));
        log.info("Loaded the demo memo editions: {} (sent) and a {} draft", demo.edition().reference(), demo.draft().year());
    }

    private void load(DemoMemo demo) {
        Header h = demo.edition();
        List<Long> appendix = nonNull(h.appendix()).stream().map(a -> lookup.areaId(a, "Appendix in " + RESOURCE)).toList();
        long id = editions.createEmpty(new EditionForm(h.year(), h.title(), h.reference(), h.datedOn(), h.office(), h.authorName(),
                h.authorTitle(), h.authorPhone(), h.authorEmail(), appendix, null));
        Map<String, Long> sectionOfArea = new HashMap<>();
        for (Node node : nonNull(demo.sections())) {
            add(id, null, node, sectionOfArea);
        }
        for (DemoFlag flag : nonNull(demo.flags())) {
            Long section = sectionOfArea.get(flag.area());
            if (section == null) {
                throw new IllegalStateException("A flag in " + RESOURCE + " names " + flag.area() + ", which no section is about");
            }
            sections.resolveFlag(section, new FlagForm(flag.phrase(), flag.stated(), flag.reason()));
        }
        Map<LocalDate, Long> meetings = new HashMap<>();
        followUp.meetings().forEach(m -> meetings.put(m.meetsOn(), m.id()));
        Map<Long, String> proposals = new LinkedHashMap<>();
        for (DemoProposal p : nonNull(demo.proposals())) {
            Long meeting = p.reportAt() == null ? null : meetings.get(p.reportAt());
            if (p.reportAt() != null && meeting == null) {
                throw new IllegalStateException("No meeting on " + p.reportAt() + " for a proposal in " + RESOURCE);
            }
            proposals.put(memoProposals.addProposal(id, new ProposalForm(p.background(), p.assigneeRole(), p.task(), meeting, null)),
                    p.assignment());
        }
        sending.send(id, editions.edition(id).version());
        long decision = governance.findDecisionByReference(h.reference())
                .orElseThrow(() -> new IllegalStateException("No decision " + h.reference() + " for " + RESOURCE)).id();
        var assignments = followUp.assignments(LocalDate.now(), true).stream().filter(a -> a.decisionId() == decision).toList();
        Map<Long, Long> adopted = new LinkedHashMap<>();
        proposals.forEach((proposal, start) -> adopted.put(proposal, assignments.stream()
                .filter(a -> a.description().startsWith(start)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No assignment of " + h.reference() + " starts \"" + start + "\""))
                .id()));
        sending.recordExistingDecision(id, decision, adopted);

        EditionForm next = editions.newEditionForm();
        editions.create(new EditionForm(demo.draft().year(), next.title(), "", demo.draft().datedOn(), next.office(), next.authorName(),
                next.authorTitle(), next.authorPhone(), next.authorEmail(), next.appendixAreaIds(), null));
    }

    private void add(long editionId, Long parentId, Node node, Map<String, Long> sectionOfArea) {
        Long areaId = node.area() == null ? null : lookup.areaId(node.area(), "Section in " + RESOURCE);
        long id = sections.addSection(editionId, new SectionForm(node.heading() == null ? "" : node.heading(), node.footnote(), areaId,
                parentId, node.kind() == null ? SectionKind.TEXT : node.kind(), node.text(), null));
        if (node.area() != null && node.text() != null) {
            sectionOfArea.put(node.area(), id);
        }
        for (Node child : nonNull(node.children())) {
            add(editionId, id, child, sectionOfArea);
        }
    }

    static DemoMemo read() {
        return DemoFiles.read(RESOURCE, DemoMemo.class);
    }
}
