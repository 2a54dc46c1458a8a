package se.arenaregister.report;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import se.arenaregister.governance.Decisions;

/**
 * The committee's decision on a sent edition: its reference, date and paragraph, and which of the edition's
 * proposals it adopted (they become assignments of the decision).
 */
public record EditionDecisionForm(
        @NotBlank @Pattern(regexp = Decisions.REFERENCE_PATTERN, message = "{decision.reference.format}") String reference,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
        @Size(max = 40) String paragraph,
        List<Long> adoptedProposalIds) {
}
