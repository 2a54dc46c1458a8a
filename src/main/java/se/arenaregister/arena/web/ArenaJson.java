package se.arenaregister.arena.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import se.arenaregister.arena.ArenaKind;
import se.arenaregister.arena.ArenaRelationRow;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.RelationKind;
import se.arenaregister.arena.Scope;

/**
 * An arena in API v1: names for areas, organisations and topics; codes for types, levels, scope and
 * status. {@code status} is the status of today (an end date before today reads ENDED), {@code recordedStatus} the one
 * decided; {@code awaiting} and {@code awaitingBy} say what an arena under consideration awaits. {@code relations} are
 * the arena's relations to arenas in use, from either side. {@code responsibleOfficial} names a person and is given to
 * logged-in callers only.
 */
record ArenaJson(long id, String name, String shortName, String area, String subArea, List<String> secondaryAreas,
                 List<ArenaType> types, List<Level> levels, Scope scope, String convener, boolean convenedByHomeOrganisation,
                 List<String> members, String purpose, String otherInfo, List<String> topics, ArenaStatus status,
                 LocalDate startDate, LocalDate endDate, String website, Integer meetingsPerYear, BigDecimal hoursPerMeeting,
                 String responsibleOfficial, ArenaKind kind, String company, BigDecimal preparationFactor,
                 BigDecimal hoursPerParticipantAndYear, LocalDate nextMeetingOn, boolean archived, long version,
                 ArenaStatus recordedStatus, String awaiting, LocalDate awaitingBy, List<RelationJson> relations) {

    /** A relation: {@code fromThisArena} when this arena is the one that is part of, anchored in or linked to {@code arena}. */
    record RelationJson(RelationKind kind, boolean fromThisArena, long arenaId, String arena, String comment) {
    }

    static ArenaJson of(ArenaRow row, boolean internal, List<ArenaRelationRow> relations) {
        return new ArenaJson(row.id(), row.name(), row.shortName(), row.area().name(),
                row.subArea() == null ? null : row.subArea().name(), names(row.secondaryAreas()),
                row.types(), row.levels(), row.scope(), row.convener() == null ? null : row.convener().name(), row.ledByHome(),
                names(row.members()), row.purpose(), row.otherInfo(), names(row.topics()), row.status(),
                row.startDate(), row.endDate(), row.website(), row.meetingsPerYear(), row.hoursPerMeeting(),
                internal ? row.responsibleOfficial() : null, row.kind(), row.company() == null ? null : row.company().name(),
                row.preparationFactor(), row.hoursPerParticipantAndYear(), row.nextMeetingOn(), row.archived(), row.version(),
                row.recordedStatus(), row.awaiting(), row.awaitingBy(),
                relations.stream().map(r -> new RelationJson(r.kind(), r.outgoing(), r.other().id(), r.other().name(), r.comment())).toList());
    }

    private static List<String> names(List<ArenaRow.Ref> refs) {
        return refs.stream().map(ArenaRow.Ref::name).toList();
    }

    /**
     * A page of arenas: {@code {"items": [...], "total": n, "page": p, "size": s, "next": "…", "nextPage": "/api/v1/arenas?…"}}.
     * {@code page} is null when the page was asked by cursor; {@code next} and {@code nextPage} are null on the last page.
     */
    record Page(List<ArenaJson> items, long total, Integer page, int size, String next, String nextPage) {
    }
}
