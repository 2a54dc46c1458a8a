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
    @Operation(summary = "The network map: the whole network of a small selection, clusters with counts for a large one",
            description = """
                    Up to 250 live arenas match the filter: `view` is `whole`, every arena with the organisations that \
                    convene it or are members and the people appointed today (as before). Above that, or with \
                    `clusters=true`: `view` is `clusters`, the areas (with `area`: its sub-areas) and the kinds of \
                    organisation as nodes with counts (`count`, `links`, `representatives`) and an `expand` key, edges \
                    with the number of links (`count`), and the first 100 arenas placed directly in the filtered area \
                    with their links (`page`, `more`). Expand a cluster with `expand=area:{id}` (its sub-areas and \
                    arenas, under the same type and level) or `expand=organisations:{kind}` (its organisations, most \
                    linked first, 100 a page). The public sees elected representatives only, never officials' names; \
                    the counts of representatives follow the same rule.""")
    NetworkQueries.Network network(@Parameter(description = "Area or sub-area id") @RequestParam(required = false) Long area,
                                   @RequestParam(required = false) ArenaType type, @RequestParam(required = false) Level level,
                                   @Parameter(description = "A cluster's expand key: area:{id} or organisations:{kind}")
                                   @RequestParam(required = false) String expand,
                                   @Parameter(description = "Start from clusters even for a small selection")
                                   @RequestParam(required = false) boolean clusters,
                                   @Parameter(description = "Page of an expansion, from 0; 100 arenas or organisations a page")
                                   @RequestParam(defaultValue = "0") int page,
                                   Authentication user) {
        NetworkExpansion.Request request = NetworkExpansion.parse(expand, page);
        return NetworkExpansion.answer(network, request, new NetworkQueries.Filter(area, type, level), clusters, LocalDate.now(clock),
                Viewers.isInternal(user));
    }
}
