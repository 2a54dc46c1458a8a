package se.arenaregister.search.web;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import se.arenaregister.search.Search;
import se.arenaregister.search.SearchResults;
import se.arenaregister.shared.web.Viewers;

/**
 * The search page ({@code /search?q=}, results grouped by kind, one kind at a time with {@code kind=}) and the header
 * field's suggestions as you type ({@code /search/suggestions?q=}, an htmx fragment). Both are plain GETs: without
 * JavaScript the header field is an ordinary form to the page.
 */
@Controller
class SearchController {

    static final String VIEW = "search/search";
    static final String SUGGESTIONS_VIEW = "search/suggestions :: suggestions";
    /** Hits on one page of a single kind. */
    static final int PAGE_SIZE = 20;

    private final Search search;

    SearchController(Search search) {
        this.search = search;
    }

    @GetMapping("/search")
    String search(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                  @RequestParam(defaultValue = "0") int offset, Model model, Authentication user) {
        String oneKind = kind != null && search.kinds().contains(kind) ? kind : null;
        SearchResults results = search.search(q, oneKind, oneKind == null ? 0 : offset,
                oneKind == null ? Search.PER_KIND : PAGE_SIZE, Viewers.isInternal(user));
        model.addAttribute("results", results);
        model.addAttribute("kind", oneKind);
        model.addAttribute("pageSize", PAGE_SIZE);
        model.addAttribute("searchQuery", results.query());
        return VIEW;
    }

    @GetMapping("/search/suggestions")
    String suggestions(@RequestParam(required = false) String q, Model model, Authentication user) {
        model.addAttribute("results", search.search(q, null, 0, Search.SUGGESTIONS_PER_KIND, Viewers.isInternal(user)));
        return SUGGESTIONS_VIEW;
    }
}
