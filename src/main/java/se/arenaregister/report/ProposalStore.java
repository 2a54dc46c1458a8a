package se.arenaregister.report;

import static se.arenaregister.report.StoreRows.nullableLong;
import static se.arenaregister.report.StoreRows.strip;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of an edition's decision proposals, and the assignments the adopted ones became. Reading an edition's
 * proposals is one statement, whatever their number.
 */
@Repository
class ProposalStore {

    private static final String PROPOSAL = """
            SELECT id, edition_id, position, background, assignee_role, task, report_meeting_id, assignment_id, version
            FROM memo_proposal""";

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MemoProposal> proposals(long editionId) {
        return jdbc.sql(PROPOSAL + " WHERE edition_id = :edition ORDER BY position, id").param("edition", editionId)
                .query(ProposalStore::proposal).list();
    }

    Optional<MemoProposal> proposal(long id) {
        return jdbc.sql(PROPOSAL + " WHERE id = :id").param("id", id).query(ProposalStore::proposal).optional();
    }

    long insertProposal(long editionId, ProposalForm form) {
        return jdbc.sql("""
                        INSERT INTO memo_proposal (edition_id, position, background, assignee_role, task, report_meeting_id)
                        VALUES (:edition, (SELECT coalesce(max(position), 0) + 1 FROM memo_proposal WHERE edition_id = :edition),
                                :background, :assignee, :task, :meeting)
                        RETURNING id""")
                .param("edition", editionId).param("background", strip(form.background())).param("assignee", form.assigneeRole().strip())
                .param("task", form.task().strip()).param("meeting", form.reportMeetingId())
                .query(Long.class).single();
    }

    int updateProposal(long id, long version, ProposalForm form) {
        return jdbc.sql("""
                        UPDATE memo_proposal SET background = :background, assignee_role = :assignee, task = :task,
                               report_meeting_id = :meeting, version = version + 1
                        WHERE id = :id AND version = :version""")
                .param("id", id).param("version", version).param("background", strip(form.background()))
                .param("assignee", form.assigneeRole().strip()).param("task", form.task().strip()).param("meeting", form.reportMeetingId())
                .update();
    }

    void adopted(long proposalId, long assignmentId) {
        jdbc.sql("UPDATE memo_proposal SET assignment_id = :assignment, version = version + 1 WHERE id = :id")
                .param("id", proposalId).param("assignment", assignmentId).update();
    }

    void deleteProposal(long id) {
        jdbc.sql("DELETE FROM memo_proposal WHERE id = :id").param("id", id).update();
    }

    private static MemoProposal proposal(ResultSet rs, int n) throws SQLException {
        return new MemoProposal(rs.getLong("id"), rs.getLong("edition_id"), rs.getInt("position"), rs.getString("background"),
                rs.getString("assignee_role"), rs.getString("task"), nullableLong(rs, "report_meeting_id"),
                nullableLong(rs, "assignment_id"), rs.getLong("version"));
    }
}
