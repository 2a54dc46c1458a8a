package se.arenaregister.person;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** Appoint a person to an arena in a role for a period, optionally by a decision. */
public record AppointmentForm(
        @NotNull Long personId,
        @NotNull Long arenaId,
        @NotNull Role role,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
        Long decisionId,
        Long termId,
        @Size(max = 1000) String note,
        Long version) {

    public static AppointmentForm forArena(long arenaId, LocalDate start) {
        return new AppointmentForm(null, arenaId, Role.MEMBER, start, null, null, null, "", null);
    }

    static AppointmentForm of(Appointment a) {
        return new AppointmentForm(a.personId(), a.arenaId(), a.role(), a.startDate(), a.endDate(), a.decisionId(), a.termId(),
                a.note(), a.version());
    }
}
