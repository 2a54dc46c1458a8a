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
        ArenaKind kind,
        Ref company,
        BigDecimal preparationFactor,
        boolean requiresElected,
        LocalDate nextMeetingOn,
        boolean archived,
        long version,
        ArenaStatus recordedStatus,
        String awaiting,
        LocalDate awaitingBy,
        Ref partOf,
        int parts) {

    /**
     * {@code status} is the status as of today: ACTIVE or ENDING with an end date before today reads ENDED.
     * {@code recordedStatus} is the one decided; they differ while an end waits to be confirmed or extended.
     * {@code partOf} is the arena this one is part of ({@link RelationKind#PART_OF}); {@code parts} counts its own parts.
     */
    public boolean endToConfirm() {
        return status == ArenaStatus.ENDED && recordedStatus != ArenaStatus.ENDED;
    }

    /** A named reference to another entry (area, organisation, topic). */
    /** The area that decides who may edit the arena: its sub-area, or its area when it has none. */
    public long owningAreaId() {
        return subArea != null ? subArea.id() : area.id();
    }

    public record Ref(long id, String name) {
    }

    /**
     * Estimated hours per year for one participant: meetings × hours per meeting × preparation and
     * travel factor; {@code null} when meetings or hours are unknown.
     */
    public BigDecimal hoursPerParticipantAndYear() {
        if (meetingsPerYear == null || hoursPerMeeting == null) {
            return null;
        }
        BigDecimal factor = preparationFactor == null ? BigDecimal.ONE : preparationFactor;
        return hoursPerMeeting.multiply(BigDecimal.valueOf(meetingsPerYear)).multiply(factor)
                .setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** Where the arena is grouped: its sub-area, or its area when it has none. */
    public Ref group() {
        return subArea != null ? subArea : area;
    }
}
