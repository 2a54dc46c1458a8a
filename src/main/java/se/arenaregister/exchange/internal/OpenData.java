package se.arenaregister.exchange.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything in the register that is public information, as one JSON document. Personal data (the
 * responsible official, appointments) is left out on purpose. The document's shape (and its OpenAPI schema):
 * {@link OpenDataExport#write} streams it in this order, without building this record.
 */
public record OpenData(String generatedAt, String publisher, String license, String licenseNote, String filter,
                       List<ArenaEntry> arenas, List<AreaEntry> areas, List<OrganisationEntry> organisations,
                       List<TopicEntry> topics) {

    public record ArenaEntry(long id, String name, String shortName, long areaId, String area, Long subAreaId, String subArea,
                             List<String> secondaryAreas, List<String> types, List<String> levels, String scope,
                             Long convenerId, String convener, boolean convenedByHomeOrganisation, List<String> members,
                             String purpose, String otherInfo, List<String> topics, String status, LocalDate startDate,
                             LocalDate endDate, String website, Integer meetingsPerYear, BigDecimal hoursPerMeeting,
                             String kind, String company, boolean archived) {
    }

    public record AreaEntry(long id, Long parentId, String name, String description) {
    }

    public record OrganisationEntry(long id, String name, String shortName, String kind, String website, String description,
                                    BigDecimal ownershipShare) {
    }

    public record TopicEntry(long id, String name, String description) {
    }
}
