package se.arenaregister.arena;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traced;

/** The aggregate: an arena and the sets it owns (types, levels, members, topics, secondary areas). */
@Table("arena")
// arena_relation: relations are changed through ArenaRelations and logged in the history of the arena they were changed on.
@Traced(value = EntityType.ARENA, tables = {"arena", "arena_type", "arena_level", "arena_member", "arena_topic", "arena_secondary_area",
    "arena_relation"})
record Arena(
        @Id Long id,
        String name,
        String shortName,
        Long areaId,
        Long subAreaId,
        Scope scope,
        Long convenerId,
        boolean ledByHome,
        String purpose,
        String otherInfo,
        ArenaStatus status,
        LocalDate startDate,
        LocalDate endDate,
        String website,
        Integer meetingsPerYear,
        BigDecimal hoursPerMeeting,
        String responsibleOfficial,
        ArenaKind kind,
        Long companyId,
        BigDecimal preparationFactor,
        boolean requiresElected,
        LocalDate nextMeetingOn,
        boolean archived,
        String awaiting,
        LocalDate awaitingBy,
        @Version Long version,
        // The row's own timestamps: every audit entry has its time.
        @Traced.Omitted Instant createdAt,
        @Traced.Omitted Instant updatedAt,
        @MappedCollection(idColumn = "arena_id") Set<TypeCode> types,
        @MappedCollection(idColumn = "arena_id") Set<LevelCode> levels,
        @MappedCollection(idColumn = "arena_id") @Traced.As("memberIds") Set<Member> members,
        @MappedCollection(idColumn = "arena_id") @Traced.As("topicIds") Set<TopicLink> topics,
        @MappedCollection(idColumn = "arena_id") @Traced.As("secondaryAreaIds") Set<SecondaryArea> secondaryAreas) {

    @Table("arena_type")
    record TypeCode(ArenaType code) {
    }

    @Table("arena_level")
    record LevelCode(Level code) {
    }

    @Table("arena_member")
    record Member(Long organisationId) {
    }

    @Table("arena_topic")
    record TopicLink(Long topicId) {
    }

    @Table("arena_secondary_area")
    record SecondaryArea(Long areaId) {
    }

    Arena archivedAs(boolean newArchived, Instant at) {
        return new Arena(id, name, shortName, areaId, subAreaId, scope, convenerId, ledByHome, purpose, otherInfo, status,
                startDate, endDate, website, meetingsPerYear, hoursPerMeeting, responsibleOfficial, kind, companyId, preparationFactor,
                requiresElected, nextMeetingOn, newArchived, awaiting, awaitingBy, version,
                createdAt, at, types, levels, members, topics, secondaryAreas);
    }

    /** The same arena with another status and end date (confirming the end, or extending it). */
    Arena endingAs(ArenaStatus newStatus, LocalDate newEndDate, Instant at) {
        return new Arena(id, name, shortName, areaId, subAreaId, scope, convenerId, ledByHome, purpose, otherInfo, newStatus,
                startDate, newEndDate, website, meetingsPerYear, hoursPerMeeting, responsibleOfficial, kind, companyId, preparationFactor,
                requiresElected, nextMeetingOn, archived, awaiting, awaitingBy, version,
                createdAt, at, types, levels, members, topics, secondaryAreas);
    }
}
