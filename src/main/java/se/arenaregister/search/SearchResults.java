package se.arenaregister.search;

import java.util.List;

/**
 * The answer to a query: its hits grouped by kind (in the order of the kinds), each group with its total count, and a
 * suggested spelling when a word was found nowhere but similar words were ({@code null} otherwise).
 */
public record SearchResults(String query, List<Group> groups, String didYouMean) {

    public static SearchResults none(String query) {
        return new SearchResults(query, List.of(), null);
    }

    /** A kind's hits, the best first; {@code total} counts them all, also those beyond the page. */
    public record Group(String kind, long total, int offset, List<Hit> hits) {

        public boolean hasMore() {
            return offset + hits.size() < total;
        }
    }

    /** One thing found, with where it opens and its title and snippet as text parts, the matched words marked. */
    public record Hit(String kind, long id, String path, List<Part> title, String subtitle, List<Part> snippet) {

        public String titleText() {
            StringBuilder text = new StringBuilder();
            title.forEach(part -> text.append(part.text()));
            return text.toString();
        }
    }

    /** Text as it is to be shown (escaped by the page like any text), {@code marked} where it matched the query. */
    public record Part(String text, boolean marked) {
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }

    public long total() {
        return groups.stream().mapToLong(Group::total).sum();
    }
}
