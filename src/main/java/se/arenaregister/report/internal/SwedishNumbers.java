package se.arenaregister.report.internal;

import java.util.Locale;
import java.util.Objects;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

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
 * The words come from ICU's Swedish spellout rules ({@link RuleBasedNumberFormat}, rule sets
 * {@code %spellout-cardinal-neuter} and {@code %spellout-cardinal-reale}, as its {@code getRuleSetNames()} lists them
 * for "sv"), the digits from ICU's number formatter; nothing here is a hand-written table of words.
 */
public final class SwedishNumbers {

    /** The noun's gender, which only "one" shows: "ett forum", "en arena". */
    public enum Gender {
        /** Neuter (ett-ord): forum, nätverk, råd. The memo's default. */
        NEUTER("%spellout-cardinal-neuter"),
        /** Common gender (en-ord, "reale" in ICU's rule names): arena, grupp. */
        COMMON("%spellout-cardinal-reale");

        private final String ruleSet;

        Gender(String ruleSet) {
            this.ruleSet = ruleSet;
        }
    }

    /** The largest number written in words; from thirteen on, digits. */
    static final int LARGEST_IN_WORDS = 12;

    static final String NONE = "inga";
    static final String ALL = "samtliga";

    private static final ULocale SWEDISH = new ULocale("sv");
    private static final Locale SWEDISH_LOCALE = Locale.forLanguageTag("sv");

    /*
     * RuleBasedNumberFormat is not thread-safe (ICU: "number formats are generally not synchronized; create separate
     * format instances for each thread"), and the memo is written on whichever request thread asks for it. One per
     * call would be safe but costs: building one parses the whole Swedish rule text, measured at 0.4-1.3 ms, and a
     * memo has a figure in most sentences. So each thread builds its own once and keeps it.
     *
     * ICU's words for 1-12 are the memo's in both genders (ett/en, två ... tolv). The one place it differs is zero:
     * ICU says "noll", the memo says "inga"; count and part never ask ICU for zero.
     */
    private static final ThreadLocal<RuleBasedNumberFormat> SPELLOUT =
            ThreadLocal.withInitial(() -> new RuleBasedNumberFormat(SWEDISH, RuleBasedNumberFormat.SPELLOUT));

    /*
     * Digits: MIN2 groups only from five digits on ("1200" but "12 500"). The separator is pinned to U+00A0 rather
     * than taken from CLDR's Swedish data (which has U+00A0 today) so that a CLDR change, such as French's move to
     * U+202F, cannot change the memo unnoticed. LocalizedNumberFormatter is immutable and thread-safe.
     */
    private static final LocalizedNumberFormatter DIGITS = NumberFormatter.withLocale(SWEDISH)
            .grouping(NumberFormatter.GroupingStrategy.MIN2)
            .symbols(noBreakSpaceGrouping());

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
            return SPELLOUT.get().format(n, gender.ruleSet);
        }
        return DIGITS.format(n).toString();
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

    private static DecimalFormatSymbols noBreakSpaceGrouping() {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(SWEDISH);
        symbols.setGroupingSeparatorString("\u00A0");
        return symbols;
    }
}
