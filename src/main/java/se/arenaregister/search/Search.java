package se.arenaregister.search;

import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.search.internal.SearchQuery;
import se.arenaregister.shared.InvalidInputException;

/**
 * Search across the register: what was typed, in any spelling, ranked and grouped by kind. Anonymous visitors
 * ({@code internal} false) find only public entries.
 */
@Service
public class Search {

    /** Hits per kind on the results page, and at most per request. */
    public static final int PER_KIND = 5;
    public static final int MAX_PER_KIND = 50;
    /** Hits per kind in the header's suggestions. */
    public static final int SUGGESTIONS_PER_KIND = 3;

    private final SearchQuery query;

    Search(SearchQuery query) {
        this.query = query;
    }

    /** The kinds, in the order their groups are shown. */
    public List<String> kinds() {
        return query.kinds();
    }

    /**
     * @param kind   one kind only, or null for all
     * @param offset hits of that kind to skip (paging within a kind)
     * @param limit  hits per kind, at most {@link #MAX_PER_KIND}
     */
    @Transactional(readOnly = true)
    public SearchResults search(String typed, String kind, int offset, int limit, boolean internal) {
        if (kind != null && !kinds().contains(kind)) {
            throw InvalidInputException.of("kind", "search.kind.unknown", String.join(", ", kinds()));
        }
        return query.search(typed, kind, Math.max(0, offset), Math.max(1, Math.min(limit, MAX_PER_KIND)), internal);
    }
}
