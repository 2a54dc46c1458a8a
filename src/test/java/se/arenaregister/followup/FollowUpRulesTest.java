package se.arenaregister.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.followup.internal.AgendaItem;
import se.arenaregister.followup.internal.AgendaQueries;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/** The follow-up's rules against the database: bad input is refused and nothing is stored. */
@IntegrationTest
class FollowUpRulesTest {

    @Autowired
    Assessments assessments;
    @Autowired
    Reviews reviews;
    @Autowired
    Meetings meetings;
    @Autowired
    Assignments assignments;
    @Autowired
    AgendaQueries agenda;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    static List<String> codes(InvalidInputException e) {
        return e.rejections().stream().map(r -> r.field() + ":" + r.code()).toList();
    }

    int count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Integer.class).single();
    }

    String uniqueReference() {
        return "RUN/" + ThreadLocalRandom.current().nextInt(10000, 99999) + "/2025";
    }

    long meeting(LocalDate around) {
        long committee = fixtures.committee();
        for (int i = 0; ; i++) {
            LocalDate date = around.plusDays(i);
            try {
                return meetings.schedule(new MeetingForm(committee, date, "Test"));
            } catch (InvalidInputException taken) {
                // another test already meets that day; try the next
            }
        }
    }

    @Test
    void refusesAReportBackBeforeTheDecision() {
        long decision = fixtures.decision(uniqueReference(), LocalDate.of(2025, 3, 1));
        int before = count("assignment");
        assertThatThrownBy(() -> assignments.give(new AssignmentForm(decision, "Regiondirektören", null, "Uppdrag", null,
                LocalDate.of(2025, 2, 1))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(codes(e)).contains("reportDueOn:assignment.reportBeforeDecision"));
        assertThat(count("assignment")).isEqualTo(before);
    }

    @Test
    void refusesAnAssignmentWithoutAssignee() {
        long decision = fixtures.decision(uniqueReference(), LocalDate.of(2025, 3, 1));
        assertThatThrownBy(() -> assignments.give(new AssignmentForm(decision, " ", null, "Uppdrag utan mottagare", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(codes(e)).contains("assigneeRole:assignment.assignee.required"));
    }

    @Test
    void aReportBackAtAMeetingMarksTheAssignmentReportedAndTakesItOffTheOverdueList() {
        LocalDate decided = LocalDate.of(2025, 1, 10);
        long decision = fixtures.decision(uniqueReference(), decided);
        long meeting = meeting(LocalDate.of(2025, 2, 1).plusDays(ThreadLocalRandom.current().nextInt(200)));
        long assignment = assignments.give(new AssignmentForm(decision, "Regiondirektören", null, "Ta fram en beskrivning", meeting, null));
        LocalDate today = LocalDate.now(clock);
        assertThat(overdueAssignments(today)).contains(assignment);

        meetings.reportBack(new ReportBackForm(meeting, null, "Regiondirektören", null, assignment, "Beskrivningen är klar."));

        assertThat(overdueAssignments(today)).doesNotContain(assignment);
        assertThat(jdbc.sql("SELECT status FROM assignment WHERE id = :id").param("id", assignment).query(String.class).single())
                .isEqualTo("REPORTED");

        assignments.close(assignment);
        int reports = count("report_back");
        assertThatThrownBy(() -> meetings.reportBack(new ReportBackForm(meeting, null, "Regiondirektören", null, assignment, "Igen")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).contains("assignmentId:assignment.closed"));
        assertThat(count("report_back")).isEqualTo(reports);
    }

    @Test
    void refusesARecurrenceWithoutARule() {
        long arena = fixtures.arena("Översynsarena", false, 4, "2", "1");
        int before = count("review");
        assertThatThrownBy(() -> reviews.schedule(new ReviewForm(arena, null, LocalDate.of(2027, 5, 31), true, null, null, "Skäl", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).contains("rule:review.recurrence.ruleRequired"));
        assertThatThrownBy(() -> reviews.schedule(new ReviewForm(arena, null, LocalDate.of(2027, 5, 31), false, null,
                LocalDate.of(2030, 1, 1), "Skäl", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(codes(e)).contains("recursUntil:review.recurrence.untilWithoutRule"));
        assertThat(count("review")).isEqualTo(before);
    }

    @Test
    void refusesAnOutcomeOnAReviewNotYetDueAndCreatesTheNextOccurrenceOfARecurringOne() {
        long arena = fixtures.arena("Återkommande arena", false, 4, "2", "1");
        LocalDate today = LocalDate.now(clock);
        long later = reviews.schedule(new ReviewForm(arena, null, today.plusYears(1), false, null, null, "Inte än", null, null));
        assertThatThrownBy(() -> reviews.complete(later, new ReviewOutcomeForm("Klart", today)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).contains("outcome:review.notYetDue"));

        long recurring = reviews.schedule(new ReviewForm(arena, null, today.minusDays(10), true, Recurrence.PER_TERM, null,
                "En gång per mandatperiod", null, "Områdeschef"));
        Long next = reviews.complete(recurring, new ReviewOutcomeForm("Arbetsordningen är översedd.", today));
        assertThat(next).isNotNull();
        assertThat(jdbc.sql("SELECT due_on FROM review WHERE id = :id").param("id", next).query(LocalDate.class).single())
                .isEqualTo(today.minusDays(10).plusYears(4));
        assertThatThrownBy(() -> reviews.complete(recurring, new ReviewOutcomeForm("Igen", today)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).contains("outcome:review.alreadyCompleted"));
    }

    @Test
    void anAssessmentTakesTheArenaOffTheNeverAssessedList() {
        long arena = fixtures.arena("Bedömningsarena", false, 4, "2", "1");
        assertThat(agenda.neverAssessed()).extracting(AgendaQueries.ArenaRef::id).contains(arena);
        assessments.record(new AssessmentForm(arena, LocalDate.now(clock), Verdict.UNCERTAIN, "Deltagandet bedöms som osäkert.",
                null, "Samordningskansliet"));
        assertThat(agenda.neverAssessed()).extracting(AgendaQueries.ArenaRef::id).doesNotContain(arena);
        assertThatThrownBy(() -> assessments.record(new AssessmentForm(arena, LocalDate.now(clock).plusDays(1), Verdict.RELEVANT,
                "Framtid", null, "Någon")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).contains("assessedOn:assessment.date.future"));
    }

    private List<Long> overdueAssignments(LocalDate today) {
        return agenda.between(LocalDate.of(1900, 1, 1), today.minusDays(1), today).stream()
                .filter(i -> i.kind() == AgendaItem.Kind.ASSIGNMENT && i.overdue()).map(AgendaItem::id).toList();
    }

    /** Who is responsible or assessed: a person of the register or a typed name, not both; the person must exist. */
    @Test
    void aReviewOrAssessmentNamesAPersonOrATypedNameNotBoth() {
        long arena = fixtures.arena("Personarena", false, 4, "2", "1");
        long person = fixtures.official("Ansvarig tjänsteperson");
        LocalDate today = LocalDate.now(clock);
        long review = reviews.schedule(new ReviewForm(arena, null, today.plusMonths(2), false, null, null, "Skäl", person, null));
        assertThat(jdbc.sql("SELECT responsible_person_id FROM review WHERE id = :id").param("id", review).query(Long.class).single())
                .isEqualTo(person);
        assertThatThrownBy(() -> reviews.schedule(new ReviewForm(arena, null, today.plusMonths(2), false, null, null, "Skäl", person,
                "Områdeschef")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).containsExactly("responsible:followup.who.both"));
        assertThatThrownBy(() -> reviews.schedule(new ReviewForm(arena, null, today.plusMonths(2), false, null, null, "Skäl", 987654321L,
                null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(codes(e)).containsExactly("responsiblePersonId:appointment.person.unknown"));

        long assessment = assessments.record(new AssessmentForm(arena, today, Verdict.RELEVANT, "Motivering", person, "  "));
        assertThat(jdbc.sql("SELECT assessor_person_id FROM assessment WHERE id = :id").param("id", assessment).query(Long.class).single())
                .isEqualTo(person);
        assertThatThrownBy(() -> assessments.record(new AssessmentForm(arena, today, Verdict.RELEVANT, "Motivering", null, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(codes(e)).containsExactly("assessorPersonId:followup.who.required"));
    }
}
