package se.arenaregister.governance;

import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** A term of office (mandatperiod), e.g. 2023–2026: 2023-01-01 to 2026-12-31. */
@Table("term")
@Traced(value = EntityType.TERM, tables = "term")
public record Term(@Id Long id, String name, LocalDate startDate, LocalDate endDate) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
