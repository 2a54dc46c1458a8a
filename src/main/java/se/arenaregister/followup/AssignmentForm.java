package se.arenaregister.followup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/** An assignment from a decision: to a role and/or a person, reported back at a meeting or by a date. */
public record AssignmentForm(
        @NotNull Long decisionId,
        @Size(max = 200) String assigneeRole,
        Long assigneePersonId,
        @NotBlank @Size(max = 4000) String description,
        Long reportMeetingId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reportDueOn) {
}
