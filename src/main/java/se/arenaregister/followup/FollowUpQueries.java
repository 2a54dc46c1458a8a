package se.arenaregister.followup;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaFollowUp;
import se.arenaregister.followup.internal.PublicNames;
import se.arenaregister.followup.internal.PublicNames.Names;

/**
 * Read queries for the follow-up pages; also answers the arena page ({@link ArenaFollowUp}). Every answer that names
 * someone (assessor, responsible, assignee, reporter) takes {@code internal}: logged-in viewers see names, the public
 * sees officials by role ({@link PublicNames}); the memo, a public document, always asks as the public.
 */
@Component
@Transactional(readOnly = true)
public class FollowUpQueries implements ArenaFollowUp {

    private final JdbcClient jdbc;
    private final PublicNames publicNames;

    FollowUpQueries(JdbcClient jdbc, PublicNames publicNames) {
        this.jdbc = jdbc;
        this.publicNames = publicNames;
    }

    @Override
    public Summary of(long arenaId, LocalDate today, boolean internal) {
        Names names = publicNames.of(internal);
        List<AssessmentEntry> assessments = jdbc.sql("""
                        SELECT id, assessed_on, verdict, motivation, assessor, assessor_person_id FROM assessment WHERE arena_id = :id
                        ORDER BY assessed_on DESC, id DESC""")
                .param("id", arenaId)
                .query((rs, n) -> new AssessmentEntry(rs.getLong("id"), rs.getObject("assessed_on", LocalDate.class),
                        rs.getString("verdict"), rs.getString("motivation"),
                        names.who(nullableLong(rs, "assessor_person_id"), rs.getString("assessor"))))
                .list();
        List<ReviewEntry> reviews = jdbc.sql("""
                        SELECT r.* FROM review r
                        WHERE r.arena_id = :id
                           OR r.area_id IN (SELECT area_id FROM arena_overview WHERE id = :id UNION SELECT sub_area_id FROM arena_overview WHERE id = :id)
                        ORDER BY r.completed_on NULLS FIRST, r.due_on""")
                .param("id", arenaId)
                .query((rs, n) -> review(rs, today, names))
                .list();
        List<ReportEntry> reports = jdbc.sql("""
                        SELECT m.id AS meeting_id, m.meets_on, r.person_id, r.reporter, r.text
                        FROM report_back r JOIN committee_meeting m ON m.id = r.meeting_id
                        WHERE r.arena_id = :id ORDER BY m.meets_on DESC, r.id DESC""")
                .param("id", arenaId)
                .query((rs, n) -> new ReportEntry(rs.getLong("meeting_id"), rs.getObject("meets_on", LocalDate.class),
                        names.who(nullableLong(rs, "person_id"), rs.getString("reporter")), rs.getString("text")))
                .list();
        return new Summary(assessments, reviews, reports);
    }

    public record ReviewRow(long id, Long arenaId, String subject, LocalDate dueOn, Recurrence recurrence, LocalDate recursUntil,
                            String reason, String responsible, String outcome, LocalDate completedOn, boolean overdue,
                            boolean canComplete, Long areaId) {
    }

    private static final String REVIEWS = """
            SELECT r.*, coalesce(a.name, ar.name) AS subject FROM review r
            LEFT JOIN arena_overview a ON a.id = r.arena_id LEFT JOIN area_overview ar ON ar.id = r.area_id
            """;

    public List<ReviewRow> reviews(LocalDate today, boolean internal) {
        Names names = publicNames.of(internal);
        return jdbc.sql(REVIEWS + " ORDER BY r.completed_on NULLS FIRST, r.due_on, r.id")
                .query((rs, n) -> reviewRow(rs, today, names))
                .list();
    }

    private static ReviewRow reviewRow(java.sql.ResultSet rs, LocalDate today, Names names) throws java.sql.SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate completed = rs.getObject("completed_on", LocalDate.class);
        long arena = rs.getLong("arena_id");
        Long arenaId = rs.wasNull() ? null : arena;
        return new ReviewRow(rs.getLong("id"), arenaId, rs.getString("subject"), due,
                Recurrence.valueOf(rs.getString("recurrence")), rs.getObject("recurs_until", LocalDate.class),
                rs.getString("reason"), names.who(nullableLong(rs, "responsible_person_id"), rs.getString("responsible")),
                rs.getString("outcome"), completed, completed == null && due.isBefore(today),
                completed == null && !today.isBefore(due.minusDays(Reviews.LEAD_DAYS)), nullableLong(rs, "area_id"));
    }

    public record AssignmentRow(long id, long decisionId, String decisionReference, LocalDate decidedOn, String assignee,
                                String description, Long reportMeetingId, LocalDate reportDueOn, AssignmentStatus status,
                                String reportText, LocalDate reportedOn) {
    }

    private static final String ASSIGNMENTS = """
            SELECT s.*, d.reference, d.decided_on
            FROM assignment s JOIN decision_overview d ON d.id = s.decision_id
            """;

    public List<AssignmentRow> assignments(LocalDate today, boolean internal) {
        Names names = publicNames.of(internal);
        return jdbc.sql(ASSIGNMENTS + " ORDER BY CASE s.status WHEN 'OPEN' THEN 0 WHEN 'REPORTED' THEN 1 ELSE 2 END, s.report_due_on NULLS LAST, s.id")
                .query((rs, n) -> assignment(rs, today, names)).list();
    }

    /**
     * Open assignments to be reported back at the meeting: by meeting, or, with no meeting named, dated that day by a
     * decision of the meeting's committee (another committee meeting on the same day is another meeting).
     */
    public List<AssignmentRow> dueAt(long meetingId, LocalDate meetsOn, LocalDate today, boolean internal) {
        Names names = publicNames.of(internal);
        return jdbc.sql(ASSIGNMENTS + " WHERE s.report_meeting_id = :meeting OR (s.report_meeting_id IS NULL AND s.report_due_on = :date"
                        + " AND d.committee_id = (SELECT committee_id FROM committee_meeting WHERE id = :meeting)) ORDER BY s.id")
                .param("meeting", meetingId).param("date", meetsOn)
                .query((rs, n) -> assignment(rs, today, names)).list();
    }

    public record MeetingRow(long id, String committee, LocalDate meetsOn, String agendaNote, int reports, int due) {
    }

    public List<MeetingRow> meetings() {
        return jdbc.sql("""
                        SELECT m.id, c.name AS committee, m.meets_on, m.agenda_note,
                               (SELECT count(*) FROM report_back r WHERE r.meeting_id = m.id) AS reports,
                               (SELECT count(*) FROM assignment s JOIN decision_overview d ON d.id = s.decision_id WHERE s.status = 'OPEN'
                                  AND (s.report_meeting_id = m.id OR (s.report_meeting_id IS NULL AND s.report_due_on = m.meets_on
                                       AND d.committee_id = m.committee_id))) AS due
                        FROM committee_meeting m JOIN committee_overview c ON c.id = m.committee_id ORDER BY m.meets_on""")
                .query((rs, n) -> new MeetingRow(rs.getLong("id"), rs.getString("committee"), rs.getObject("meets_on", LocalDate.class),
                        rs.getString("agenda_note"), rs.getInt("reports"), rs.getInt("due")))
                .list();
    }

    public Optional<MeetingRow> meeting(long id) {
        return meetings().stream().filter(m -> m.id() == id).findFirst();
    }

    public record ExpectedReport(long personId, String person, String party, long arenaId, String arena, String role) {
    }

    /**
     * Representatives the meeting's committee appointed, in office on the meeting day, expected to report; the public
     * sees the elected ones (an official appointed by a decision is internal, as on the arena page).
     */
    public List<ExpectedReport> expectedAt(long meetingId, boolean internal) {
        return jdbc.sql("""
                        SELECT p.id AS person_id, p.name AS person, p.party, a.id AS arena_id, a.name AS arena, x.role
                        FROM committee_meeting m
                        JOIN decision_overview d ON d.committee_id = m.committee_id
                        JOIN appointment_overview x ON x.decision_id = d.id
                        JOIN person_overview p ON p.id = x.person_id
                        JOIN arena_overview a ON a.id = x.arena_id
                        WHERE m.id = :id AND NOT a.archived AND x.start_date <= m.meets_on
                          AND (x.end_date IS NULL OR x.end_date >= m.meets_on)
                          AND (:internal OR p.kind = 'ELECTED')
                        ORDER BY lower(a.name), lower(p.name)""")
                .param("id", meetingId).param("internal", internal)
                .query((rs, n) -> new ExpectedReport(rs.getLong("person_id"), rs.getString("person"), rs.getString("party"),
                        rs.getLong("arena_id"), rs.getString("arena"), rs.getString("role")))
                .list();
    }

    /** A report-back at a meeting; {@code noteId}: the note it links to, when the viewer may see that note. */
    public record ReportRow(long id, String reporter, Long arenaId, String arena, Long assignmentId, String text, Long noteId) {
    }

    public List<ReportRow> reportsAt(long meetingId, boolean internal) {
        Names names = publicNames.of(internal);
        return jdbc.sql("""
                        SELECT r.id, r.person_id, r.reporter, r.arena_id, a.name AS arena, r.assignment_id, r.text,
                               CASE WHEN :internal OR n.public THEN n.id END AS note_id
                        FROM report_back r LEFT JOIN arena_overview a ON a.id = r.arena_id LEFT JOIN note_overview n ON n.id = r.note_id
                        WHERE r.meeting_id = :id ORDER BY r.id""")
                .param("id", meetingId).param("internal", internal)
                .query((rs, n) -> {
                    long arena = rs.getLong("arena_id");
                    Long arenaId = rs.wasNull() ? null : arena;
                    long assignment = rs.getLong("assignment_id");
                    Long assignmentId = rs.wasNull() ? null : assignment;
                    return new ReportRow(rs.getLong("id"), names.who(nullableLong(rs, "person_id"), rs.getString("reporter")), arenaId, rs.getString("arena"), assignmentId,
                            rs.getString("text"), nullableLong(rs, "note_id"));
                })
                .list();
    }

    /** A report a person owes at one of the next committee meetings: from an arena they were appointed to, or on an assignment. */
    public record OwedReport(long meetingId, LocalDate meetsOn, String committee, Long arenaId, String arena, String role,
                             Long assignmentId, String assignment, String decisionReference, boolean reported) {
    }

    /** What one person has to do in the follow-up: reports at the next meetings, open reviews, assignments not closed. */
    public record Mine(List<OwedReport> owed, List<ReviewRow> reviews, List<AssignmentRow> assignments) {
    }

    /**
     * The person's follow-up, for "Min sida": at each of the next {@code meetings} committee meetings (from today), the
     * arenas the meeting's committee appointed them to and they are in office in on the day (as {@link #expectedAt}),
     * and their assignments to report back there (as {@link #dueAt}), each marked when the report is recorded; the open
     * reviews they are responsible for, by due date; their assignments that are not closed. Four statements.
     */
    public Mine mine(long personId, LocalDate today, int meetings) {
        Names names = publicNames.of(true);
        List<OwedReport> owed = jdbc.sql("""
                        WITH next AS (
                            SELECT m.id, m.committee_id, m.meets_on, c.name AS committee
                            FROM committee_meeting m JOIN committee_overview c ON c.id = m.committee_id
                            WHERE m.meets_on >= :today ORDER BY m.meets_on, m.id LIMIT :meetings)
                        SELECT n.id AS meeting_id, n.meets_on, n.committee, a.id AS arena_id, a.name AS arena, x.role,
                               NULL::bigint AS assignment_id, NULL AS assignment, d.reference,
                               EXISTS (SELECT 1 FROM report_back r WHERE r.meeting_id = n.id AND r.arena_id = a.id
                                         AND r.person_id = :person) AS reported, 0 AS sort
                        FROM next n
                        JOIN decision_overview d ON d.committee_id = n.committee_id
                        JOIN appointment_overview x ON x.decision_id = d.id AND x.person_id = :person
                        JOIN arena_overview a ON a.id = x.arena_id
                        WHERE NOT a.archived AND x.start_date <= n.meets_on AND (x.end_date IS NULL OR x.end_date >= n.meets_on)
                        UNION ALL
                        SELECT n.id, n.meets_on, n.committee, NULL, NULL, NULL, s.id, s.description, d.reference,
                               s.status <> 'OPEN', 1
                        FROM next n
                        JOIN assignment s ON s.report_meeting_id = n.id OR (s.report_meeting_id IS NULL AND s.report_due_on = n.meets_on)
                        JOIN decision_overview d ON d.id = s.decision_id AND (s.report_meeting_id IS NOT NULL OR d.committee_id = n.committee_id)
                        WHERE s.assignee_person_id = :person AND s.status <> 'CLOSED'
                        ORDER BY meets_on, meeting_id, sort, arena, assignment_id""")
                .param("today", today).param("meetings", meetings).param("person", personId)
                .query((rs, n) -> new OwedReport(rs.getLong("meeting_id"), rs.getObject("meets_on", LocalDate.class),
                        rs.getString("committee"), nullableLong(rs, "arena_id"), rs.getString("arena"), rs.getString("role"),
                        nullableLong(rs, "assignment_id"), rs.getString("assignment"), rs.getString("reference"),
                        rs.getBoolean("reported")))
                .list();
        List<ReviewRow> reviews = jdbc.sql(REVIEWS + " WHERE r.responsible_person_id = :person AND r.completed_on IS NULL"
                        + " ORDER BY r.due_on, r.id")
                .param("person", personId)
                .query((rs, n) -> reviewRow(rs, today, names))
                .list();
        List<AssignmentRow> assignments = jdbc.sql(ASSIGNMENTS + " WHERE s.assignee_person_id = :person AND s.status <> 'CLOSED'"
                        + " ORDER BY CASE s.status WHEN 'OPEN' THEN 0 ELSE 1 END, s.report_due_on NULLS LAST, s.id")
                .param("person", personId)
                .query((rs, n) -> assignment(rs, today, names))
                .list();
        return new Mine(owed, reviews, assignments);
    }

    private static Long nullableLong(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static ReviewEntry review(java.sql.ResultSet rs, LocalDate today, Names names) throws java.sql.SQLException {
        LocalDate due = rs.getObject("due_on", LocalDate.class);
        LocalDate completed = rs.getObject("completed_on", LocalDate.class);
        rs.getLong("arena_id");
        boolean areaWide = rs.wasNull();
        return new ReviewEntry(rs.getLong("id"), due, rs.getString("recurrence"), rs.getString("reason"),
                names.who(nullableLong(rs, "responsible_person_id"), rs.getString("responsible")), rs.getString("outcome"), completed, completed == null && due.isBefore(today), areaWide);
    }

    private static AssignmentRow assignment(java.sql.ResultSet rs, LocalDate today, Names names) throws java.sql.SQLException {
        long meeting = rs.getLong("report_meeting_id");
        Long meetingId = rs.wasNull() ? null : meeting;
        LocalDate due = rs.getObject("report_due_on", LocalDate.class);
        return new AssignmentRow(rs.getLong("id"), rs.getLong("decision_id"), rs.getString("reference"),
                rs.getObject("decided_on", LocalDate.class),
                names.assignee(rs.getString("assignee_role"), nullableLong(rs, "assignee_person_id")), rs.getString("description"), meetingId, due,
                AssignmentStatus.of(AssignmentStatus.valueOf(rs.getString("status")), due, today), rs.getString("report_text"),
                rs.getObject("reported_on", LocalDate.class));
    }
}
