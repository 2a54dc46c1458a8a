package se.arenaregister.report;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Resolves a flag: the phrase as written ("tio forum"), the number it states, and why the register counts otherwise. */
public record FlagForm(
        @NotBlank @Size(max = 200) String phrase,
        @NotNull Integer stated,
        @NotBlank @Size(max = 1000) String reason) {
}
