package se.arenaregister.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.arena.ArenaSeats;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/** The rules of appointing, and who sits in an arena on a given date across a term boundary. */
@IntegrationTest
class AppointmentRulesTest {

    static final LocalDate TERM_1_START = LocalDate.of(2019, 1, 1);
    static final LocalDate TERM_1_END = LocalDate.of(2022, 12, 31);
    static final LocalDate TERM_2_START = LocalDate.of(2023, 1, 1);
    static final LocalDate TERM_2_END = LocalDate.of(2026, 12, 31);

    @Autowired
    Appointments appointments;
    @Autowired
    ArenaSeats seats;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    static AppointmentForm form(long person, long arena, Role role, LocalDate start, LocalDate end) {
        return new AppointmentForm(person, arena, role, start, end, null, null, null, null);
    }

    static java.util.List<String> codes(InvalidInputException e) {
        return e.rejections().stream().map(r -> r.field() + ":" + r.code()).toList();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        long arena = fixtures.arena("Regelarena", false, 4, "2", "1");
        long person = fixtures.elected("Exempel Regel", "S");
        assertThatThrownBy(() -> appointments.appoint(form(person, arena, Role.MEMBER, TERM_2_START, TERM_1_END)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(codes(e)).contains("endDate:appointment.endDate.beforeStart"));
    }

    @Test
    @Tag("external-postgres")
    void refusesTheSameRoleTwiceInOverlappingPeriodsButAllowsConsecutiveOnes() {
        long arena = fixtures.arena("Överlappsarena", false, 4, "2", "1");
        long person = fixtures.elected("Exempel Överlapp", "M");
        appointments.appoint(form(person, arena, Role.MEMBER, TERM_1_START, TERM_1_END));
        int before = count();

        assertThatThrownBy(() -> appointments.appoint(form(person, arena, Role.MEMBER, LocalDate.of(2022, 6, 1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).contains("startDate:appointment.overlap"));
        assertThat(count()).isEqualTo(before);

        appointments.appoint(form(person, arena, Role.MEMBER, TERM_2_START, TERM_2_END));
        appointments.appoint(form(person, arena, Role.RAPPORTEUR, LocalDate.of(2022, 6, 1), null));
        assertThat(count()).isEqualTo(before + 2);
    }

    @Test
    void refusesAnOfficialInASeatRequiringAnElectedPerson() {
        long arena = fixtures.arena("Politisk plats", true, 4, "2", "1");
        long official = fixtures.official("Exempel Tjänsteperson");
        long elected = fixtures.elected("Exempel Politiker", "C");
        assertThatThrownBy(() -> appointments.appoint(form(official, arena, Role.MEMBER, TERM_2_START, TERM_2_END)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(codes(e)).contains("personId:appointment.person.notElected"));
        appointments.appoint(form(elected, arena, Role.MEMBER, TERM_2_START, TERM_2_END));
        // An official may still support the arena in a role that is not a seat.
        appointments.appoint(form(official, arena, Role.OBSERVER, TERM_2_START, null));
    }

    @Test
    void showsTheCompositionOnAnyDateAcrossATermBoundary() {
        long arena = fixtures.arena("Sammansättningsarena", false, 10, "3", "1.5");
        long anna = fixtures.elected("Exempel Anna", "S");
        long bo = fixtures.elected("Exempel Bo", "M");
        long cecilia = fixtures.official("Exempel Cecilia");
        appointments.appoint(form(anna, arena, Role.CHAIR, TERM_1_START, TERM_1_END));
        appointments.appoint(form(bo, arena, Role.CHAIR, TERM_2_START, TERM_2_END));
        appointments.appoint(form(cecilia, arena, Role.RAPPORTEUR, LocalDate.of(2021, 3, 1), null));

        var lastDayOfTerm1 = seats.on(arena, TERM_1_END, true);
        assertThat(lastDayOfTerm1.current()).extracting(ArenaSeats.Seat::personId).containsExactlyInAnyOrder(anna, cecilia);

        var firstDayOfTerm2 = seats.on(arena, TERM_2_START, true);
        assertThat(firstDayOfTerm2.current()).extracting(ArenaSeats.Seat::personId).containsExactlyInAnyOrder(bo, cecilia);
        assertThat(firstDayOfTerm2.earlier()).extracting(ArenaSeats.Seat::personId).containsExactly(anna);
        // 10 meetings × 3 hours × 1.5 = 45 hours per participant; two participants.
        assertThat(firstDayOfTerm2.totalHoursPerYear()).isEqualByComparingTo("90");

        var publicView = seats.on(arena, TERM_2_START, false);
        assertThat(publicView.current()).extracting(ArenaSeats.Seat::personId).containsExactly(bo);
        assertThat(publicView.hiddenOfficials()).isEqualTo(1);

        var beforeAnyone = seats.on(arena, LocalDate.of(2018, 12, 31), true);
        assertThat(beforeAnyone.current()).isEmpty();
    }

    @Test
    void endsAnAppointmentOnAGivenDay() {
        long arena = fixtures.arena("Avslutsarena", false, 4, "2", "1");
        long person = fixtures.elected("Exempel Avslut", "V");
        long id = appointments.appoint(form(person, arena, Role.MEMBER, TERM_2_START, null));
        appointments.end(id, LocalDate.of(2024, 6, 30));
        assertThat(seats.on(arena, LocalDate.of(2024, 6, 30), true).current()).hasSize(1);
        assertThat(seats.on(arena, LocalDate.of(2024, 7, 1), true).current()).isEmpty();
        assertThatThrownBy(() -> appointments.end(id, LocalDate.of(2020, 1, 1))).isInstanceOf(InvalidInputException.class);
    }

    private int count() {
        return jdbc.sql("SELECT count(*) FROM appointment").query(Integer.class).single();
    }
}
