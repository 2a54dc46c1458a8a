package se.arenaregister.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.followup.internal.AgendaItem.Kind;
import se.arenaregister.followup.internal.AgendaQueries.ArenaRef;
import se.arenaregister.support.QuerySlice;

/**
 * The agenda against the real schema with rows of this test's own: what is dated in a window, only what is still open,
 * what is overdue on the slice's day, where each item is handled, and the dashboard's two lists of arenas nobody
 * follows up (never assessed; appointed but silent).
 */
@QuerySlice
@Import(AgendaQueries.class)
class AgendaQueriesTest {

    /** The slice's clock: 2026-06-15. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final LocalDate FROM = LocalDate.of(2026, 6, 1);
    static final LocalDate TO = LocalDate.of(2026, 6, 30);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AgendaQueries queries;

    long growth;
    long run;
    long decision;

    @BeforeEach
    void anAreaACommitteeAndADecision() {
        growth = area("Hållbar tillväxt");
        run = jdbc.sql("INSERT INTO committee (name, short_name) VALUES ('Regionala utvecklingsnämnden', 'RUN') RETURNING id")
                .query(Long.class).single();
        decision = jdbc.sql("""
                        INSERT INTO decision (committee_id, reference, decided_on, title) VALUES (:c, 'RUN/7/2026', '2026-02-01', 'Uppdrag')
                        RETURNING id""")
                .param("c", run).query(Long.class).single();
    }

    @Test
    void everyKindDatedInTheWindowBothEndsIncludedByDateThenKind() {
        long council = arena("Bärighetsrådet", "ACTIVE");
        long review = review(council, null, TO);
        long assignment = assignment("Utred tågtrafiken", "Regiondirektören", null, FROM);
        long ending = arena("Projekt Mittstråket", "ENDING");
        endsOn(ending, TODAY);
        long term = jdbc.sql("INSERT INTO term (name, start_date, end_date) VALUES ('2023–2026', '2022-10-15', :e) RETURNING id")
                .param("e", TODAY).query(Long.class).single();
        long meeting = meeting(TODAY);
        // Just outside the window on either side.
        review(council, null, FROM.minusDays(1));
        assignment("För sent", "Regiondirektören", null, TO.plusDays(1));
        meeting(TO.plusDays(1));
        meeting(FROM.minusDays(1));

        // Same day: kinds in the order of their codes (ARENA_END, MEETING, TERM_END).
        assertThat(queries.between(FROM, TO, TODAY)).extracting(AgendaItem::kind, AgendaItem::id, AgendaItem::date).containsExactly(
                tuple(Kind.ASSIGNMENT, assignment, FROM),
                tuple(Kind.ARENA_END, ending, TODAY),
                tuple(Kind.MEETING, meeting, TODAY),
                tuple(Kind.TERM_END, term, TODAY),
                tuple(Kind.REVIEW, review, TO));
        assertThat(queries.between(TO.plusDays(2), TO.plusDays(30), TODAY)).isEmpty();
    }

    @Test
    void onlyWhatIsStillOpenIsOnTheAgenda() {
        long council = arena("Bärighetsrådet", "ACTIVE");
        long open = review(council, null, TODAY);
        long completed = review(council, null, TODAY);
        jdbc.sql("UPDATE review SET outcome = 'Klar', completed_on = :d WHERE id = :r").param("d", TODAY).param("r", completed).update();
        long openTask = assignment("Öppet", "Regiondirektören", null, TODAY);
        long reported = assignment("Rapporterat", "Regiondirektören", null, TODAY);
        jdbc.sql("UPDATE assignment SET status = 'REPORTED', report_text = 'Klart', reported_on = :d WHERE id = :s").param("d", TODAY)
                .param("s", reported).update();
        long closed = assignment("Stängt", "Regiondirektören", null, TODAY);
        jdbc.sql("UPDATE assignment SET status = 'CLOSED' WHERE id = :s").param("s", closed).update();
        long archived = arena("Arkiverat forum", "ACTIVE");
        endsOn(archived, TODAY);
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", archived).update();
        // An arena that has ended still shows its end date, as something done.
        long ended = arena("Avslutat projekt", "ENDED");
        endsOn(ended, TODAY);

        assertThat(queries.between(FROM, TO, TODAY)).extracting(AgendaItem::kind, AgendaItem::id).containsExactly(
                tuple(Kind.ARENA_END, ended), tuple(Kind.ASSIGNMENT, openTask), tuple(Kind.REVIEW, open));
    }

    @Test
    void openItemsBeforeTodayAreOverdueMeetingsTermsAndEndedArenasNever() {
        long council = arena("Bärighetsrådet", "ACTIVE");
        LocalDate yesterday = TODAY.minusDays(1);
        review(council, null, yesterday);
        review(council, null, TODAY);
        assignment("Försenat", "Regiondirektören", null, yesterday);
        assignment("Idag", "Regiondirektören", null, TODAY);
        endsOn(arena("Projekt som pågår", "ENDING"), yesterday);
        endsOn(arena("Projekt som slutat", "ENDED"), yesterday);
        meeting(yesterday);
        jdbc.sql("INSERT INTO term (name, start_date, end_date) VALUES ('2023–2026', '2022-10-15', :e)").param("e", yesterday).update();

        List<AgendaItem> items = queries.between(FROM, TO, TODAY);
        assertThat(items).filteredOn(AgendaItem::overdue).extracting(AgendaItem::kind, AgendaItem::title).containsExactly(
                tuple(Kind.ARENA_END, "Projekt som pågår"), tuple(Kind.ASSIGNMENT, "Försenat"), tuple(Kind.REVIEW, "Bärighetsrådet"));
        assertThat(items).filteredOn(i -> !i.overdue()).extracting(AgendaItem::kind).containsExactly(
                Kind.ARENA_END, Kind.MEETING, Kind.TERM_END, Kind.ASSIGNMENT, Kind.REVIEW);
        // Seen from the day before, nothing was late.
        assertThat(queries.between(FROM, TO, yesterday)).noneMatch(AgendaItem::overdue);
    }

    @Test
    void eachItemSaysWhatItIsWhoAnswersAndWhereItIsHandled() {
        long council = arena("Bärighetsrådet", "ACTIVE");
        jdbc.sql("UPDATE arena SET end_date = '2026-06-02', other_info = 'Avtalet löper ut', responsible_official = 'Karin Öst'"
                + " WHERE id = :a").param("a", council).update();
        long arenaReview = review(council, null, LocalDate.of(2026, 6, 3));
        jdbc.sql("UPDATE review SET responsible = 'Områdeschefen' WHERE id = :r").param("r", arenaReview).update();
        long areaReview = review(null, growth, LocalDate.of(2026, 6, 4));
        long anna = jdbc.sql("INSERT INTO person (name, kind) VALUES ('Anna Berg', 'ELECTED') RETURNING id").query(Long.class).single();
        long byRole = assignment("Utred tågtrafiken", "Regiondirektören", anna, LocalDate.of(2026, 6, 5));
        long byPerson = assignment("Rapportera från rådet", null, anna, LocalDate.of(2026, 6, 6));
        long meeting = meeting(LocalDate.of(2026, 6, 7));
        jdbc.sql("UPDATE committee_meeting SET agenda_note = 'Återrapporter' WHERE id = :m").param("m", meeting).update();
        long term = jdbc.sql("INSERT INTO term (name, start_date, end_date) VALUES ('2023–2026', '2022-10-15', '2026-06-08') RETURNING id")
                .query(Long.class).single();

        assertThat(queries.between(FROM, TO, FROM)).extracting(AgendaItem::kind, AgendaItem::title, AgendaItem::detail,
                AgendaItem::responsible, AgendaItem::path).containsExactly(
                tuple(Kind.ARENA_END, "Bärighetsrådet", "Avtalet löper ut", "Karin Öst", "/arenas/" + council),
                tuple(Kind.REVIEW, "Bärighetsrådet", "Översyn", "Områdeschefen", "/arenas/" + council),
                tuple(Kind.REVIEW, "Hållbar tillväxt", "Översyn", null, "/reviews#review-" + areaReview),
                tuple(Kind.ASSIGNMENT, "Utred tågtrafiken", "RUN/7/2026", "Regiondirektören", "/assignments#assignment-" + byRole),
                tuple(Kind.ASSIGNMENT, "Rapportera från rådet", "RUN/7/2026", "Anna Berg", "/assignments#assignment-" + byPerson),
                tuple(Kind.MEETING, "Regionala utvecklingsnämnden", "Återrapporter", null, "/meetings/" + meeting),
                tuple(Kind.TERM_END, "2023–2026", null, null, "/terms/" + term + "/change"));
    }

    @Test
    void neverAssessedAreTheLiveArenasWithoutAnyAssessmentByName() {
        arena("Öresundsforum", "ACTIVE");
        arena("Zeta nätverk", "ENDING");
        arena("Avslutat forum", "ENDED");
        long archived = arena("Arkiverat forum", "ACTIVE");
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", archived).update();
        long assessed = arena("Bedömt forum", "ACTIVE");
        jdbc.sql("""
                        INSERT INTO assessment (arena_id, assessed_on, verdict, motivation, assessor)
                        VALUES (:a, '2020-01-01', 'RELEVANT', 'Viktigt', 'Områdeschefen')""")
                .param("a", assessed).update();

        assertThat(queries.neverAssessed()).extracting(ArenaRef::name, ArenaRef::lastReport)
                .containsExactly(tuple("Zeta nätverk", null), tuple("Öresundsforum", null));
    }

    @Test
    void silentArenasHaveSomeoneAppointedTodayByDecisionButNoReportBackSince() {
        LocalDate since = TODAY.minusMonths(12);
        long anna = jdbc.sql("INSERT INTO person (name, kind) VALUES ('Anna Berg', 'ELECTED') RETURNING id").query(Long.class).single();
        long lastYear = meeting(since.minusDays(1));
        long recent = meeting(since);
        long silent = arena("Tyst forum", "ACTIVE");
        appoint(anna, silent, decision, TODAY.minusYears(2), TODAY);
        reportBack(lastYear, silent);
        long neverReported = arena("Aldrig rapporterat", "ACTIVE");
        appoint(anna, neverReported, decision, TODAY, null);
        long reported = arena("Rapporterat forum", "ACTIVE");
        appoint(anna, reported, decision, TODAY.minusYears(2), null);
        reportBack(lastYear, reported);
        reportBack(recent, reported);
        // Not asked about: nobody appointed by a decision today, or the arena is no longer followed.
        appoint(anna, arena("Utan beslut", "ACTIVE"), null, TODAY.minusYears(2), null);
        appoint(anna, arena("Avgått forum", "ACTIVE"), decision, TODAY.minusYears(2), TODAY.minusDays(1));
        appoint(anna, arena("Framtida forum", "ACTIVE"), decision, TODAY.plusDays(1), null);
        appoint(anna, arena("Avslutat forum", "ENDED"), decision, TODAY.minusYears(2), null);
        long archived = arena("Arkiverat forum", "ACTIVE");
        appoint(anna, archived, decision, TODAY.minusYears(2), null);
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", archived).update();

        assertThat(queries.withoutReportBackSince(since, TODAY)).extracting(ArenaRef::id, ArenaRef::name, ArenaRef::lastReport)
                .containsExactly(tuple(neverReported, "Aldrig rapporterat", null), tuple(silent, "Tyst forum", since.minusDays(1)));
    }

    private long area(String name) {
        return jdbc.sql("INSERT INTO area (name) VALUES (:n) RETURNING id").param("n", name).query(Long.class).single();
    }

    private long arena(String name, String status) {
        return jdbc.sql("INSERT INTO arena (name, area_id, scope, status) VALUES (:n, :a, 'REGIONAL', :s) RETURNING id")
                .param("n", name).param("a", growth).param("s", status).query(Long.class).single();
    }

    private void endsOn(long arena, LocalDate end) {
        jdbc.sql("UPDATE arena SET end_date = :e WHERE id = :a").param("e", end).param("a", arena).update();
    }

    private long review(Long arena, Long area, LocalDate dueOn) {
        return jdbc.sql("INSERT INTO review (arena_id, area_id, due_on, reason) VALUES (:a, :ar, :d, 'Översyn') RETURNING id")
                .param("a", arena).param("ar", area).param("d", dueOn).query(Long.class).single();
    }

    private long assignment(String description, String role, Long person, LocalDate dueOn) {
        return jdbc.sql("""
                        INSERT INTO assignment (decision_id, assignee_role, assignee_person_id, description, report_due_on)
                        VALUES (:d, :r, :p, :t, :due) RETURNING id""")
                .param("d", decision).param("r", role).param("p", person).param("t", description).param("due", dueOn)
                .query(Long.class).single();
    }

    private long meeting(LocalDate meetsOn) {
        return jdbc.sql("INSERT INTO committee_meeting (committee_id, meets_on) VALUES (:c, :d) RETURNING id").param("c", run)
                .param("d", meetsOn).query(Long.class).single();
    }

    private void appoint(long person, long arena, Long decisionId, LocalDate start, LocalDate end) {
        jdbc.sql("""
                        INSERT INTO appointment (person_id, arena_id, role, start_date, end_date, decision_id)
                        VALUES (:p, :a, 'MEMBER', :s, :e, :d)""")
                .param("p", person).param("a", arena).param("s", start).param("e", end).param("d", decisionId).update();
    }

    private void reportBack(long meeting, long arena) {
        jdbc.sql("INSERT INTO report_back (meeting_id, reporter, arena_id, text) VALUES (:m, 'Anna Berg', :a, 'Rapport')")
                .param("m", meeting).param("a", arena).update();
    }
}
