package se.arenaregister.report.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;


/**
 * Computed figures as the memo's Swedish sentences write them, following the memo RUN/78/2022 and Språkrådet's
 * rules (Språkrådet, Svenska skrivregler: "Skriv ut tal från ett till tolv med bokstäver i löpande text"):
 * <ul>
 *   <li>one to twelve in words, larger numbers in digits: "tio forum, varav tre leds av regionen", "14 forum varav
 *       åtta";</li>
 *   <li>one agrees with the noun: "ett forum" (neuter, the default: forum, nätverk, råd) but "en arena" (common
 *       gender); two and up have one form;</li>
 *   <li>zero is "inga": "inga forum", and as a part "varav inga";</li>
 *   <li>a part of a whole ("varav …") that is the whole is "samtliga": "tio forum varav samtliga är på
 *       tjänstepersonsnivå"; when the whole is zero the part is "inga";</li>
 *   <li>five digits or more are grouped in threes with a no-break space (U+00A0), "12&nbsp;500"; four digits are not
 *       grouped, "1200";</li>
 *   <li>a count is never negative: a negative figure is a bug upstream and is refused
 *       ({@link IllegalArgumentException}), not printed;</li>
 *   <li>at the start of a sentence the word takes a capital, "Tio forum …", "Ett forum …"; digits stay digits.</li>
 * </ul>
 * The twelve words are written out here rather than taken from ICU4J at run time: ICU4J is 15 MB of the runnable jar
 * (issue 14 asks for a lean one) and the memo needs twelve words and a grouping rule from it. ICU stays the authority
 * in the tests: {@code SwedishNumbersTest} checks every word against ICU's Swedish spellout rules
 * ({@code %spellout-cardinal-neuter}, {@code %spellout-cardinal-reale}) and the digits against ICU's number
 * formatter with minimum grouping, so a table that drifts from ICU fails the build.
 */
public final class SwedishNumbers {

    /** The noun's gender, which only "one" shows: "ett forum", "en arena". */
    public enum Gender {
        /** Neuter (ett-ord): forum, nätverk, råd. The memo's default. */
        NEUTER("ett"),
        /** Common gender (en-ord, "reale" in ICU's rule names): arena, grupp. */
        COMMON("en");

        private final String one;

        Gender(String one) {
            this.one = one;
        }
    }

    /** The largest number written in words; from thirteen on, digits. */
    static final int LARGEST_IN_WORDS = 12;

    static final String NONE = "inga";
    static final String ALL = "samtliga";
    /** The digits are grouped in threes from this number on ("1200" but "12 500"): ICU's minimum grouping of two. */
    static final long GROUPED_FROM = 10_000;
    /** Pinned, not taken from CLDR's Swedish data (U+00A0 today), so that a CLDR change cannot change the memo. */
    static final char GROUPING_SPACE = '\u00A0';

    /** Two to twelve, as ICU's Swedish spellout writes them in both genders; one depends on the gender. */
    private static final List<String> TWO_TO_TWELVE = List.of("två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva",
            "tolv");

    private static final Locale SWEDISH_LOCALE = Locale.forLanguageTag("sv");

    private SwedishNumbers() {
    }

    /** A count of a neuter noun ("ett forum", "tre nätverk", "inga råd", "14 forum"). */
    public static String count(long n) {
        return count(n, Gender.NEUTER);
    }

    /** A count: "inga" for zero, words from one to twelve (agreeing with the noun's gender in "ett/en"), digits above. */
    public static String count(long n, Gender gender) {
        Objects.requireNonNull(gender, "gender");
        requireCount(n, "count");
        if (n == 0) {
            return NONE;
        }
        if (n <= LARGEST_IN_WORDS) {
            return n == 1 ? gender.one : TWO_TO_TWELVE.get((int) n - 2);
        }
        return digits(n);
    }

    /** Digits, grouped in threes with a no-break space from five digits on. */
    static String digits(long n) {
        String plain = Long.toString(n);
        if (n < GROUPED_FROM) {
            return plain;
        }
        StringBuilder grouped = new StringBuilder(plain);
        for (int at = plain.length() - 3; at > 0; at -= 3) {
            grouped.insert(at, GROUPING_SPACE);
        }
        return grouped.toString();
    }

    /** A part of a neuter whole, after "varav": see {@link #part(long, long, Gender)}. */
    public static String part(long n, long whole) {
        return part(n, whole, Gender.NEUTER);
    }

    /**
     * A part of a whole, as written after "varav": "inga" when the part (or the whole) is zero, "samtliga" when the
     * part is the whole, otherwise as {@link #count(long, Gender)}. A part larger than its whole is a miscount and is
     * refused like a negative one.
     */
    public static String part(long n, long whole, Gender gender) {
        Objects.requireNonNull(gender, "gender");
        requireCount(n, "part");
        requireCount(whole, "whole");
        if (n > whole) {
            throw new IllegalArgumentException("A part (" + n + ") cannot be larger than its whole (" + whole + ")");
        }
        if (n == 0) {
            return NONE;
        }
        if (n == whole) {
            return ALL;
        }
        return count(n, gender);
    }

    /** The text with its first letter capitalised, for the start of a sentence: "Tio", "Ett", "Samtliga"; "14" stays. */
    public static String capitalised(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            return text;
        }
        int end = text.offsetByCodePoints(0, 1);
        return text.substring(0, end).toUpperCase(SWEDISH_LOCALE) + text.substring(end);
    }

    private static void requireCount(long n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException("A " + what + " cannot be negative: " + n);
        }
    }
}
