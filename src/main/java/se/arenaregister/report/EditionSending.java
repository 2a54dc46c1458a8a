package se.arenaregister.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.followup.AssignmentForm;
import se.arenaregister.followup.Assignments;
import se.arenaregister.governance.Committee;
import se.arenaregister.governance.Decision;
import se.arenaregister.governance.DecisionForm;
import se.arenaregister.governance.Decisions;
import se.arenaregister.governance.Governance;
import se.arenaregister.report.internal.Figures;
import se.arenaregister.report.internal.MemoContent;
import se.arenaregister.report.internal.MemoContent.EditionData;
import se.arenaregister.report.internal.MemoDocx;
import se.arenaregister.report.internal.MemoPdf;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.HomeOrganisation;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

/**
 * What happens to an edition after writing: its documents and content, sending it (which freezes it: the DOCX and PDF
 * as sent, and as the public gets them, and the figures it stated are stored and served unchanged from then on), and
 * the committee's decision on it, which turns the proposals it adopted into assignments.
 */
@Service
@Transactional
public class EditionSending {

    /** An edition as the API gives it: header, outline with texts and their figures phrased, proposals, figures. */
    public record EditionContent(long id, int year, String title, String reference, String datedOn, String office, String status,
                                 String author, List<ContentSection> outline, List<ContentProposal> proposals,
                                 List<StatedFigures> figures) {
    }

    /** A section with its text as written (figures as tokens) and as the document shows it. */
    public record ContentSection(long id, Long parentId, int level, String kind, String heading, String headingFootnote, Long areaId,
                                 String text, String rendered, Map<String, String> figures) {
    }

    public record ContentProposal(long id, String assigneeRole, String task, String background, Long reportMeetingId,
                                  String text, Long assignmentId) {
    }

    private final MemoEditions editions;
    private final MemoProposals memoProposals;
    private final EditionStore store;
    private final ProposalStore proposalStore;
    private final MemoContent content;
    private final MemoDocx docx;
    private final MemoPdf pdf;
    private final JsonMapper json;
    private final Permissions permissions;
    private final Traceability trail;
    private final Decisions decisions;
    private final Assignments assignments;
    private final Governance governance;
    private final HomeOrganisation home;
    private final FormValidator validator;

    EditionSending(MemoEditions editions, MemoProposals memoProposals, EditionStore store, ProposalStore proposalStore,
                   MemoContent content, MemoDocx docx, MemoPdf pdf, JsonMapper json, Permissions permissions, Traceability trail,
                   Decisions decisions, Assignments assignments, Governance governance, HomeOrganisation home, FormValidator validator) {
        this.editions = editions;
        this.memoProposals = memoProposals;
        this.store = store;
        this.proposalStore = proposalStore;
        this.content = content;
        this.docx = docx;
        this.pdf = pdf;
        this.json = json;
        this.permissions = permissions;
        this.trail = trail;
        this.decisions = decisions;
        this.assignments = assignments;
        this.governance = governance;
        this.home = home;
        this.validator = validator;
    }

    /**
     * An edition's document, "docx" or "pdf": a sent edition's as stored when it was sent (the public gets the one with
     * the author by title), a draft's made from the register now (internal only).
     */
    @Transactional(readOnly = true)
    public byte[] document(long editionId, String kind) {
        MemoEdition edition = editions.edition(editionId);
        boolean forThePublic = !permissions.mayReadInternal();
        if (edition.isSent()) {
            return store.sentDocument(editionId, kind, forThePublic).orElseThrow(() -> new NotFoundException("memoEdition", editionId));
        }
        MemoContent.Memo memo = content.assemble(editions.data(editionId), forThePublic);
        return kind.equals("docx") ? docx.render(memo) : pdf.render(memo);
    }

    /** The content the API gives: a sent edition's as stored, a draft's from the register now. */
    @Transactional(readOnly = true)
    public EditionContent content(long editionId) {
        MemoEdition edition = editions.edition(editionId);
        if (edition.isSent()) {
            Optional<String> stored = store.sentJson(editionId, "content");
            if (stored.isPresent()) {
                EditionContent sent = json.readValue(stored.get(), EditionContent.class);
                return permissions.mayReadInternal() ? sent : withAuthor(sent, edition.authorTitle());
            }
        }
        return content(editions.data(editionId), !permissions.mayReadInternal());
    }

    /** Sends a draft: checks its figures, renders and stores its documents and what it states, and freezes it. */
    public void send(long editionId, Long version) {
        permissions.requireCoordinator();
        MemoEdition stored = editions.draft(editionId);
        trail.requireVersion(stored, version, Labels.NONE);
        EditionData data = editions.data(editionId);
        Set<Long> areaIds = data.figures().keySet();
        List<Rejection> problems = new ArrayList<>();
        for (MemoSection s : data.sections()) {
            for (Figures.Problem p : Figures.problems(s.body(), s.areaId(), areaIds)) {
                problems.add(new Rejection("body", p.code(), p.written()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MemoContent.Memo internal = content.assemble(data, false);
        MemoContent.Memo forThePublic = content.assemble(data, true);
        String figures = json.writeValueAsString(data.figures().values().stream().map(StatedFigures::of).toList());
        if (store.markSent(editionId, stored.version()) == 0) {
            throw trail.conflict(store.edition(editionId).orElseThrow(), Labels.NONE);
        }
        MemoEdition sent = store.edition(editionId).orElseThrow();
        EditionContent stated = content(new EditionData(sent, data.sections(), data.proposals(), data.figures(), data.comparison()), false);
        store.saveSent(editionId, new EditionStore.Sent(docx.render(internal), pdf.render(internal), docx.render(forThePublic),
                pdf.render(forThePublic), figures, json.writeValueAsString(stated)));
        trail.updated(stored, sent);
    }

    /**
     * Records the committee's decision on a sent edition: the decision is made in the register (the home committee,
     * the reference, date and paragraph given, the edition's title), and each adopted proposal becomes an assignment of
     * it, reported back at the proposal's meeting.
     */
    public long recordDecision(long editionId, EditionDecisionForm form) {
        permissions.requireCoordinator();
        MemoEdition edition = store.edition(editionId).orElseThrow(() -> new NotFoundException("memoEdition", editionId));
        List<Rejection> rejections = new ArrayList<>();
        if (!edition.isSent()) {
            rejections.add(new Rejection("reference", "memo.decision.notSent"));
        }
        if (edition.decisionId() != null) {
            rejections.add(new Rejection("reference", "memo.decision.already"));
        }
        Optional<Committee> committee = governance.findCommitteeByShortName(home.committee() == null ? "" : home.committee());
        if (committee.isEmpty()) {
            rejections.add(new Rejection("reference", "memo.decision.noCommittee", home.committee()));
        }
        List<MemoProposal> proposals = proposalStore.proposals(editionId);
        Set<Long> ids = new HashSet<>();
        proposals.forEach(p -> ids.add(p.id()));
        List<Long> adopted = form.adoptedProposalIds() == null ? List.of() : form.adoptedProposalIds();
        if (adopted.stream().anyMatch(id -> id == null || !ids.contains(id))) {
            rejections.add(new Rejection("adoptedProposalIds", "memo.decision.proposalUnknown"));
        }
        validator.check(form, rejections);
        Decision decision = decisions.create(new DecisionForm(committee.get().id(), form.reference().strip(), form.decidedOn(),
                edition.title(), form.paragraph(), null, null));
        store.recordDecision(editionId, decision.id());
        Map<Long, MemoProposal> byId = new HashMap<>();
        proposals.forEach(p -> byId.put(p.id(), p));
        for (Long id : adopted) {
            MemoProposal p = byId.get(id);
            long assignment = assignments.give(new AssignmentForm(decision.id(), p.assigneeRole(), null,
                    withFinalStop(p.task().strip()), p.reportMeetingId(), null));
            proposalStore.adopted(p.id(), assignment);
            trail.updated(p, proposalStore.proposal(p.id()).orElseThrow());
        }
        trail.updated(edition, store.edition(editionId).orElseThrow());
        return decision.id();
    }

    /**
     * Records that an existing decision adopted a sent edition's proposals as the given assignments of it (proposal id
     * → assignment id), for a decision already in the register (the demo's RUN/78/2022).
     */
    public void recordExistingDecision(long editionId, long decisionId, Map<Long, Long> assignmentsByProposal) {
        permissions.requireCoordinator();
        MemoEdition edition = store.edition(editionId).orElseThrow(() -> new NotFoundException("memoEdition", editionId));
        if (!edition.isSent() || edition.decisionId() != null || governance.findDecision(decisionId).isEmpty()) {
            throw new IllegalStateException("Edition " + editionId + " cannot take decision " + decisionId);
        }
        store.recordDecision(editionId, decisionId);
        for (Map.Entry<Long, Long> adopted : assignmentsByProposal.entrySet()) {
            MemoProposal p = proposalStore.proposal(adopted.getKey()).orElseThrow();
            proposalStore.adopted(p.id(), adopted.getValue());
            trail.updated(p, proposalStore.proposal(p.id()).orElseThrow());
        }
        trail.updated(edition, store.edition(editionId).orElseThrow());
    }

    private EditionContent content(EditionData data, boolean forThePublic) {
        MemoEdition e = data.edition();
        Map<Long, Integer> level = new HashMap<>();
        List<ContentSection> outline = new ArrayList<>();
        var source = editions.source(data.figures());
        for (MemoSection s : data.sections()) {
            int l = s.parentId() == null ? 1 : level.getOrDefault(s.parentId(), 1) + 1;
            level.put(s.id(), l);
            outline.add(new ContentSection(s.id(), s.parentId(), l, s.kind().name(), s.heading(), blankToNull(s.headingFootnote()),
                    s.areaId(), s.body(), Figures.render(s.body(), s.areaId(), source),
                    Figures.phrased(s.body(), s.areaId(), source)));
        }
        List<ContentProposal> proposals = data.proposals().stream().map(p -> new ContentProposal(p.id(), p.assigneeRole(), p.task(),
                blankToNull(p.background()), p.reportMeetingId(), memoProposals.proposalText(p), p.assignmentId())).toList();
        Map<Long, StatedFigures> figures = new LinkedHashMap<>();
        data.figures().values().forEach(f -> figures.put(f.areaId(), StatedFigures.of(f)));
        String author = forThePublic ? e.authorTitle() : e.authorName();
        return new EditionContent(e.id(), e.year(), e.title(), e.reference(), e.datedOn().toString(), e.office(), e.status().name(),
                author, outline, proposals, List.copyOf(figures.values()));
    }

    private static EditionContent withAuthor(EditionContent c, String author) {
        return new EditionContent(c.id(), c.year(), c.title(), c.reference(), c.datedOn(), c.office(), c.status(), author, c.outline(),
                c.proposals(), c.figures());
    }

    private static String withFinalStop(String text) {
        return text.endsWith(".") ? text : text + ".";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
