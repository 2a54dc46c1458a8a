package se.arenaregister.person.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.NotFoundException;
import se.arenaregister.shared.web.Viewers;

/**
 * People and memberships in API v1, with Popolo-style membership fields
 * ({@code person, organization, role, start_date, end_date, on_behalf_of}). Anonymous callers see
 * elected representatives' name, party and roles only.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "People", description = "Representatives and their memberships (appointments) in arenas")
class PeopleApiController {

    record PersonJson(long id, String name, PersonKind kind, String party, String title, String area, List<String> committees,
                      java.math.BigDecimal hoursPerYear, boolean erased) {
    }

    record MembershipJson(long id, String person, Long person_id, String organization, long organization_id, String role,
                          LocalDate start_date, LocalDate end_date, String on_behalf_of, String decision,
                          java.math.BigDecimal hours_per_year) {
    }

    private final PersonQueries queries;
    private final ArenaQueries arenas;
    private final se.arenaregister.shared.HomeOrganisation home;
    private final Clock clock;

    PeopleApiController(PersonQueries queries, ArenaQueries arenas, se.arenaregister.shared.HomeOrganisation home, Clock clock) {
        this.queries = queries;
        this.arenas = arenas;
        this.home = home;
        this.clock = clock;
    }

    @GetMapping("/people")
    @Operation(summary = "People; the public sees elected representatives only")
    List<PersonJson> people(Authentication user) {
        boolean internal = Viewers.isInternal(user);
        return queries.people(LocalDate.now(clock), internal).stream().map(p -> json(p, internal)).toList();
    }

    @GetMapping("/people/{id}")
    @Operation(summary = "One person with memberships")
    java.util.Map<String, Object> person(@PathVariable long id, Authentication user) {
        boolean internal = Viewers.isInternal(user);
        var person = queries.person(id, LocalDate.now(clock)).filter(p -> internal || p.kind() == PersonKind.ELECTED)
                .orElseThrow(() -> new NotFoundException("person", id));
        return java.util.Map.of("person", json(person, internal),
                "memberships", queries.appointmentsOfPerson(id).stream().map(a -> membership(a, internal)).toList());
    }

    @GetMapping("/arenas/{id}/memberships")
    @Operation(summary = "An arena's memberships on a date (default today)")
    List<MembershipJson> memberships(@PathVariable long id,
                                     @Parameter(description = "ISO date, default today") @RequestParam(required = false)
                                     @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                     Authentication user) {
        arenas.find(id).orElseThrow(() -> new NotFoundException("arena", id));
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        boolean internal = Viewers.isInternal(user);
        return queries.appointmentsOfArena(id).stream()
                .filter(a -> a.activeOn(on))
                .filter(a -> internal || a.elected())
                .map(a -> membership(a, internal)).toList();
    }

    private PersonJson json(PersonQueries.PersonRow p, boolean internal) {
        return new PersonJson(p.id(), p.name(), p.kind(), p.party(), internal ? p.title() : null, internal ? p.areaName() : null,
                p.committees(), internal ? p.hoursPerYear() : null, p.erased());
    }

    /** Hours per year are internal workload data: null for the public. */
    private MembershipJson membership(PersonQueries.AppointmentRow a, boolean internal) {
        return new MembershipJson(a.id(), a.personName(), a.personId(), a.arenaName(), a.arenaId(), a.role().name(),
                a.startDate(), a.endDate(), home.name(), a.decisionReference(), internal ? a.hoursPerYear() : null);
    }
}
