package se.arenaregister.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the counts a hand-written text states ("tre forum", "14 forum", "tio samverkansforum", "fem nätverk") so
 * they can be compared with what the register computes. The memo's own text says "tre forum" for digitalisation
 * where its appendix lists four; this is how such a difference is shown instead of hidden.
 *
 * <p>"en" and "ett" are left out on purpose: in Swedish they are also the indefinite article, and the memo's
 * "Länspartnerskapet är ett forum för …" states no count. A digit 1 still counts.
 */
public final class StatedNumbers {

    private static final Map<String, Integer> WORDS = Map.ofEntries(
            Map.entry("två", 2), Map.entry("tre", 3), Map.entry("fyra", 4), Map.entry("fem", 5), Map.entry("sex", 6),
            Map.entry("sju", 7), Map.entry("åtta", 8), Map.entry("nio", 9), Map.entry("tio", 10), Map.entry("elva", 11),
            Map.entry("tolv", 12), Map.entry("tretton", 13), Map.entry("fjorton", 14), Map.entry("femton", 15),
            Map.entry("sexton", 16), Map.entry("sjutton", 17), Map.entry("arton", 18), Map.entry("nitton", 19),
            Map.entry("tjugo", 20));

    /**
     * A number word or digits, then a noun naming the bodies counted: forum, arenor or nätverk, also as the last
     * part of a compound ("samverkansforum", "påverkansarenor"). Not a number inside a longer word or figure
     * ("200 000", "100/200", a year).
     */
    private static final Pattern STATED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?<!\\p{N}[\\s/.,])(\\d{1,3}|" + String.join("|", WORDS.keySet().stream()
                    .sorted((a, b) -> b.length() - a.length()).toList()) + ")\\s+(\\p{L}*(?:forum|arenor|nätverk))(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private StatedNumbers() {
    }

    /** A count stated in a text: the phrase as written and the number it says. */
    public record Stated(String phrase, int number) {
    }

    /** Every count the text states, in the order written. */
    public static List<Stated> find(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Stated> found = new ArrayList<>();
        Matcher m = STATED.matcher(text);
        while (m.find()) {
            String number = m.group(1);
            int value = Character.isDigit(number.charAt(0)) ? Integer.parseInt(number) : WORDS.get(number.toLowerCase(Locale.ROOT));
            found.add(new Stated(m.group().replaceAll("\\s+", " "), value));
        }
        return found;
    }

    /** The stated counts that differ from {@code actual}, the number the register holds. */
    public static List<AreaFigures.Discrepancy> discrepancies(String text, int actual) {
        return find(text).stream()
                .filter(s -> s.number() != actual)
                .map(s -> new AreaFigures.Discrepancy(s.phrase(), s.number(), actual))
                .toList();
    }
}
