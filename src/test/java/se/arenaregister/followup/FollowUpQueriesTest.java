package se.arenaregister.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.arena.ArenaFollowUp.AssessmentEntry;
import se.arenaregister.arena.ArenaFollowUp.ReportEntry;
import se.arenaregister.arena.ArenaFollowUp.ReviewEntry;
import se.arenaregister.arena.ArenaFollowUp.Summary;
import se.arenaregister.followup.FollowUpQueries.AssignmentRow;
import se.arenaregister.followup.FollowUpQueries.ExpectedReport;
import se.arenaregister.followup.FollowUpQueries.MeetingRow;
import se.arenaregister.followup.FollowUpQueries.ReportRow;
import se.arenaregister.followup.FollowUpQueries.ReviewRow;
import se.arenaregister.followup.internal.PublicNames;
import se.arenaregister.support.QuerySlice;

/**
 * The follow-up's read side against the real schema with rows of this test's own: an arena's assessments, reviews and
 * report-backs, the review and assignment lists with what is overdue on the slice's day, and each meeting's counts,
 * assignments due, representatives expected to report and reports.
 */
@QuerySlice
@Import({FollowUpQueries.class, PublicNames.class})
class FollowUpQueriesTest {

    /** The slice's clock: 2026-06-15. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    FollowUpQueries queries;

    long growth;
    long infrastructure;
    long broadband;
    long culture;
    long run;

    @BeforeEach
    void areasAndACommittee() {
        growth = area("Hållbar tillväxt", null);
        infrastructure = area("Infrastruktur", growth);
        broadband = area("Bredband", growth);
        culture = area("Kultur och bildning", null);
        run = committee("Regionala utvecklingsnämnden", "RUN");
    }

    @Test
    void anArenasSummaryHoldsItsAssessmentsLatestFirstItsOwnAndItsAreasReviewsAndItsReports() {
        long council = arena("Bärighetsrådet", growth, infrastructure);
        long other = arena("Bredbandsforum", growth, broadband);
        assessment(council, TODAY.minusYears(1), "RELEVANT");
        long sameDayFirst = assessment(council, TODAY.minusMonths(1), "UNCERTAIN");
        long sameDaySecond = assessment(council, TODAY.minusMonths(1), "NEEDS_DEVELOPMENT");
        assessment(other, TODAY, "RECOMMEND_LEAVING");
        long own = review(council, null, TODAY.plusMonths(2), "Arenans egen översyn");
        long areaWide = review(null, growth, TODAY.minusDays(1), "Områdets översyn");
        long subAreaWide = review(null, infrastructure, TODAY.plusYears(1), "Sakområdets översyn");
        long done = review(council, null, TODAY.minusYears(2), "Gjord översyn");
        complete(done, TODAY.minusYears(2));
        review(other, null, TODAY, "Annan arenas översyn");
        review(null, broadband, TODAY, "Annat sakområde");
        long cultureWide = review(null, culture, TODAY, "Annat område");
        long anna = person("Anna Berg", "ELECTED");
        long march = meeting(run, LocalDate.of(2026, 3, 10));
        long may = meeting(run, LocalDate.of(2026, 5, 12));
        reportBack(march, anna, null, council, null, "Rådet har träffats två gånger.");
        reportBack(may, null, "Regiondirektören", council, null, "Inget nytt.");
        reportBack(may, anna, null, other, null, "Från bredbandsforum.");

        Summary summary = queries.of(council, TODAY, true);

        assertThat(summary.assessments()).extracting(AssessmentEntry::verdict)
                .containsExactly("NEEDS_DEVELOPMENT", "UNCERTAIN", "RELEVANT");
        assertThat(summary.latest().id()).isEqualTo(sameDaySecond);
        assertThat(summary.assessments().get(1).id()).isEqualTo(sameDayFirst);
        // Open reviews by due date, then the completed; the arena's area and sub-area count, other areas not.
        assertThat(summary.reviews()).extracting(ReviewEntry::id, ReviewEntry::overdue, ReviewEntry::areaWide).containsExactly(
                tuple(areaWide, true, true), tuple(own, false, false), tuple(subAreaWide, false, true), tuple(done, false, false));
        assertThat(summary.reports()).extracting(ReportEntry::meetingId, ReportEntry::reporter, ReportEntry::text).containsExactly(
                tuple(may, "Regiondirektören", "Inget nytt."), tuple(march, "Anna Berg", "Rådet har träffats två gånger."));
        Summary none = queries.of(arena("Nytt forum", culture, null), TODAY, true);
        assertThat(none.assessments()).isEmpty();
        assertThat(none.latest()).isNull();
        // The other area's review is the new arena's, area-wide.
        assertThat(none.reviews()).extracting(ReviewEntry::id, ReviewEntry::areaWide).containsExactly(tuple(cultureWide, true));
        assertThat(none.reports()).isEmpty();
    }

    @Test
    void theReviewListHasOpenReviewsByDueThenCompletedWithOverdueAndCompletableFlags() {
        long council = arena("Bärighetsrådet", growth, infrastructure);
        long yesterday = review(council, null, TODAY.minusDays(1), "Försenad");
        long dueToday = review(null, growth, TODAY, "Idag");
        // An outcome can be recorded from 90 days before the due date.
        long inNinetyDays = review(council, null, TODAY.plusDays(Reviews.LEAD_DAYS), "Snart");
        long inNinetyOneDays = review(null, infrastructure, TODAY.plusDays(Reviews.LEAD_DAYS + 1), "Senare");
        long completed = review(council, null, TODAY.minusYears(1), "Klar");
        complete(completed, TODAY.minusMonths(11));
        jdbc.sql("UPDATE review SET recurrence = 'YEARLY', recurs_until = :u, responsible = 'Områdeschefen' WHERE id = :r")
                .param("u", LocalDate.of(2030, 6, 15)).param("r", dueToday).update();

        assertThat(queries.reviews(TODAY, true)).extracting(ReviewRow::id, ReviewRow::arenaId, ReviewRow::subject, ReviewRow::overdue,
                ReviewRow::canComplete).containsExactly(
                tuple(yesterday, council, "Bärighetsrådet", true, true),
                tuple(dueToday, null, "Hållbar tillväxt", false, true),
                tuple(inNinetyDays, council, "Bärighetsrådet", false, true),
                tuple(inNinetyOneDays, null, "Infrastruktur", false, false),
                tuple(completed, council, "Bärighetsrådet", false, false));
        ReviewRow recurring = queries.reviews(TODAY, true).get(1);
        assertThat(recurring.recurrence()).isEqualTo(Recurrence.YEARLY);
        assertThat(recurring.recursUntil()).isEqualTo(LocalDate.of(2030, 6, 15));
        assertThat(recurring.responsible()).isEqualTo("Områdeschefen");
        ReviewRow last = queries.reviews(TODAY, true).get(4);
        assertThat(last.outcome()).isEqualTo("Genomförd");
        assertThat(last.completedOn()).isEqualTo(TODAY.minusMonths(11));
    }

    @Test
    void assignmentsGoOpenThenReportedThenClosedAndAnOpenOneIsOverdueOnceItsDatePassed() {
        long decision = decision(run, "RUN/40/2026", LocalDate.of(2026, 2, 1));
        long anna = person("Anna Berg", "ELECTED");
        long noDate = assignment(decision, "Regiondirektören", null, null, null);
        long dueToday = assignment(decision, "Regiondirektören", null, null, TODAY);
        long late = assignment(decision, null, anna, null, TODAY.minusDays(1));
        long both = assignment(decision, "Ordföranden", anna, null, TODAY.plusMonths(1));
        long reported = assignment(decision, "Regiondirektören", null, null, TODAY.minusMonths(2));
        jdbc.sql("UPDATE assignment SET status = 'REPORTED', report_text = 'Utrett.', reported_on = :d WHERE id = :s")
                .param("d", TODAY.minusMonths(2)).param("s", reported).update();
        long closed = assignment(decision, "Regiondirektören", null, null, TODAY.minusMonths(3));
        jdbc.sql("UPDATE assignment SET status = 'CLOSED' WHERE id = :s").param("s", closed).update();

        assertThat(queries.assignments(TODAY, true)).extracting(AssignmentRow::id, AssignmentRow::status, AssignmentRow::assignee)
                .containsExactly(
                        tuple(late, AssignmentStatus.OVERDUE, "Anna Berg"),
                        tuple(dueToday, AssignmentStatus.OPEN, "Regiondirektören"),
                        tuple(both, AssignmentStatus.OPEN, "Ordföranden, Anna Berg"),
                        tuple(noDate, AssignmentStatus.OPEN, "Regiondirektören"),
                        tuple(reported, AssignmentStatus.REPORTED, "Regiondirektören"),
                        tuple(closed, AssignmentStatus.CLOSED, "Regiondirektören"));
        AssignmentRow done = queries.assignments(TODAY, true).get(4);
        assertThat(done.decisionId()).isEqualTo(decision);
        assertThat(done.decisionReference()).isEqualTo("RUN/40/2026");
        assertThat(done.decidedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(done.reportText()).isEqualTo("Utrett.");
        assertThat(done.reportedOn()).isEqualTo(TODAY.minusMonths(2));
        // A day earlier nothing was late yet.
        assertThat(queries.assignments(TODAY.minusDays(1), true)).extracting(AssignmentRow::status).first().isEqualTo(AssignmentStatus.OPEN);
    }

    @Test
    void meetingsInDateOrderCountTheirReportsAndTheOpenAssignmentsDueByMeetingOrByDate() {
        long june = meeting(run, LocalDate.of(2026, 6, 16));
        long march = meeting(run, LocalDate.of(2026, 3, 10));
        jdbc.sql("UPDATE committee_meeting SET agenda_note = 'Återrapporter' WHERE id = :m").param("m", june).update();
        long council = arena("Bärighetsrådet", growth, infrastructure);
        long decision = decision(run, "RUN/41/2026", LocalDate.of(2026, 2, 1));
        assignment(decision, "Regiondirektören", null, june, null);
        assignment(decision, "Regiondirektören", null, null, LocalDate.of(2026, 6, 16));
        long reported = assignment(decision, "Regiondirektören", null, june, null);
        jdbc.sql("UPDATE assignment SET status = 'REPORTED', report_text = 'Klart.', reported_on = :d WHERE id = :s")
                .param("d", TODAY).param("s", reported).update();
        assignment(decision, "Regiondirektören", null, null, LocalDate.of(2026, 6, 17));
        reportBack(march, null, "Ordföranden", council, null, "Från rådet.");
        reportBack(march, null, "Regiondirektören", null, reported, "Uppdraget är utrett.");

        assertThat(queries.meetings()).extracting(MeetingRow::id, MeetingRow::committee, MeetingRow::reports, MeetingRow::due)
                .containsExactly(tuple(march, "Regionala utvecklingsnämnden", 2, 0), tuple(june, "Regionala utvecklingsnämnden", 0, 2));
        assertThat(queries.meeting(june)).get().extracting(MeetingRow::meetsOn, MeetingRow::agendaNote)
                .containsExactly(LocalDate.of(2026, 6, 16), "Återrapporter");
        assertThat(queries.meeting(june + 1000)).isEmpty();
    }

    @Test
    void dueAtAMeetingAreTheAssignmentsNamedForItAndThoseDatedThatDay() {
        long june = meeting(run, LocalDate.of(2026, 6, 16));
        long september = meeting(run, LocalDate.of(2026, 9, 22));
        long decision = decision(run, "RUN/42/2026", LocalDate.of(2026, 2, 1));
        long byMeeting = assignment(decision, "Regiondirektören", null, june, null);
        long byDate = assignment(decision, "Regiondirektören", null, null, LocalDate.of(2026, 6, 16));
        assignment(decision, "Regiondirektören", null, september, null);
        assignment(decision, "Regiondirektören", null, null, LocalDate.of(2026, 6, 17));

        assertThat(queries.dueAt(june, LocalDate.of(2026, 6, 16), TODAY, true)).extracting(AssignmentRow::id, AssignmentRow::reportMeetingId)
                .containsExactly(tuple(byMeeting, june), tuple(byDate, null));
        // The meeting page asks on the day after the dated one's report-back: it is overdue there.
        assertThat(queries.dueAt(june, LocalDate.of(2026, 6, 16), LocalDate.of(2026, 6, 17), true)).extracting(AssignmentRow::status)
                .containsExactly(AssignmentStatus.OPEN, AssignmentStatus.OVERDUE);
        assertThat(queries.dueAt(september + 1000, LocalDate.of(2026, 12, 1), TODAY, true)).isEmpty();
    }

    @Test
    void expectedToReportAreTheCommitteesAppointeesInOfficeOnTheMeetingDayInLiveArenas() {
        LocalDate meetsOn = LocalDate.of(2026, 6, 16);
        long june = meeting(run, meetsOn);
        long kfn = committee("Kultur- och folkbildningsnämnden", "KFN");
        long ours = decision(run, "RUN/10/2023", LocalDate.of(2023, 1, 20));
        long theirs = decision(kfn, "KFN/10/2023", LocalDate.of(2023, 1, 20));
        long council = arena("Regionens samverkansråd", growth, null);
        long bearing = arena("Bärighetsrådet", growth, infrastructure);
        long archived = arena("Avvecklat forum", growth, null);
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", archived).update();
        long anna = person("Anna Berg", "ELECTED");
        long ulf = person("Ulf Öberg", "ELECTED");
        long bo = person("Bo Ek", "ELECTED");
        jdbc.sql("UPDATE person SET party = 'C' WHERE id = :p").param("p", ulf).update();
        appointment(ulf, council, "CHAIR", LocalDate.of(2023, 1, 1), meetsOn, ours);
        appointment(anna, council, "MEMBER", meetsOn, null, ours);
        appointment(bo, bearing, "MEMBER", LocalDate.of(2023, 1, 1), null, ours);
        // Not expected: ended the day before, starts the day after, another committee's, no decision, archived arena.
        appointment(bo, council, "MEMBER", LocalDate.of(2023, 1, 1), meetsOn.minusDays(1), ours);
        appointment(bo, council, "SUBSTITUTE", meetsOn.plusDays(1), null, ours);
        appointment(anna, bearing, "MEMBER", LocalDate.of(2023, 1, 1), null, theirs);
        appointment(ulf, bearing, "MEMBER", LocalDate.of(2023, 1, 1), null, null);
        appointment(anna, archived, "MEMBER", LocalDate.of(2023, 1, 1), null, ours);

        assertThat(queries.expectedAt(june, true)).extracting(ExpectedReport::arena, ExpectedReport::person, ExpectedReport::role)
                .containsExactly(tuple("Bärighetsrådet", "Bo Ek", "MEMBER"), tuple("Regionens samverkansråd", "Anna Berg", "MEMBER"),
                        tuple("Regionens samverkansråd", "Ulf Öberg", "CHAIR"));
        assertThat(queries.expectedAt(june, true).get(2)).extracting(ExpectedReport::personId, ExpectedReport::party, ExpectedReport::arenaId)
                .containsExactly(ulf, "C", council);
        assertThat(queries.expectedAt(june + 1000, true)).isEmpty();
    }

    @Test
    void reportsAtAMeetingComeInTheOrderRecordedFromArenasAndOnAssignments() {
        long june = meeting(run, LocalDate.of(2026, 6, 16));
        long march = meeting(run, LocalDate.of(2026, 3, 10));
        long council = arena("Bärighetsrådet", growth, infrastructure);
        long anna = person("Anna Berg", "ELECTED");
        long decision = decision(run, "RUN/43/2026", LocalDate.of(2026, 2, 1));
        long task = assignment(decision, "Regiondirektören", null, june, null);
        long first = reportBack(june, anna, "ignoreras", council, null, "Från rådet.");
        long second = reportBack(june, null, "Regiondirektören", null, task, "Om uppdraget.");
        reportBack(march, anna, null, council, null, "Tidigare.");

        assertThat(queries.reportsAt(june, true)).extracting(ReportRow::id, ReportRow::reporter, ReportRow::arenaId, ReportRow::arena,
                ReportRow::assignmentId, ReportRow::text).containsExactly(
                tuple(first, "Anna Berg", council, "Bärighetsrådet", null, "Från rådet."),
                tuple(second, "Regiondirektören", null, null, task, "Om uppdraget."));
        assertThat(queries.reportsAt(june + 1000, true)).isEmpty();
    }

    private long area(String name, Long parent) {
        return jdbc.sql("INSERT INTO area (name, parent_id) VALUES (:n, :p) RETURNING id").param("n", name).param("p", parent)
                .query(Long.class).single();
    }

    private long arena(String name, long area, Long subArea) {
        return jdbc.sql("INSERT INTO arena (name, area_id, sub_area_id, scope, status) VALUES (:n, :a, :s, 'REGIONAL', 'ACTIVE')"
                        + " RETURNING id")
                .param("n", name).param("a", area).param("s", subArea).query(Long.class).single();
    }

    private long person(String name, String kind) {
        return jdbc.sql("INSERT INTO person (name, kind) VALUES (:n, :k) RETURNING id").param("n", name).param("k", kind)
                .query(Long.class).single();
    }

    private long committee(String name, String shortName) {
        return jdbc.sql("INSERT INTO committee (name, short_name) VALUES (:n, :s) RETURNING id").param("n", name).param("s", shortName)
                .query(Long.class).single();
    }

    private long decision(long committee, String reference, LocalDate decidedOn) {
        return jdbc.sql("INSERT INTO decision (committee_id, reference, decided_on, title) VALUES (:c, :r, :d, 'Beslut') RETURNING id")
                .param("c", committee).param("r", reference).param("d", decidedOn).query(Long.class).single();
    }

    private long meeting(long committee, LocalDate meetsOn) {
        return jdbc.sql("INSERT INTO committee_meeting (committee_id, meets_on) VALUES (:c, :d) RETURNING id").param("c", committee)
                .param("d", meetsOn).query(Long.class).single();
    }

    private long assessment(long arena, LocalDate assessedOn, String verdict) {
        return jdbc.sql("""
                        INSERT INTO assessment (arena_id, assessed_on, verdict, motivation, assessor)
                        VALUES (:a, :d, :v, 'Motivering', 'Områdeschefen') RETURNING id""")
                .param("a", arena).param("d", assessedOn).param("v", verdict).query(Long.class).single();
    }

    private long review(Long arena, Long area, LocalDate dueOn, String reason) {
        return jdbc.sql("INSERT INTO review (arena_id, area_id, due_on, reason) VALUES (:a, :ar, :d, :r) RETURNING id")
                .param("a", arena).param("ar", area).param("d", dueOn).param("r", reason).query(Long.class).single();
    }

    private void complete(long review, LocalDate completedOn) {
        jdbc.sql("UPDATE review SET outcome = 'Genomförd', completed_on = :d WHERE id = :r").param("d", completedOn).param("r", review)
                .update();
    }

    private long assignment(long decision, String role, Long person, Long meeting, LocalDate dueOn) {
        return jdbc.sql("""
                        INSERT INTO assignment (decision_id, assignee_role, assignee_person_id, description, report_meeting_id, report_due_on)
                        VALUES (:d, :r, :p, 'Utred frågan', :m, :due) RETURNING id""")
                .param("d", decision).param("r", role).param("p", person).param("m", meeting).param("due", dueOn)
                .query(Long.class).single();
    }

    private long reportBack(long meeting, Long person, String reporter, Long arena, Long assignment, String text) {
        return jdbc.sql("""
                        INSERT INTO report_back (meeting_id, person_id, reporter, arena_id, assignment_id, text)
                        VALUES (:m, :p, :r, :a, :s, :t) RETURNING id""")
                .param("m", meeting).param("p", person).param("r", reporter).param("a", arena).param("s", assignment).param("t", text)
                .query(Long.class).single();
    }

    private void appointment(long person, long arena, String role, LocalDate start, LocalDate end, Long decision) {
        jdbc.sql("""
                        INSERT INTO appointment (person_id, arena_id, role, start_date, end_date, decision_id)
                        VALUES (:p, :a, :r, :s, :e, :d)""")
                .param("p", person).param("a", arena).param("r", role).param("s", start).param("e", end).param("d", decision).update();
    }
}
