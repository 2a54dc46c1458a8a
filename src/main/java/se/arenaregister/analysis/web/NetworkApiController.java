package se.arenaregister.analysis.web;

import java.time.Clock;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.analysis.internal.NetworkQueries;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.shared.web.Viewers;

/**
 * The network map's data in API v1. A {@code @RestController} apart from the page, so bad input is
 * answered with problem details rather than a page.
 */
@RestController
@Tag(name = "Network", description = "Arenas, the organisations that convene them or are members, and the people who represent us")
class NetworkApiController {

    private final NetworkQueries network;
    private final Clock clock;

    NetworkApiController(NetworkQueries network, Clock clock) {
        this.network = network;
        this.clock = clock;
    }

    @GetMapping("/api/v1/network")
    @Operation(summary = "Live arenas with the organisations that convene them or are members, and the people appointed today; "
            + "the public sees elected representatives only")
    NetworkQueries.Network network(@Parameter(description = "Area or sub-area id") @RequestParam(required = false) Long area,
                                   @RequestParam(required = false) ArenaType type, @RequestParam(required = false) Level level,
                                   Authentication user) {
        return network.network(new NetworkQueries.Filter(area, type, level), LocalDate.now(clock), Viewers.isInternal(user));
    }
}
