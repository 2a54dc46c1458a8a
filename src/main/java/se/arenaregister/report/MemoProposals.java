package se.arenaregister.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.Labels;
import se.arenaregister.audit.Traceability;
import se.arenaregister.followup.FollowUpQueries;
import se.arenaregister.report.internal.MemoContent;
import se.arenaregister.security.Permissions;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/**
 * The decision proposals of a memo edition ({@link MemoEditions}), drafted by the coordination office: a background,
 * who gets the task, the task, and the meeting it is to be reported back at. The committee's decision makes the
 * adopted ones assignments ({@link EditionSending}). Every change is audited and version-checked; a sent edition
 * refuses every change ({@link EditionFrozenException}).
 */
@Service
@Transactional
public class MemoProposals {

    private final ProposalStore store;
    private final MemoEditions editions;
    private final FollowUpQueries followUp;
    private final MemoContent content;
    private final Permissions permissions;
    private final FormValidator validator;
    private final Traceability trail;

    MemoProposals(ProposalStore store, MemoEditions editions, FollowUpQueries followUp, MemoContent content, Permissions permissions,
                  FormValidator validator, Traceability trail) {
        this.store = store;
        this.editions = editions;
        this.followUp = followUp;
        this.content = content;
        this.permissions = permissions;
        this.validator = validator;
        this.trail = trail;
    }

    @Transactional(readOnly = true)
    public List<MemoProposal> proposals(long editionId) {
        editions.edition(editionId);
        return store.proposals(editionId);
    }

    @Transactional(readOnly = true)
    public MemoProposal proposal(long proposalId) {
        MemoProposal proposal = stored(proposalId);
        editions.edition(proposal.editionId());
        return proposal;
    }

    public long addProposal(long editionId, ProposalForm form) {
        permissions.requireCoordinator();
        editions.draft(editionId);
        validator.check(form, proposalRules(form));
        long id = store.insertProposal(editionId, form);
        trail.created(store.proposal(id).orElseThrow());
        return id;
    }

    public long updateProposal(long proposalId, ProposalForm form) {
        permissions.requireCoordinator();
        MemoProposal stored = stored(proposalId);
        editions.draft(stored.editionId());
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
        MemoProposal stored = stored(proposalId);
        editions.draft(stored.editionId());
        trail.requireVersion(stored, version, Labels.NONE);
        store.deleteProposal(proposalId);
        trail.deleted(stored, Labels.NONE);
    }

    /** A proposal written out as the document has it. */
    @Transactional(readOnly = true)
    public String proposalText(MemoProposal proposal) {
        Map<Long, LocalDate> meetings = new HashMap<>();
        followUp.meetings().forEach(m -> meetings.put(m.id(), m.meetsOn()));
        return content.proposal(proposal, meetings);
    }

    // ---- internals ----

    private MemoProposal stored(long proposalId) {
        return store.proposal(proposalId).orElseThrow(() -> new NotFoundException("memoProposal", proposalId));
    }

    private List<Rejection> proposalRules(ProposalForm form) {
        List<Rejection> rejections = new ArrayList<>();
        if (form.reportMeetingId() != null && followUp.meeting(form.reportMeetingId()).isEmpty()) {
            rejections.add(new Rejection("reportMeetingId", "meeting.unknown"));
        }
        return rejections;
    }
}
