package se.arenaregister.arena;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An arena as the register shows it: names resolved, codes in their natural order. */
public record ArenaRow(
        long id,
        String name,
        String shortName,
        Ref area,
        Ref subArea,
        List<Ref> secondaryAreas,
        List<ArenaType> types,
        List<Level> levels,
        Scope scope,
        Ref convener,
        boolean ledByHome,
        List<Ref> members,
        String purpose,
        String otherInfo,
        List<Ref> topics,
        ArenaStatus status,
        LocalDate startDate,
        LocalDate endDate,
        String website,
        Integer meetingsPerYear,
        BigDecimal hoursPerMeeting,
        String responsibleOfficial,
        boolean archived,
        long version) {

    /** A named reference to another entry (area, organisation, topic). */
    public record Ref(long id, String name) {
    }

    /** Where the arena is grouped: its sub-area, or its area when it has none. */
    public Ref group() {
        return subArea != null ? subArea : area;
    }
}
