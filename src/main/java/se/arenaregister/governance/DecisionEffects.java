package se.arenaregister.governance;

import java.time.LocalDate;
import java.util.List;

/** What a decision did, for its page: the appointments it made. Implemented by the person module. */
public interface DecisionEffects {

    record AppointmentLink(long personId, String personName, long arenaId, String arenaName, String role,
                           LocalDate startDate, LocalDate endDate) {
    }

    List<AppointmentLink> appointmentsBy(long decisionId, boolean internal);
}
