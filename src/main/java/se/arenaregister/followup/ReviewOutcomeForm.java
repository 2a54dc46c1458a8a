package se.arenaregister.followup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

public record ReviewOutcomeForm(
        @NotBlank @Size(max = 4000) String outcome,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn) {
}
