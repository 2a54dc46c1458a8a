package se.arenaregister.governance;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;

public record DecisionForm(
        @NotNull Long committeeId,
        @NotBlank @Pattern(regexp = Decisions.REFERENCE_PATTERN, message = "{decision.reference.format}") String reference,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
        @NotBlank @Size(max = 500) String title,
        @Size(max = 40) String paragraph,
        @Size(max = 4000) String description,
        Long version) {

    public static DecisionForm empty() {
        return new DecisionForm(null, "", null, "", "", "", null);
    }

    public static DecisionForm of(Decision d) {
        return new DecisionForm(d.committeeId(), d.reference(), d.decidedOn(), d.title(), d.paragraph(), d.description(), d.version());
    }

    public DecisionForm withVersion(Long newVersion) {
        return new DecisionForm(committeeId, reference, decidedOn, title, paragraph, description, newVersion);
    }
}
