package se.arenaregister.person;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import se.arenaregister.arena.ArenaSeats;
import se.arenaregister.governance.DecisionEffects;

/** The arena page's composition on a date and the decision page's appointments. */
@Component
class SeatsQuery implements ArenaSeats, DecisionEffects {

    private final PersonQueries queries;

    SeatsQuery(PersonQueries queries) {
        this.queries = queries;
    }

    @Override
    public Composition on(long arenaId, LocalDate date, boolean internal) {
        List<Seat> current = new ArrayList<>();
        List<Seat> earlier = new ArrayList<>();
        int hidden = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (PersonQueries.AppointmentRow a : queries.appointmentsOfArena(arenaId)) {
            boolean active = a.activeOn(date);
            if (active) {
                total = total.add(a.hoursPerYear());
            }
            if (!internal && !a.elected()) {
                hidden += active ? 1 : 0;
                continue;
            }
            Seat seat = new Seat(a.id(), a.personId(), a.personName(), a.party(), a.elected(), a.role().name(), a.startDate(),
                    a.endDate(), a.decisionId(), a.decisionReference(), a.hoursPerYear());
            if (active) {
                current.add(seat);
            } else if (a.startDate().isBefore(date)) {
                earlier.add(seat);
            }
        }
        return new Composition(date, current, earlier, hidden, total);
    }

    @Override
    public List<AppointmentLink> appointmentsBy(long decisionId, boolean internal) {
        return queries.appointmentsByDecision(decisionId).stream()
                .filter(a -> internal || a.elected())
                .map(a -> new AppointmentLink(a.personId(), a.personName(), a.arenaId(), a.arenaName(), a.role().name(),
                        a.startDate(), a.endDate()))
                .toList();
    }
}
