package se.arenaregister.arena;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;

/** A new end date for an arena whose end has come or is coming: it must lie after today ({@link ArenaService#extendEnd}). */
public record EndDateForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate, Long version) {
}
