package se.arenaregister.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.person.PersonQueries.AppointmentRow;
import se.arenaregister.person.PersonQueries.PersonRow;
import se.arenaregister.security.UserNames;
import se.arenaregister.support.QuerySlice;

/**
 * People and appointments against the real schema with rows of this test's own: who the public sees, erased people,
 * what is active on a date and what it costs, and each list of appointments in its order.
 */
@QuerySlice
@Import({PersonQueries.class, UserNames.class})
class PersonQueriesTest {

    /** The slice's clock: 2026-06-15. */
    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PersonQueries queries;

    long growth;
    long infrastructure;

    @BeforeEach
    void twoAreas() {
        growth = area("Hållbar tillväxt", null);
        infrastructure = area("Infrastruktur", growth);
    }

    @Test
    void thePublicSeesElectedRepresentativesOnlyAndErasedPeopleComeLast() {
        person("Östen Ek", "ELECTED");
        person("Anna Berg", "ELECTED");
        person("Zackarias Holm", "OFFICIAL");
        person("Åsa Lind", "OFFICIAL");
        long erased = person("Borttagen person", "ELECTED");
        jdbc.sql("UPDATE person SET erased = true WHERE id = :p").param("p", erased).update();

        // Swedish order (Z < Å < Ö), erased people after everyone else whatever their name.
        assertThat(queries.people(TODAY, true)).extracting(PersonRow::name, PersonRow::kind, PersonRow::erased).containsExactly(
                tuple("Anna Berg", PersonKind.ELECTED, false), tuple("Zackarias Holm", PersonKind.OFFICIAL, false),
                tuple("Åsa Lind", PersonKind.OFFICIAL, false), tuple("Östen Ek", PersonKind.ELECTED, false),
                tuple("Borttagen person", PersonKind.ELECTED, true));
        assertThat(queries.people(TODAY, false)).extracting(PersonRow::name)
                .containsExactly("Anna Berg", "Östen Ek", "Borttagen person");
    }

    @Test
    void activeAppointmentsAndHoursCountOnlyLiveArenasOnTheDate() {
        long anna = person("Anna Berg", "ELECTED");
        long idle = person("Bo Ek", "ELECTED");
        // 10 meetings × 2 h × 1.5 = 30.0 h
        long council = arena("Regionens samverkansråd", 10, "2", "1.5");
        // 4 × 1.25 × 1.0 = 5.0 h; the appointment ends today and still counts
        long network = arena("Bredbandsnätverket", 4, "1.25", "1.0");
        long archived = arena("Avvecklat forum", 12, "3", "1.0");
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", archived).update();
        long later = arena("Kommande forum", 6, "2", "1.0");
        long earlier = arena("Tidigare forum", 6, "2", "1.0");
        appointment(anna, council, "MEMBER", TODAY.minusYears(1), null);
        appointment(anna, network, "CHAIR", TODAY.minusMonths(3), TODAY);
        appointment(anna, archived, "MEMBER", TODAY.minusYears(1), null);
        appointment(anna, later, "MEMBER", TODAY.plusDays(1), null);
        appointment(anna, earlier, "MEMBER", TODAY.minusYears(2), TODAY.minusDays(1));

        PersonRow today = queries.person(anna, TODAY).orElseThrow();
        assertThat(today.activeAppointments()).isEqualTo(2);
        assertThat(today.hoursPerYear()).isEqualByComparingTo("35.0");
        // The same person a day later: the network appointment has ended and the coming forum has begun.
        PersonRow tomorrow = queries.person(anna, TODAY.plusDays(1)).orElseThrow();
        assertThat(tomorrow.activeAppointments()).isEqualTo(2);
        assertThat(tomorrow.hoursPerYear()).isEqualByComparingTo("42.0");
        PersonRow nothing = queries.person(idle, TODAY).orElseThrow();
        assertThat(nothing.activeAppointments()).isZero();
        assertThat(nothing.hoursPerYear()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void onePersonComesWithAreaContactDetailsAndCommitteesInOrder() {
        long official = person("Karin Öst", "OFFICIAL");
        jdbc.sql("UPDATE person SET title = 'Områdeschef', area_id = :a, email = 'karin@example.se', phone = '010-123' WHERE id = :p")
                .param("a", growth).param("p", official).update();
        long run = committee("Regionala utvecklingsnämnden", "RUN");
        long kfn = committee("Kultur- och folkbildningsnämnden", "KFN");
        for (long committee : List.of(run, kfn)) {
            jdbc.sql("INSERT INTO person_committee (person_id, committee_id) VALUES (:p, :c)").param("p", official)
                    .param("c", committee).update();
        }
        long bare = person("Bo Ek", "ELECTED");

        PersonRow karin = queries.person(official, TODAY).orElseThrow();
        assertThat(karin.title()).isEqualTo("Områdeschef");
        assertThat(karin.areaName()).isEqualTo("Hållbar tillväxt");
        assertThat(karin.email()).isEqualTo("karin@example.se");
        assertThat(karin.phone()).isEqualTo("010-123");
        assertThat(karin.committees()).containsExactly("KFN", "RUN");
        PersonRow bo = queries.person(bare, TODAY).orElseThrow();
        assertThat(bo.areaName()).isNull();
        assertThat(bo.committees()).isEmpty();
        assertThat(queries.person(bare + 1000, TODAY)).isEmpty();
    }

    @Test
    void aPersonsAppointmentsListTheOpenEndedFirstThenTheLatestEnded() {
        long anna = person("Anna Berg", "ELECTED");
        jdbc.sql("UPDATE person SET party = 'S' WHERE id = :p").param("p", anna).update();
        long council = arena("Regionens samverkansråd", 10, "2", "1.5");
        long network = arena("Bredbandsnätverket", 4, "1.25", "1.0");
        long closed = arena("Avvecklat forum", 12, "3", "1.0");
        jdbc.sql("UPDATE arena SET archived = true WHERE id = :a").param("a", closed).update();
        long decision = decision("RUN/34/2022", LocalDate.of(2022, 12, 1));
        long term = term("2023–2026", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
        long current = appointment(anna, council, "MEMBER", LocalDate.of(2023, 1, 1), null);
        jdbc.sql("UPDATE appointment SET decision_id = :d, term_id = :t, note = 'Ordinarie' WHERE id = :x").param("d", decision)
                .param("t", term).param("x", current).update();
        long sameStart = appointment(anna, network, "MEMBER", LocalDate.of(2023, 1, 1), null);
        long ended = appointment(anna, closed, "CHAIR", LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));
        long endedEarlier = appointment(anna, council, "SUBSTITUTE", LocalDate.of(2019, 1, 1), LocalDate.of(2020, 12, 31));

        List<AppointmentRow> rows = queries.appointmentsOfPerson(anna);
        // Open-ended first (same start: by arena name), then by end date, latest first.
        assertThat(rows).extracting(AppointmentRow::id).containsExactly(sameStart, current, ended, endedEarlier);
        AppointmentRow member = rows.get(1);
        assertThat(member.personName()).isEqualTo("Anna Berg");
        assertThat(member.elected()).isTrue();
        assertThat(member.party()).isEqualTo("S");
        assertThat(member.arenaName()).isEqualTo("Regionens samverkansråd");
        assertThat(member.decisionId()).isEqualTo(decision);
        assertThat(member.decisionReference()).isEqualTo("RUN/34/2022");
        assertThat(member.termId()).isEqualTo(term);
        assertThat(member.termName()).isEqualTo("2023–2026");
        assertThat(member.note()).isEqualTo("Ordinarie");
        assertThat(member.hoursPerYear()).isEqualByComparingTo("30.0");
        assertThat(member.archivedArena()).isFalse();
        assertThat(member.activeOn(TODAY)).isTrue();
        AppointmentRow chair = rows.get(2);
        assertThat(chair.archivedArena()).isTrue();
        assertThat(chair.role()).isEqualTo(Role.CHAIR);
        assertThat(chair.activeOn(TODAY)).isFalse();
        assertThat(chair.decisionId()).isNull();
        assertThat(chair.termId()).isNull();
        assertThat(chair.decisionReference()).isNull();
    }

    @Test
    void anArenasAppointmentsGoByRoleThenLatestStartThenName() {
        long council = arena("Regionens samverkansråd", 10, "2", "1.0");
        long anna = person("Anna Berg", "ELECTED");
        long bo = person("Bo Ek", "ELECTED");
        long cecilia = person("Cecilia Åkesson", "OFFICIAL");
        long erased = person("Borttagen person", "ELECTED");
        jdbc.sql("UPDATE person SET erased = true WHERE id = :p").param("p", erased).update();
        appointment(anna, council, "SUBSTITUTE", LocalDate.of(2023, 1, 1), null);
        appointment(bo, council, "MEMBER", LocalDate.of(2023, 1, 1), null);
        appointment(cecilia, council, "MEMBER", LocalDate.of(2024, 3, 1), null);
        appointment(erased, council, "MEMBER", LocalDate.of(2023, 1, 1), null);
        appointment(anna, council, "CHAIR", LocalDate.of(2023, 1, 1), null);
        appointment(bo, arena("Annat forum", 1, "1", "1.0"), "CHAIR", LocalDate.of(2023, 1, 1), null);

        // Roles in the order of their codes; an erased person's appointment stays, under the name they were given.
        assertThat(queries.appointmentsOfArena(council)).extracting(AppointmentRow::role, AppointmentRow::personName)
                .containsExactly(tuple(Role.CHAIR, "Anna Berg"), tuple(Role.MEMBER, "Cecilia Åkesson"), tuple(Role.MEMBER, "Bo Ek"),
                        tuple(Role.MEMBER, "Borttagen person"), tuple(Role.SUBSTITUTE, "Anna Berg"));
        assertThat(queries.appointmentsOfArena(council + 1000)).isEmpty();
    }

    @Test
    void appointmentsByDecisionAndByIdsGoByArenaThenPerson() {
        long council = arena("Regionens samverkansråd", 10, "2", "1.0");
        long network = arena("Bredbandsnätverket", 4, "1", "1.0");
        long anna = person("Anna Berg", "ELECTED");
        long ulf = person("Ulf Öberg", "ELECTED");
        long decision = decision("RUN/12/2023", LocalDate.of(2023, 2, 1));
        long other = decision("RUN/13/2023", LocalDate.of(2023, 2, 1));
        long a1 = appointment(ulf, council, "MEMBER", LocalDate.of(2023, 3, 1), null);
        long a2 = appointment(anna, council, "MEMBER", LocalDate.of(2023, 3, 1), null);
        long a3 = appointment(ulf, network, "CHAIR", LocalDate.of(2023, 3, 1), null);
        long a4 = appointment(anna, network, "MEMBER", LocalDate.of(2023, 3, 1), null);
        jdbc.sql("UPDATE appointment SET decision_id = :d WHERE id IN (:ids)").param("d", decision).param("ids", List.of(a1, a2, a3))
                .update();
        jdbc.sql("UPDATE appointment SET decision_id = :d WHERE id = :x").param("d", other).param("x", a4).update();

        assertThat(queries.appointmentsByDecision(decision)).extracting(AppointmentRow::id).containsExactly(a3, a2, a1);
        assertThat(queries.appointmentsByDecision(other)).extracting(AppointmentRow::id).containsExactly(a4);
        assertThat(queries.appointmentsByIds(List.of(a1, a3, a4))).extracting(AppointmentRow::id).containsExactly(a3, a4, a1);
        assertThat(queries.appointmentsByIds(List.of())).isEmpty();
        assertThat(queries.appointment(a2)).get().extracting(AppointmentRow::personName, AppointmentRow::arenaName)
                .containsExactly("Anna Berg", "Regionens samverkansråd");
        assertThat(queries.appointment(a4 + 1000)).isEmpty();
    }

    private long area(String name, Long parent) {
        return jdbc.sql("INSERT INTO area (name, parent_id) VALUES (:n, :p) RETURNING id").param("n", name).param("p", parent)
                .query(Long.class).single();
    }

    private long arena(String name, int meetingsPerYear, String hoursPerMeeting, String preparationFactor) {
        return jdbc.sql("""
                        INSERT INTO arena (name, area_id, sub_area_id, scope, status, meetings_per_year, hours_per_meeting, preparation_factor)
                        VALUES (:n, :a, :s, 'REGIONAL', 'ACTIVE', :m, :h, :f) RETURNING id""")
                .param("n", name).param("a", growth).param("s", infrastructure).param("m", meetingsPerYear)
                .param("h", new BigDecimal(hoursPerMeeting)).param("f", new BigDecimal(preparationFactor)).query(Long.class).single();
    }

    private long person(String name, String kind) {
        return jdbc.sql("INSERT INTO person (name, kind) VALUES (:n, :k) RETURNING id").param("n", name).param("k", kind)
                .query(Long.class).single();
    }

    private long committee(String name, String shortName) {
        return jdbc.sql("INSERT INTO committee (name, short_name) VALUES (:n, :s) RETURNING id").param("n", name).param("s", shortName)
                .query(Long.class).single();
    }

    private long decision(String reference, LocalDate decidedOn) {
        long committee = jdbc.sql("SELECT id FROM committee WHERE short_name = 'RUN'").query(Long.class).optional()
                .orElseGet(() -> committee("Regionala utvecklingsnämnden", "RUN"));
        return jdbc.sql("INSERT INTO decision (committee_id, reference, decided_on, title) VALUES (:c, :r, :d, 'Val av ledamöter')"
                        + " RETURNING id")
                .param("c", committee).param("r", reference).param("d", decidedOn).query(Long.class).single();
    }

    private long term(String name, LocalDate start, LocalDate end) {
        return jdbc.sql("INSERT INTO term (name, start_date, end_date) VALUES (:n, :s, :e) RETURNING id").param("n", name)
                .param("s", start).param("e", end).query(Long.class).single();
    }

    private long appointment(long person, long arena, String role, LocalDate start, LocalDate end) {
        return jdbc.sql("""
                        INSERT INTO appointment (person_id, arena_id, role, start_date, end_date) VALUES (:p, :a, :r, :s, :e)
                        RETURNING id""")
                .param("p", person).param("a", arena).param("r", role).param("s", start).param("e", end).query(Long.class).single();
    }
}
