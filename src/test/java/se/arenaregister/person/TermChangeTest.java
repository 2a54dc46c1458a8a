package se.arenaregister.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.arena.ArenaSeats;
import se.arenaregister.governance.Term;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/** After an election: renew, end or reassign every appointment that ends with a term, all or nothing. */
@IntegrationTest
class TermChangeTest {

    @Autowired
    TermChange termChange;
    @Autowired
    Appointments appointments;
    @Autowired
    ArenaSeats seats;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Test
    void renewsEndsAndReassignsInOneGo() {
        Term term = fixtures.term("2023–2026", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
        Term next = fixtures.term("2027–2030", LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31));
        long arena = fixtures.arena("Skiftesarena", false, 4, "2", "1");
        long anna = fixtures.elected("Exempel Anna", "S");
        long bo = fixtures.elected("Exempel Bo", "M");
        long cecilia = fixtures.elected("Exempel Cecilia", "C");
        long david = fixtures.elected("Exempel David", "L");
        long renew = appointments.appoint(new AppointmentForm(anna, arena, Role.CHAIR, term.startDate(), term.endDate(), null, term.id(), null, null));
        long end = appointments.appoint(new AppointmentForm(bo, arena, Role.MEMBER, term.startDate(), term.endDate(), null, term.id(), null, null));
        long reassign = appointments.appoint(new AppointmentForm(cecilia, arena, Role.SUBSTITUTE, term.startDate(), term.endDate(), null,
                term.id(), null, null));

        assertThat(termChange.endingWith(term.id())).contains(renew, end, reassign);

        TermChange.Result result = termChange.apply(term.id(), List.of(
                new TermChange.Choice(renew, TermChange.Action.RENEW, null),
                new TermChange.Choice(end, TermChange.Action.END, null),
                new TermChange.Choice(reassign, TermChange.Action.REASSIGN, david)));

        assertThat(result).isEqualTo(new TermChange.Result(1, 1, 1));
        var inNextTerm = seats.on(arena, next.startDate(), true).current();
        assertThat(inNextTerm).extracting(s -> s.personId() + ":" + s.role())
                .containsExactlyInAnyOrder(anna + ":CHAIR", david + ":SUBSTITUTE");
        assertThat(seats.on(arena, term.endDate(), true).current()).hasSize(3);
    }

    @Test
    void storesNothingWhenOneChoiceCannotBeCarriedOut() {
        Term term = fixtures.term("2023–2026", LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
        fixtures.term("2027–2030", LocalDate.of(2027, 1, 1), LocalDate.of(2030, 12, 31));
        long arena = fixtures.arena("Skiftesarena fel", false, 4, "2", "1");
        long anna = fixtures.elected("Exempel Anna", "S");
        long bo = fixtures.elected("Exempel Bo", "M");
        long renew = appointments.appoint(new AppointmentForm(anna, arena, Role.CHAIR, term.startDate(), term.endDate(), null, term.id(), null, null));
        long reassign = appointments.appoint(new AppointmentForm(bo, arena, Role.MEMBER, term.startDate(), term.endDate(), null, term.id(), null, null));
        int before = jdbc.sql("SELECT count(*) FROM appointment").query(Integer.class).single();

        assertThatThrownBy(() -> termChange.apply(term.id(), List.of(
                new TermChange.Choice(renew, TermChange.Action.RENEW, null),
                new TermChange.Choice(reassign, TermChange.Action.REASSIGN, null))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.rejections())
                        .extracting(InvalidInputException.Rejection::code).contains("term.change.personRequired"));
        assertThat(jdbc.sql("SELECT count(*) FROM appointment").query(Integer.class).single()).isEqualTo(before);
    }
}
