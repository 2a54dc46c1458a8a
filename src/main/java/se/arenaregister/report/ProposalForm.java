package se.arenaregister.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A decision proposal: background, to whom (a role), what, and the meeting it is to be reported back at. */
public record ProposalForm(
        @Size(max = 4000) String background,
        @NotBlank @Size(max = 200) String assigneeRole,
        @NotBlank @Size(max = 4000) String task,
        Long reportMeetingId,
        Long version) {

    public static ProposalForm of(MemoProposal p) {
        return new ProposalForm(p.background(), p.assigneeRole(), p.task(), p.reportMeetingId(), p.version());
    }
}
