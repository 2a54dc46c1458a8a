package se.arenaregister.arena;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Who sits in an arena on a given date, for the arena's page. Implemented by the person module
 * (which depends on this one); the arena page shows nothing of people when it is absent.
 */
public interface ArenaSeats {

    /** One appointment as the arena page shows it; {@code role} is a Role code. */
    record Seat(long appointmentId, long personId, String personName, String party, boolean elected, String role,
                LocalDate startDate, LocalDate endDate, Long decisionId, String decisionReference, BigDecimal hoursPerYear) {
    }

    /**
     * Seats on the date and earlier seats; {@code hiddenOfficials} counts officials left out for the
     * public, who see elected representatives only.
     */
    record Composition(LocalDate date, List<Seat> current, List<Seat> earlier, int hiddenOfficials, BigDecimal totalHoursPerYear) {
    }

    Composition on(long arenaId, LocalDate date, boolean internal);
}
