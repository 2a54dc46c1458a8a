package se.arenaregister.person;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** A person in a role in an arena for a period, usually by a committee decision (nämnden utser). */
@Table("appointment")
@Traced(value = EntityType.APPOINTMENT, tables = "appointment")
record Appointment(@Id Long id, Long personId, Long arenaId, Role role, LocalDate startDate, LocalDate endDate,
                   Long decisionId, Long termId, Long onBehalfOf, String note, @Version Long version) {

    boolean activeOn(LocalDate date) {
        return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
    }

    Appointment endingOn(LocalDate end) {
        return new Appointment(id, personId, arenaId, role, startDate, end, decisionId, termId, onBehalfOf, note, version);
    }
}
