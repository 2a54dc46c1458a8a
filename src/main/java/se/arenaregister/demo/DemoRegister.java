package se.arenaregister.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.arenaregister.arena.ArenaKind;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.Scope;
import se.arenaregister.catalog.OrganisationKind;

/** The shape of {@code demo/register.yml}: everything referenced by name, as a person writes it. */
record DemoRegister(List<AreaEntry> areas, List<OrganisationEntry> organisations, List<TopicEntry> topics, List<ArenaEntry> arenas) {

    record AreaEntry(String name, List<String> subAreas) {
    }

    record OrganisationEntry(String name, String shortName, OrganisationKind kind, String website, BigDecimal ownershipShare) {
    }

    record TopicEntry(String name, String description) {
    }

    record ArenaEntry(String name, String shortName, String area, String subArea, List<String> secondaryAreas,
                      List<ArenaType> types, List<Level> levels, Scope scope, String convener, boolean ledByHome,
                      List<String> members, String purpose, String otherInfo, List<String> topics, ArenaStatus status,
                      LocalDate startDate, LocalDate endDate, String website, Integer meetingsPerYear, BigDecimal hoursPerMeeting,
                      String responsibleOfficial, ArenaKind kind, String company, BigDecimal preparationFactor,
                      Boolean requiresElected, LocalDate nextMeetingOn, String awaiting, LocalDate awaitingBy) {
    }
}
