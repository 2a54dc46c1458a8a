package se.arenaregister.search.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.search.Search;
import se.arenaregister.search.SearchResults;
import se.arenaregister.shared.web.Viewers;

@RestController
@Tag(name = "Search", description = "Search across arenas, organisations, people, decisions and topics")
class SearchApiController {

    /** A hit: {@code title} and {@code snippet} as plain text, and as parts with the matched words marked. */
    record HitJson(String kind, long id, String path, String title, String subtitle, String snippet,
                   List<SearchResults.Part> titleParts, List<SearchResults.Part> snippetParts) {
    }

    record GroupJson(String kind, long total, int offset, List<HitJson> hits) {
    }

    record ResultsJson(String query, long total, List<GroupJson> groups, String didYouMean) {
    }

    private final Search search;

    SearchApiController(Search search) {
        this.search = search;
    }

    @GetMapping("/api/v1/search")
    @Operation(summary = "Search the register",
            description = "Swedish stemming, prefixes (as you type), spelling variants and typos (\"Botniska\" finds \"Bottniska korridoren\","
                    + " \"tagtrafik\" finds \"tågtrafik\"). Hits are ranked and grouped by kind (arena, organisation, person, decision, topic),"
                    + " each group with its total; the query is cut to 200 characters and anything but letters and digits is ignored,"
                    + " so any text answers 200. Anonymous callers find only public entries (no officials).")
    ResultsJson search(@Parameter(description = "What to look for") @RequestParam(required = false) String q,
                       @Parameter(description = "One kind only: arena, organisation, person, decision or topic") @RequestParam(required = false) String kind,
                       @Parameter(description = "Hits of each kind to skip") @RequestParam(defaultValue = "0") int offset,
                       @Parameter(description = "Hits per kind, 1–50") @RequestParam(defaultValue = "20") int limit,
                       Authentication user) {
        SearchResults results = search.search(q, kind == null || kind.isBlank() ? null : kind, offset, limit, Viewers.isInternal(user));
        return new ResultsJson(results.query(), results.total(), results.groups().stream()
                .map(g -> new GroupJson(g.kind(), g.total(), g.offset(), g.hits().stream()
                        .map(h -> new HitJson(h.kind(), h.id(), h.path(), h.titleText(), h.subtitle(), text(h.snippet()), h.title(), h.snippet()))
                        .toList()))
                .toList(), results.didYouMean());
    }

    private static String text(List<SearchResults.Part> parts) {
        StringBuilder text = new StringBuilder();
        parts.forEach(p -> text.append(p.text()));
        return text.toString();
    }
}
