package se.arenaregister.report;

import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/**
 * A decision proposal drafted in an edition: why (background), to whom (a role: "regiondirektören"), what, and the
 * committee meeting the assignment is to be reported back at. Once the committee has decided, the assignment it
 * became.
 */
@Traced(value = EntityType.MEMO_PROPOSAL, tables = "memo_proposal")
public record MemoProposal(long id, long editionId, int position, String background, String assigneeRole, String task,
                           Long reportMeetingId, Long assignmentId, long version) {
}
