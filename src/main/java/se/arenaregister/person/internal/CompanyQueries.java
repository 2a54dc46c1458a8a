package se.arenaregister.person.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.ArenaKind;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.person.Role;

/**
 * The companies the home organisation owns a share of, with their owner council, general meeting
 * and board, the board's nominees on a date and the next general meeting. Three statements for the
 * whole list (companies, bodies, nominees), grouped per company here.
 */
@Component
@Transactional(readOnly = true)
public class CompanyQueries {

    private final Catalog catalog;
    private final JdbcClient jdbc;

    CompanyQueries(Catalog catalog, JdbcClient jdbc) {
        this.catalog = catalog;
        this.jdbc = jdbc;
    }

    public record Company(long id, String name, String shortName, BigDecimal ownershipShare, List<Body> bodies,
                          List<BoardMember> boardMembers, LocalDate nextGeneralMeeting) {
    }

    /** An owner council, general meeting or board: an arena tied to the company. */
    public record Body(long id, String name, ArenaKind kind, LocalDate nextMeetingOn, long companyId) {
    }

    /** A person appointed to one of the company's boards. */
    public record BoardMember(long appointmentId, long personId, String name, boolean elected, String party, Role role,
                              LocalDate startDate, LocalDate endDate, long arenaId, long companyId) {
    }

    /**
     * Owned companies by name. Nominees are those appointed to a board on the date; the public sees
     * elected representatives only, as everywhere.
     */
    public List<Company> companies(LocalDate date, boolean internal) {
        List<Organisation> owned = catalog.organisations().stream().filter(Organisation::isOwnedCompany).toList();
        if (owned.isEmpty()) {
            return List.of();
        }
        List<Long> ids = owned.stream().map(Organisation::id).toList();
        Map<Long, List<Body>> bodies = bodies(ids).stream().collect(Collectors.groupingBy(Body::companyId));
        Map<Long, List<BoardMember>> members = boardMembers(ids, date, internal).stream()
                .collect(Collectors.groupingBy(BoardMember::companyId));
        return owned.stream().map(o -> {
            List<Body> own = bodies.getOrDefault(o.id(), List.of());
            return new Company(o.id(), o.name(), o.shortName(), o.ownershipShare(), own, members.getOrDefault(o.id(), List.of()),
                    nextGeneralMeeting(own));
        }).toList();
    }

    /** The earliest meeting date set on any of the company's general meetings. */
    private static LocalDate nextGeneralMeeting(List<Body> bodies) {
        return bodies.stream().filter(b -> b.kind() == ArenaKind.GENERAL_MEETING).map(Body::nextMeetingOn)
                .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
    }

    private List<Body> bodies(List<Long> companyIds) {
        return jdbc.sql("""
                        SELECT a.id, a.name, a.kind, a.next_meeting_on, a.company_id FROM arena_overview a
                        WHERE a.company_id IN (:ids) AND NOT a.archived
                        ORDER BY a.company_id, array_position(ARRAY['OWNER_COUNCIL', 'GENERAL_MEETING', 'BOARD']::varchar[], a.kind),
                                 lower(a.name)""")
                .param("ids", companyIds)
                .query((rs, n) -> new Body(rs.getLong("id"), rs.getString("name"), ArenaKind.valueOf(rs.getString("kind")),
                        rs.getObject("next_meeting_on", LocalDate.class), rs.getLong("company_id")))
                .list();
    }

    private List<BoardMember> boardMembers(List<Long> companyIds, LocalDate date, boolean internal) {
        String publicOnly = internal ? "" : " AND p.kind = 'ELECTED'";
        return jdbc.sql("""
                        SELECT x.id, x.person_id, p.name, p.kind, p.party, x.role, x.start_date, x.end_date, x.arena_id, a.company_id
                        FROM appointment x JOIN person p ON p.id = x.person_id JOIN arena_overview a ON a.id = x.arena_id
                        WHERE a.kind = 'BOARD' AND a.company_id IN (:ids) AND NOT a.archived
                          AND x.start_date <= :date AND (x.end_date IS NULL OR x.end_date >= :date)%s
                        ORDER BY a.company_id,
                                 array_position(ARRAY['CHAIR', 'VICE_CHAIR', 'MEMBER', 'SUBSTITUTE']::varchar[], x.role) NULLS LAST,
                                 x.role, lower(p.name)""".formatted(publicOnly))
                .param("ids", companyIds).param("date", date)
                .query((rs, n) -> new BoardMember(rs.getLong("id"), rs.getLong("person_id"), rs.getString("name"),
                        "ELECTED".equals(rs.getString("kind")), rs.getString("party"), Role.valueOf(rs.getString("role")),
                        rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                        rs.getLong("arena_id"), rs.getLong("company_id")))
                .list();
    }
}
