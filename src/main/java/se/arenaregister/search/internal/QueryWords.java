package se.arenaregister.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What was typed, as words the database can be asked about: only letters and digits survive (no operator, quote or
 * wildcard of any query language reaches SQL), at most {@link #MAX_WORDS} words of a query cut to {@link #MAX_LENGTH}
 * characters. Each word also folded as the index folds it ({@code search_fold}: lower case, å → a, é → e…).
 */
public record QueryWords(String text, List<String> words, List<String> folded) {

    /** Longer input is cut: nobody types more into a search field, and it bounds the work of one query. */
    public static final int MAX_LENGTH = 200;
    static final int MAX_WORDS = 8;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final String ACCENTED = "åäöæøéèêëáàâãüúùûíìîïóòôõýçñß";
    private static final String PLAIN = "aaoaoeeeeaaaauuuuiiiiooooycns";

    public static QueryWords of(String typed) {
        if (typed == null) {
            return new QueryWords("", List.of(), List.of());
        }
        String text = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
        if (text.length() > MAX_LENGTH) {
            text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH).strip();
        }
        Set<String> words = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find() && words.size() < MAX_WORDS) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        List<String> folded = new ArrayList<>();
        for (String word : words) {
            folded.add(fold(word));
        }
        return new QueryWords(text, List.copyOf(words), List.copyOf(folded));
    }

    /** The same query without the words at the given positions (stop words). */
    QueryWords without(Set<Integer> positions) {
        List<String> keptWords = new ArrayList<>();
        List<String> keptFolded = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!positions.contains(i)) {
                keptWords.add(words.get(i));
                keptFolded.add(folded.get(i));
            }
        }
        return new QueryWords(text, List.copyOf(keptWords), List.copyOf(keptFolded));
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The same folding as the database's {@code search_fold}. */
    static String fold(String word) {
        StringBuilder plain = new StringBuilder(word.length());
        for (char c : word.toLowerCase(Locale.ROOT).toCharArray()) {
            int i = ACCENTED.indexOf(c);
            plain.append(i < 0 ? c : PLAIN.charAt(i));
        }
        return plain.toString();
    }

    /**
     * The text-search query: each word as a prefix (as you type), or any of its variants from the word list, all words
     * required. Built from letters and digits only, each lexeme quoted, so no input can make it malformed.
     */
    String tsquery(List<List<String>> variants) {
        List<String> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            List<String> alternatives = new ArrayList<>();
            alternatives.add("'" + words.get(i) + "':*");
            for (String variant : i < variants.size() ? variants.get(i) : List.<String>of()) {
                if (WORD.matcher(variant).matches()) {
                    alternatives.add("'" + variant + "'");
                }
            }
            terms.add("(" + String.join(" | ", alternatives) + ")");
        }
        return String.join(" & ", terms);
    }

    /** A substring pattern over the folded title (the words in order), or null when too short to mean anything. */
    String namesPattern() {
        String joined = String.join("%", folded);
        return joined.length() < 3 ? null : "%" + joined + "%";
    }
}
