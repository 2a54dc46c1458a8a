package se.arenaregister.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import se.arenaregister.support.IntegrationTest;

/**
 * The demo follow-up of {@code demo/follow-up.yml}: the memo's three assignments to the regional director with their
 * report-back meetings (one reported, the others still open), the Kultur Z review once per term from spring 2023, the
 * two monitoring committees whose continued participation is uncertain, arenas the memo does not judge left
 * unassessed, and the committee's June 2022 meeting. Other tests share the database, so the checks are about the
 * demo's own entries.
 */
@IntegrationTest
class FollowUpDemoDataTest {

    private static final String MEMO = "RUN/78/2022";

    @Autowired
    JdbcClient jdbc;

    record AssignmentRow(String description, String role, LocalDate dueOn, LocalDate meetsOn, String status, LocalDate reportedOn,
                         String reportText) {
    }

    private List<AssignmentRow> memoAssignments() {
        return jdbc.sql("""
                        SELECT s.description, s.assignee_role AS role, s.report_due_on AS due_on, m.meets_on, s.status,
                               s.reported_on, s.report_text
                        FROM assignment s JOIN decision d ON d.id = s.decision_id
                        LEFT JOIN committee_meeting m ON m.id = s.report_meeting_id
                        WHERE d.reference = :reference AND s.assignee_role = 'Regiondirektören'
                        ORDER BY s.id""")
                .param("reference", MEMO)
                .query(AssignmentRow.class).list();
    }

    @Test
    void theMemosThreeAssignmentsToTheRegionalDirectorReportBackAtDatedMeetings() {
        List<AssignmentRow> assignments = memoAssignments();

        assertThat(assignments).hasSize(3);
        assertThat(assignments).allSatisfy(a -> assertThat(a.dueOn()).isEqualTo(a.meetsOn()));
        Map<String, LocalDate> due = assignments.stream().collect(Collectors.toMap(this::subject, AssignmentRow::dueOn));
        assertThat(due).containsExactlyInAnyOrderEntriesOf(Map.of(
                "kultur", LocalDate.of(2022, 11, 23),
                "strukturfond", LocalDate.of(2022, 6, 15),
                "transport", LocalDate.of(2022, 6, 15)));
    }

    @Test
    void onlyTheTransportCouncilAssignmentIsReportedTheOthersAreStillOpen() {
        Map<String, AssignmentRow> bySubject = memoAssignments().stream().collect(Collectors.toMap(this::subject, a -> a));

        assertThat(bySubject.get("transport").status()).isEqualTo("REPORTED");
        assertThat(bySubject.get("transport").reportedOn()).isEqualTo(LocalDate.of(2022, 6, 15));
        assertThat(bySubject.get("transport").reportText()).isNotBlank();
        assertThat(bySubject.get("kultur").status()).isEqualTo("OPEN");
        assertThat(bySubject.get("strukturfond").status()).isEqualTo("OPEN");
        int reports = jdbc.sql("""
                        SELECT count(*) FROM report_back r JOIN assignment s ON s.id = r.assignment_id
                        JOIN decision d ON d.id = s.decision_id JOIN committee_meeting m ON m.id = r.meeting_id
                        WHERE d.reference = :reference AND m.meets_on = DATE '2022-06-15' AND r.reporter = 'Regiondirektören'""")
                .param("reference", MEMO).query(Integer.class).single();
        assertThat(reports).isEqualTo(1);
    }

    private String subject(AssignmentRow a) {
        String text = a.description().toLowerCase();
        if (text.contains("kulturfrågor")) {
            return "kultur";
        }
        if (text.contains("strukturfondsprojekt")) {
            return "strukturfond";
        }
        if (text.contains("transportutvecklingsrådets")) {
            return "transport";
        }
        return text;
    }

    @Test
    void kulturZIsReviewedOncePerTermFromSpring2023() {
        List<Map<String, Object>> reviews = jdbc.sql("""
                        SELECT r.due_on::text AS due_on, r.recurrence, r.responsible FROM review r JOIN arena a ON a.id = r.arena_id
                        WHERE a.name = 'Kultur Z' AND r.previous_id IS NULL""")
                .query().listOfRows();

        assertThat(reviews).hasSize(1);
        assertThat(reviews.get(0)).containsEntry("recurrence", "PER_TERM")
                .containsEntry("due_on", "2023-05-31")
                .containsEntry("responsible", "Områdeschef Kultur och bildning");
    }

    @Test
    void theMemosAreaReviewsAreDueAtTheEndOf2022() {
        List<String> areas = jdbc.sql("""
                        SELECT ar.name FROM review r JOIN area ar ON ar.id = r.area_id
                        WHERE r.due_on = DATE '2022-12-31' ORDER BY ar.name""")
                .query(String.class).list();

        assertThat(areas).contains("Regional utvecklingsstrategi och smart specialisering", "Näringslivsutveckling",
                "Miljö, energi och klimat");
    }

    @Test
    void bothMonitoringCommitteesAreUncertain() {
        Map<String, String> verdicts = jdbc.sql("""
                        SELECT a.name, s.verdict FROM assessment s JOIN arena a ON a.id = s.arena_id
                        WHERE a.name IN ('Övervakningskommittén för de åtta regionala strukturfondsprogrammen',
                                         'Övervakningskommittén i Landsbygdsprogrammet')
                          AND s.assessed_on = DATE '2022-01-19'""")
                .query((rs, n) -> Map.entry(rs.getString("name"), rs.getString("verdict"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(verdicts).containsOnly(
                Map.entry("Övervakningskommittén för de åtta regionala strukturfondsprogrammen", "UNCERTAIN"),
                Map.entry("Övervakningskommittén i Landsbygdsprogrammet", "UNCERTAIN"));
    }

    @Test
    void theMemosAssessmentsAreDatedAndSignedByTheCoordinationOffice() {
        Map<String, String> verdicts = jdbc.sql("""
                        SELECT a.name, s.verdict FROM assessment s JOIN arena a ON a.id = s.arena_id
                        WHERE s.assessor = 'Samordningskansliet (PM RUN/78/2022)' AND s.assessed_on = DATE '2022-01-19'""")
                .query((rs, n) -> Map.entry(rs.getString("name"), rs.getString("verdict"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertThat(verdicts).containsEntry("Partnerskap Mittstråket", "RELEVANT")
                .containsEntry("Regionens samverkansråd", "NEEDS_DEVELOPMENT")
                .containsEntry("Kultur Z", "NEEDS_DEVELOPMENT")
                .containsEntry("Länspartnerskapet", "NEEDS_DEVELOPMENT");
        assertThat(verdicts.values()).doesNotContain("RECOMMEND_LEAVING");
    }

    @Test
    void arenasTheMemoDoesNotJudgeAreLeftUnassessed() {
        List<String> unassessed = jdbc.sql("""
                        SELECT a.name FROM arena a
                        WHERE NOT a.archived AND NOT EXISTS (SELECT 1 FROM assessment s WHERE s.arena_id = a.id)""")
                .query(String.class).list();

        assertThat(unassessed).contains("Kommunvisa trafiksamråd", "Myndigheten för kulturanalys", "Myndighetsnätverket");
    }

    @Test
    void theCommitteeMetInJune2022() {
        List<LocalDate> meetings = jdbc.sql("""
                        SELECT m.meets_on FROM committee_meeting m JOIN committee c ON c.id = m.committee_id
                        WHERE c.short_name = 'RUN' ORDER BY m.meets_on""")
                .query(LocalDate.class).list();

        assertThat(meetings).contains(LocalDate.of(2022, 6, 15), LocalDate.of(2026, 11, 25), LocalDate.of(2027, 6, 16));
    }

    @Test
    void appointedRepresentativesReportBackFromTheirArenas() {
        List<String> reported = jdbc.sql("""
                        SELECT a.name || ' @ ' || m.meets_on FROM report_back r JOIN arena a ON a.id = r.arena_id
                        JOIN committee_meeting m ON m.id = r.meeting_id JOIN person p ON p.id = r.person_id
                        WHERE p.example""")
                .query(String.class).list();

        assertThat(reported).contains("Europaforum norra Sverige @ 2026-09-23", "Partnerskapet Atlantbanan @ 2026-11-25");
    }

    /** The example officials are responsible for reviews, given assignments and report back, by reference, not by typed name. */
    @Test
    void theExampleOfficialsAreResponsibleAssigneesAndReportersByReference() {
        List<String> responsible = jdbc.sql("""
                        SELECT p.name || ': ' || coalesce(a.name, ar.name) FROM review r JOIN person p ON p.id = r.responsible_person_id
                        LEFT JOIN arena a ON a.id = r.arena_id LEFT JOIN area ar ON ar.id = r.area_id
                        WHERE p.example AND r.previous_id IS NULL""")
                .query(String.class).list();
        assertThat(responsible).contains("Exempel Månsson (exempel): Näringslivsutveckling", "Exempel Månsson (exempel): Europaforum norra Sverige",
                "Exempel Karlsson (exempel): Övervakningskommittén för de åtta regionala strukturfondsprogrammen");
        assertThat(jdbc.sql("SELECT count(*) FROM review WHERE responsible IN ('Exempel Månsson (exempel)', 'Exempel Karlsson (exempel)')")
                .query(Integer.class).single()).as("no official's name is typed as text").isZero();

        List<String> assignees = jdbc.sql("""
                        SELECT p.name FROM assignment s JOIN person p ON p.id = s.assignee_person_id JOIN decision d ON d.id = s.decision_id
                        WHERE d.reference = :reference ORDER BY p.name""")
                .param("reference", MEMO).query(String.class).list();
        assertThat(assignees).containsExactly("Exempel Karlsson (exempel)", "Exempel Nilsson (exempel)");

        List<String> reporters = jdbc.sql("""
                        SELECT DISTINCT p.name FROM report_back r JOIN person p ON p.id = r.person_id WHERE p.kind = 'OFFICIAL'""")
                .query(String.class).list();
        assertThat(reporters).contains("Exempel Isaksson (exempel)", "Exempel Lundgren (exempel)");
    }
}
