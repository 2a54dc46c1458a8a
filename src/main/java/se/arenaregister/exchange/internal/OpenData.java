package se.arenaregister.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything in the register that is public information, as one JSON document, the same for every reader (signed in
 * or not). Of people only what is public: an arena's elected representatives by name and party, its officials by
 * their role (title) alone, never by name; the responsible official and contact details are left out. The
 * document's shape (and its OpenAPI schema): {@link OpenDataExport#write} streams it in this order, without building
 * this record.
 */
public record OpenData(String generatedAt, String publisher, String license, String licenseNote, String filter,
                       List<ArenaEntry> arenas, List<AreaEntry> areas, List<OrganisationEntry> organisations,
                       List<TopicEntry> topics) {

    public record ArenaEntry(long id, String name, String shortName, long areaId, String area, Long subAreaId, String subArea,
                             List<String> secondaryAreas, List<String> types, List<String> levels, String scope,
                             Long convenerId, String convener, boolean convenedByHomeOrganisation, List<String> members,
                             String purpose, String otherInfo, List<String> topics, String status, LocalDate startDate,
                             LocalDate endDate, String website, Integer meetingsPerYear, BigDecimal hoursPerMeeting,
                             String kind, String company, boolean archived, List<RepresentativeEntry> representatives) {
    }

    /**
     * An appointment in the arena today: {@code kind} ELECTED with name and party, or OFFICIAL with the official's title
     * (may be null) and no name; {@code role} a role code (MEMBER, CHAIR, …).
     */
    public record RepresentativeEntry(String kind, String name, String party, String title, String role) {
    }

    public record AreaEntry(long id, Long parentId, String name, String description) {
    }

    public record OrganisationEntry(long id, String name, String shortName, String kind, String website, String description,
                                    BigDecimal ownershipShare) {
    }

    public record TopicEntry(long id, String name, String description) {
    }
}
