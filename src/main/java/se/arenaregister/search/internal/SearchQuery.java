package se.arenaregister.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import se.arenaregister.search.SearchIndexer;
import se.arenaregister.search.SearchResults;

/**
 * A query in two statements, whatever the index holds: the typed words' variants from the word list (spelling
 * variants, words without their å, ä, ö, typos by trigram similarity, only words some entry the viewer may see has),
 * then the hits of every kind at once, ranked within their kind (an exact title first, then {@code ts_rank_cd} by
 * weight), counted per kind, and marked with {@code ts_headline} between two private-use characters that the page
 * turns into marked text parts (never into HTML).
 */
@Component
public class SearchQuery {

    /** How alike a word of the list must be to a typed word to stand in for it (pg_trgm similarity, 0–1). */
    static final double SIMILARITY = 0.4;
    /** Shorter words are taken as typed: three letters are too few to tell a typo from another word. */
    static final int TYPO_LENGTH = 4;
    /** Variants taken per typed word. */
    static final int VARIANTS = 6;
    private static final char START = '\uE000';
    private static final char STOP = '\uE001';
    private static final String TITLE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP + ", HighlightAll=true";
    private static final String SNIPPET_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
            + ", MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

    private final JdbcClient jdbc;
    private final Map<String, SearchIndexer> indexers = new LinkedHashMap<>();

    SearchQuery(JdbcClient jdbc, SearchIndex index) {
        this.jdbc = jdbc;
        index.indexers().forEach(indexer -> indexers.put(indexer.kind(), indexer));
    }

    public List<String> kinds() {
        return List.copyOf(indexers.keySet());
    }

    record Variant(int word, boolean stop, String variant, boolean known, double likeness) {
    }

    public SearchResults search(String typed, String kind, int offset, int limit, boolean internal) {
        QueryWords typedWords = QueryWords.of(typed);
        if (typedWords.isEmpty()) {
            return SearchResults.none(typedWords.text());
        }
        List<Variant> found = variants(typedWords, internal);
        // Stop words ("och", "att") are left out, as full-text search leaves them out of the text.
        Set<Integer> stop = new TreeSet<>();
        found.stream().filter(Variant::stop).forEach(v -> stop.add(v.word()));
        QueryWords words = typedWords.without(stop);
        if (words.isEmpty()) {
            return SearchResults.none(typedWords.text());
        }
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < typedWords.words().size(); i++) {
            if (!stop.contains(i)) {
                kept.add(i);
            }
        }
        List<List<String>> variants = new ArrayList<>();
        boolean[] known = new boolean[words.words().size()];
        String[] suggestion = words.words().toArray(String[]::new);
        boolean suggested = false;
        for (int i = 0; i < words.words().size(); i++) {
            variants.add(new ArrayList<>());
        }
        for (Variant v : found) {
            int at = kept.indexOf(v.word());
            if (at < 0) {
                continue;
            }
            known[at] = v.known();
            if (v.variant() != null) {
                variants.get(at).add(v.variant());
            }
        }
        for (int at = 0; at < suggestion.length; at++) {
            if (!known[at] && !variants.get(at).isEmpty()) {
                suggestion[at] = variants.get(at).get(0);
                suggested = true;
            }
        }
        List<SearchResults.Group> groups = hits(words, words.tsquery(variants), kind, offset, limit, internal);
        return new SearchResults(typedWords.text(), groups, suggested ? String.join(" ", suggestion) : null);
    }

    private List<Variant> variants(QueryWords words, boolean internal) {
        return jdbc.sql("""
                        SELECT i.n - 1 AS word, numnode(plainto_tsquery('swedish', i.w)) = 0 AS stop, k.known, v.word AS variant, v.likeness
                        FROM unnest(CAST(:words AS text[])) WITH ORDINALITY AS i(w, n)
                        CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM search_word p
                                                           WHERE p.folded >= i.w AND p.folded < i.w || chr(1114111)) AS known) k
                        LEFT JOIN LATERAL (
                            SELECT s.word, similarity(s.folded, i.w) AS likeness
                            FROM search_word s
                            WHERE ((s.word <> s.folded AND s.folded >= i.w AND s.folded < i.w || chr(1114111))
                                   OR (length(i.w) >= :typoLength AND s.folded % i.w AND similarity(s.folded, i.w) >= :similarity))
                              AND EXISTS (SELECT 1 FROM search_entry e
                                          WHERE e.document @@ plainto_tsquery('swedish', s.word) AND (e.public OR :internal))
                            ORDER BY similarity(s.folded, i.w) DESC, s.word
                            LIMIT :variants) v ON TRUE
                        ORDER BY i.n, v.likeness DESC NULLS LAST, v.word""")
                .param("words", words.folded().toArray(String[]::new))
                .param("similarity", SIMILARITY)
                .param("internal", internal)
                .param("variants", VARIANTS)
                .param("typoLength", TYPO_LENGTH)
                .query((rs, n) -> new Variant(rs.getInt("word"), rs.getBoolean("stop"), rs.getString("variant"), rs.getBoolean("known"), rs.getDouble("likeness")))
                .list();
    }

    private List<SearchResults.Group> hits(QueryWords words, String tsquery, String kind, int offset, int limit, boolean internal) {
        Map<String, List<SearchResults.Hit>> hits = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        jdbc.sql("""
                        WITH q AS (SELECT to_tsquery('swedish', :tsquery) AS query),
                        matches AS (
                            SELECT e.kind, e.entity_id, e.title, e.subtitle, coalesce(nullif(e.body, ''), e.keywords, '') AS snippet,
                                   lower(e.title) = :exact AS exact, ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', e.document, q.query) AS rank
                            FROM search_entry e, q
                            WHERE (e.public OR :internal) AND (CAST(:kind AS text) IS NULL OR e.kind = :kind)
                              AND (e.document @@ q.query OR (CAST(:names AS text) IS NOT NULL AND e.names LIKE :names))),
                        ranked AS (
                            SELECT m.*, count(*) OVER (PARTITION BY m.kind) AS total,
                                   row_number() OVER (PARTITION BY m.kind ORDER BY m.exact DESC, m.rank DESC, m.title, m.entity_id) AS place
                            FROM matches m)
                        SELECT r.kind, r.entity_id, r.total, r.subtitle,
                               ts_headline('swedish', r.title, q.query, :titleOptions) AS title,
                               ts_headline('swedish', r.snippet, q.query, :snippetOptions) AS snippet
                        FROM ranked r, q
                        WHERE r.place > :offset AND r.place <= :offset + :limit
                        ORDER BY r.kind, r.place""")
                .param("tsquery", tsquery)
                .param("exact", words.text().toLowerCase(Locale.ROOT))
                .param("internal", internal)
                .param("kind", kind)
                .param("names", words.namesPattern())
                .param("titleOptions", TITLE_OPTIONS)
                .param("snippetOptions", SNIPPET_OPTIONS)
                .param("offset", offset)
                .param("limit", limit)
                .query(rs -> {
                    String k = rs.getString("kind");
                    SearchIndexer indexer = indexers.get(k);
                    if (indexer == null) {
                        return;
                    }
                    long id = rs.getLong("entity_id");
                    totals.put(k, rs.getLong("total"));
                    hits.computeIfAbsent(k, x -> new ArrayList<>()).add(new SearchResults.Hit(k, id, indexer.path(id),
                            parts(rs.getString("title")), rs.getString("subtitle"), parts(rs.getString("snippet"))));
                });
        List<SearchResults.Group> groups = new ArrayList<>();
        for (String k : indexers.keySet()) {
            if (hits.containsKey(k)) {
                groups.add(new SearchResults.Group(k, totals.get(k), offset, List.copyOf(hits.get(k))));
            }
        }
        return groups;
    }

    /** Splits a headline at its markers into text parts; a marker character in the data itself only ends up as a part. */
    static List<SearchResults.Part> parts(String headline) {
        List<SearchResults.Part> parts = new ArrayList<>();
        if (headline == null || headline.isBlank()) {
            return parts;
        }
        StringBuilder text = new StringBuilder();
        boolean marked = false;
        for (char c : headline.toCharArray()) {
            if (c == START || c == STOP) {
                if (!text.isEmpty()) {
                    parts.add(new SearchResults.Part(text.toString(), marked));
                    text.setLength(0);
                }
                marked = c == START;
            } else {
                text.append(c);
            }
        }
        if (!text.isEmpty()) {
            parts.add(new SearchResults.Part(text.toString(), marked));
        }
        return parts;
    }
}
