package se.arenaregister.person.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.arena.ArenaKind;
import se.arenaregister.person.Role;
import se.arenaregister.person.internal.CompanyQueries;
import se.arenaregister.shared.web.Viewers;

@RestController
@Tag(name = "Companies", description = "Companies the home organisation owns a share of, their bodies and board nominees")
class CompanyApiController {

    private final CompanyQueries queries;
    private final Clock clock;

    CompanyApiController(CompanyQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/v1/companies")
    @Operation(summary = "Owned companies", description = "Board members active today; anonymous callers get elected representatives only.")
    List<CompanyJson> list(Authentication user) {
        return queries.companies(LocalDate.now(clock), Viewers.isInternal(user)).stream().map(CompanyJson::of).toList();
    }

    record CompanyJson(long id, String name, BigDecimal ownershipShare, List<BodyJson> bodies, List<MembershipJson> boardMembers,
                       LocalDate nextGeneralMeeting) {

        static CompanyJson of(CompanyQueries.Company c) {
            return new CompanyJson(c.id(), c.name(), c.ownershipShare(),
                    c.bodies().stream().map(b -> new BodyJson(b.id(), b.name(), b.kind())).toList(),
                    c.boardMembers().stream().map(m -> new MembershipJson(new PersonJson(m.personId(), m.name()), m.role(), m.party(),
                            m.startDate(), m.endDate())).toList(),
                    c.nextGeneralMeeting());
        }
    }

    record BodyJson(long id, String name, ArenaKind kind) {
    }

    /** A board seat as a Popolo membership: snake_case dates, the person embedded. */
    record MembershipJson(PersonJson person, Role role, String party,
                          @JsonProperty("start_date") LocalDate startDate, @JsonProperty("end_date") LocalDate endDate) {
    }

    record PersonJson(long id, String name) {
    }
}
