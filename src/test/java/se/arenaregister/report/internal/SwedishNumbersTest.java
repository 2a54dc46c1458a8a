package se.arenaregister.report.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.ibm.icu.number.LocalizedNumberFormatter;
import com.ibm.icu.number.NumberFormatter;
import com.ibm.icu.text.DecimalFormatSymbols;
import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.arenaregister.report.internal.SwedishNumbers.Gender;

class SwedishNumbersTest {

    private static final String NBSP = "\u00A0";
    private static final List<String> ONE_TO_TWELVE =
            List.of("ett", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio", "elva", "tolv");

    @ParameterizedTest(name = "{0}: {1} forum, {2} arena")
    @CsvSource({
        "0,  inga, inga",
        "1,  ett,  en",
        "2,  två,  två",
        "3,  tre,  tre",
        "4,  fyra, fyra",
        "5,  fem,  fem",
        "6,  sex,  sex",
        "7,  sju,  sju",
        "8,  åtta, åtta",
        "9,  nio,  nio",
        "10, tio,  tio",
        "11, elva, elva",
        "12, tolv, tolv",
        "13, 13,   13",
        "14, 14,   14",
        "15, 15,   15",
        "16, 16,   16",
        "17, 17,   17",
        "18, 18,   18",
        "19, 19,   19",
        "20, 20,   20",
    })
    void zeroToTwentyInBothGenders(long n, String neuter, String common) {
        assertThat(SwedishNumbers.count(n, Gender.NEUTER)).isEqualTo(neuter);
        assertThat(SwedishNumbers.count(n, Gender.COMMON)).isEqualTo(common);
    }

    @Test
    void oneAgreesWithTheNounAndNeuterIsTheDefault() {
        assertThat(SwedishNumbers.count(1, Gender.NEUTER) + " forum").isEqualTo("ett forum");
        assertThat(SwedishNumbers.count(1, Gender.COMMON) + " arena").isEqualTo("en arena");
        assertThat(SwedishNumbers.count(1)).as("forum, nätverk, råd are neuter: the default").isEqualTo("ett");
        assertThat(SwedishNumbers.count(2, Gender.COMMON)).isEqualTo(SwedishNumbers.count(2, Gender.NEUTER)).isEqualTo("två");
    }

    @Test
    void theMemosSentences() {
        assertThat(SwedishNumbers.count(10) + " forum, varav " + SwedishNumbers.part(3, 10) + " leds av regionen")
                .isEqualTo("tio forum, varav tre leds av regionen");
        assertThat(SwedishNumbers.count(14) + " forum varav " + SwedishNumbers.part(8, 14)).isEqualTo("14 forum varav åtta");
        assertThat(SwedishNumbers.count(10) + " forum varav " + SwedishNumbers.part(10, 10) + " är på tjänstepersonsnivå")
                .isEqualTo("tio forum varav samtliga är på tjänstepersonsnivå");
        assertThat(SwedishNumbers.count(0) + " forum").isEqualTo("inga forum");
    }

    @Test
    void aPartThatIsTheWholeIsSamtliga() {
        assertThat(SwedishNumbers.part(10, 10)).isEqualTo("samtliga");
        assertThat(SwedishNumbers.part(14, 14, Gender.COMMON)).isEqualTo("samtliga");
        assertThat(SwedishNumbers.part(1, 1, Gender.COMMON)).isEqualTo("samtliga");
        assertThat(SwedishNumbers.part(12_500, 12_500)).isEqualTo("samtliga");
    }

    @Test
    void aPartLessThanTheWholeIsCountedInTheNounsGender() {
        assertThat(SwedishNumbers.part(1, 5, Gender.NEUTER)).isEqualTo("ett");
        assertThat(SwedishNumbers.part(1, 5, Gender.COMMON)).isEqualTo("en");
        assertThat(SwedishNumbers.part(12, 40)).isEqualTo("tolv");
        assertThat(SwedishNumbers.part(13, 40)).isEqualTo("13");
        assertThat(SwedishNumbers.part(12_500, 1_000_000)).isEqualTo("12" + NBSP + "500");
    }

    @Test
    void aPartOfZeroIsInga() {
        assertThat(SwedishNumbers.part(0, 10)).isEqualTo("inga");
        assertThat(SwedishNumbers.part(0, 14, Gender.COMMON)).isEqualTo("inga");
    }

    @Test
    void aPartOfAWholeOfZeroIsIngaNotSamtliga() {
        assertThat(SwedishNumbers.part(0, 0)).isEqualTo("inga");
        assertThat(SwedishNumbers.part(0, 0, Gender.COMMON)).isEqualTo("inga");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "13,      13",
        "100,     100",
        "999,     999",
        "1200,    1200",
        "9999,    9999",
        "12500,   12_500",
        "100000,  100_000",
        "1000000, 1_000_000",
    })
    void largeNumbersAreDigitsGroupedFromFiveDigitsWithANoBreakSpace(long n, String expected) {
        String written = expected.replace("_", NBSP);
        assertThat(SwedishNumbers.count(n, Gender.NEUTER)).isEqualTo(written);
        assertThat(SwedishNumbers.count(n, Gender.COMMON)).isEqualTo(written);
    }

    @Test
    void theGroupingSpaceIsNoBreakNotAnyOtherSpace() {
        assertThat(SwedishNumbers.count(12_500)).isEqualTo("12\u00A0500").doesNotContain(" ", "\u202F", "\u2009");
    }

    @Test
    void capitalisedForTheStartOfASentence() {
        assertThat(SwedishNumbers.capitalised(SwedishNumbers.count(10)) + " forum").isEqualTo("Tio forum");
        assertThat(SwedishNumbers.capitalised(SwedishNumbers.count(1)) + " forum").isEqualTo("Ett forum");
        assertThat(SwedishNumbers.capitalised(SwedishNumbers.count(1, Gender.COMMON)) + " arena").isEqualTo("En arena");
        assertThat(SwedishNumbers.capitalised(SwedishNumbers.count(8))).isEqualTo("Åtta");
        assertThat(SwedishNumbers.capitalised(SwedishNumbers.count(0))).isEqualTo("Inga");
        assertThat(SwedishNumbers.capitalised(SwedishNumbers.part(4, 4))).isEqualTo("Samtliga");
        assertThat(SwedishNumbers.capitalised(SwedishNumbers.count(14))).as("digits stay digits").isEqualTo("14");
        assertThat(SwedishNumbers.capitalised(SwedishNumbers.count(12_500))).isEqualTo("12" + NBSP + "500");
        assertThat(SwedishNumbers.capitalised("")).isEmpty();
        assertThat(SwedishNumbers.capitalised("tio forum, varav tre")).isEqualTo("Tio forum, varav tre");
    }

    @ParameterizedTest
    @ValueSource(longs = {-1, -12, -12_500, Long.MIN_VALUE})
    void aNegativeNumberIsNoCount(long negative) {
        assertThatThrownBy(() -> SwedishNumbers.count(negative)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SwedishNumbers.count(negative, Gender.COMMON)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SwedishNumbers.part(negative, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SwedishNumbers.part(0, negative)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SwedishNumbers.part(negative, negative, Gender.COMMON)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPartLargerThanItsWholeIsAMiscount() {
        assertThatThrownBy(() -> SwedishNumbers.part(11, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("11").hasMessageContaining("10");
        assertThatThrownBy(() -> SwedishNumbers.part(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRuleSetsAreOnesIcuHasForSwedish() {
        List<String> names = List.of(new RuleBasedNumberFormat(new ULocale("sv"), RuleBasedNumberFormat.SPELLOUT).getRuleSetNames());
        assertThat(names).contains("%spellout-cardinal-neuter", "%spellout-cardinal-reale");
    }

    /** The words and the grouping are written out in SwedishNumbers; ICU, the authority, must agree with every one. */
    @Test
    void everyWordIsIcusSwedishSpelloutAndTheDigitsAreIcusMinimumGrouping() {
        ULocale swedish = new ULocale("sv");
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(swedish, RuleBasedNumberFormat.SPELLOUT);
        for (long n = 1; n <= SwedishNumbers.LARGEST_IN_WORDS; n++) {
            assertThat(SwedishNumbers.count(n, Gender.NEUTER)).isEqualTo(spellout.format(n, "%spellout-cardinal-neuter"));
            assertThat(SwedishNumbers.count(n, Gender.COMMON)).isEqualTo(spellout.format(n, "%spellout-cardinal-reale"));
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(swedish);
        symbols.setGroupingSeparatorString(NBSP);
        LocalizedNumberFormatter digits = NumberFormatter.withLocale(swedish).grouping(NumberFormatter.GroupingStrategy.MIN2)
                .symbols(symbols);
        for (long n : new long[] {13, 999, 1000, 1200, 9999, 10_000, 12_500, 99_999, 100_000, 999_999, 1_000_000, 12_345_678,
                Long.MAX_VALUE}) {
            assertThat(SwedishNumbers.count(n)).as("%d", n).isEqualTo(digits.format(n).toString());
        }
    }

    @Test
    void everyThreadGetsTheSameWordsAndDigits() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        long n = 1 + i % 12;
                        Gender gender = i % 2 == 0 ? Gender.NEUTER : Gender.COMMON;
                        String expected = n == 1 && gender == Gender.COMMON ? "en" : ONE_TO_TWELVE.get((int) n - 1);
                        if (!SwedishNumbers.count(n, gender).equals(expected) || !SwedishNumbers.count(12_500).equals("12" + NBSP + "500")) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> result : results) {
                assertThat(result.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
