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
 * as a table, which is the accessible version and works without JavaScript. A large selection starts from
 * clusters (areas, kinds of organisation) with counts, in the map and in the table: the map expands a cluster
 * on demand, the table links each area to its own map and pages the arenas placed directly in the chosen area.
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
                @RequestParam(required = false) boolean clusters, @RequestParam(defaultValue = "0") int page,
                Authentication user, Model model) {
        NetworkQueries.Filter filter = new NetworkQueries.Filter(area, type, level);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("type", type);
        params.put("level", level);
        params.put("clusters", clusters ? true : null);
        // Bounded so that page × 100 stays an int; past the last page the table is just empty.
        int shown = Math.min(Math.max(0, page), 10_000_000);
        NetworkQueries.Network network = queries.view(filter, clusters, shown, LocalDate.now(clock), Viewers.isInternal(user));
        Map<String, String> areaLinks = new LinkedHashMap<>();
        network.clusters("area").forEach(c -> areaLinks.put(c.id(), link(c.id().substring("area:".length()), params, null)));
        String areaId = area == null ? null : String.valueOf(area);
        model.addAttribute("filter", filter);
        model.addAttribute("all", all);
        model.addAttribute("clusters", clusters);
        model.addAttribute("apiUrl", link(areaId, params, null).replaceFirst("^/network", "/api/v1/network"));
        model.addAttribute("areas", queries.areas());
        model.addAttribute("types", ArenaType.values());
        model.addAttribute("levels", Level.values());
        model.addAttribute("network", network);
        model.addAttribute("areaLinks", areaLinks);
        if (network.page() != null) {
            model.addAttribute("firstShown", Math.min(network.direct(), shown * NetworkQueries.PAGE + 1));
            model.addAttribute("lastShown", Math.min(network.direct(), (shown + 1) * NetworkQueries.PAGE));
            model.addAttribute("previousPage", shown > 0 ? link(areaId, params, shown - 1) : null);
            model.addAttribute("nextPage", network.more() != null && network.more() > 0 ? link(areaId, params, shown + 1) : null);
        }
        return VIEW;
    }

    /** {@code /network} for an area (or none) with the other filters kept; a page of its arenas when given. */
    private static String link(String area, Map<String, Object> params, Integer page) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath("/network");
        if (area != null) {
            url.queryParam("area", area);
        }
        params.forEach((name, value) -> {
            if (value != null) {
                url.queryParam(name, value);
            }
        });
        if (page != null && page > 0) {
            url.queryParam("page", page);
        }
        return url.build().toUriString();
    }
}
