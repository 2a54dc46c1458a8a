package se.arenaregister.analysis.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import se.arenaregister.analysis.internal.NetworkQueries;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.shared.web.Viewers;

/**
 * The network map: a cytoscape drawing of arenas, organisations and people (loaded by
 * {@code js/network.js} from {@code /api/v1/network} with the same filters), and the same nodes and links
 * as a table, which is the accessible version and works without JavaScript.
 */
@Controller
class NetworkController {

    static final String VIEW = "analysis/network";

    private final NetworkQueries queries;
    private final Clock clock;

    NetworkController(NetworkQueries queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/network")
    String show(@RequestParam(required = false) Long area, @RequestParam(required = false) ArenaType type,
                @RequestParam(required = false) Level level, @RequestParam(required = false) boolean all,
                Authentication user, Model model) {
        NetworkQueries.Filter filter = new NetworkQueries.Filter(area, type, level);
        UriComponentsBuilder api = UriComponentsBuilder.fromPath("/api/v1/network");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("area", area);
        params.put("type", type);
        params.put("level", level);
        params.forEach((name, value) -> {
            if (value != null) {
                api.queryParam(name, value);
            }
        });
        model.addAttribute("filter", filter);
        model.addAttribute("all", all);
        model.addAttribute("apiUrl", api.build().toUriString());
        model.addAttribute("areas", queries.areas());
        model.addAttribute("types", ArenaType.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("network", queries.network(filter, LocalDate.now(clock), Viewers.isInternal(user)));
        return VIEW;
    }
}
