package se.arenaregister.followup;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Schedule a review of an arena or of an area; {@code recurring} needs a rule (yearly or once per term). Who is
 * responsible: a person of the register, or a name typed for someone who is not in it (not both).
 */
public record ReviewForm(
        Long arenaId,
        Long areaId,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
        Boolean recurring,
        Recurrence rule,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recursUntil,
        @NotBlank @Size(max = 4000) String reason,
        Long responsiblePersonId,
        @Size(max = 200) String responsible) {

    public ReviewForm {
        recurring = Boolean.TRUE.equals(recurring);
    }

    public Recurrence recurrence() {
        return recurring && rule != null ? rule : Recurrence.NONE;
    }
}
