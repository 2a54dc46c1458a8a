package se.arenaregister.followup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

public record MeetingForm(
        @NotNull Long committeeId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate meetsOn,
        @Size(max = 4000) String agendaNote) {
}
