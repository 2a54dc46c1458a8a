package se.arenaregister.followup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An assessment of an arena; who assessed is a person of the register or a name typed for someone who is not (not both). */
public record AssessmentForm(
        @NotNull Long arenaId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate assessedOn,
        @NotNull Verdict verdict,
        @NotBlank @Size(max = 4000) String motivation,
        Long assessorPersonId,
        @Size(max = 200) String assessor) {
}
