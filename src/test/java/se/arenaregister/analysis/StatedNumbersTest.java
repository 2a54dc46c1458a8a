package se.arenaregister.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The memo's own sentences, against the counts of its appendix. */
class StatedNumbersTest {

    @Test
    void digitalisationSaysThreeWhereTheAppendixListsFour() {
        String text = "Regionen är med i tre forum på tjänstepersonsnivå nationellt och regionalt för erfarenhetsutbyte. "
                + "Det finns inget politiskt forum specifikt för digitalisering.";
        assertThat(StatedNumbers.discrepancies(text, 4)).containsExactly(new AreaFigures.Discrepancy("tre forum", 3, 4));
    }

    @Test
    void ruralDevelopmentSaysFiveWhereSixAreListedAndItsArticleIsNoCount() {
        String text = "Regionen är med i fem forum på nationell och regional nivå tillsammans med länsstyrelser. "
                + "Övervakningskommittén för landsbygdsprogrammet är ett forum som leds av Jordbruksverket.";
        assertThat(StatedNumbers.discrepancies(text, 6)).containsExactly(new AreaFigures.Discrepancy("fem forum", 5, 6));
    }

    @Test
    void infrastructureAndTheRegionalStrategyAgreeWithTheData() {
        assertThat(StatedNumbers.discrepancies("Regionen är med i 14 forum varav åtta är på politisk nivå.", 14)).isEmpty();
        assertThat(StatedNumbers.discrepancies(
                "Regionen är med i tio forum varav samtliga är på tjänstepersonsnivå, av dessa driver regionen fem.", 10)).isEmpty();
    }

    @Test
    void businessDevelopmentSaysTenWhereTheDataHasEleven() {
        assertThat(StatedNumbers.discrepancies("Regionen deltar i tio forum, varav tre leds av regionen.", 11))
                .containsExactly(new AreaFigures.Discrepancy("tio forum", 10, 11));
    }

    @Test
    void findsCompoundsArenasAndNetworksAndEveryStatementInOrder() {
        assertThat(StatedNumbers.find("Tjänsteperson deltar i tre samverkansforum. Tio arenor och 2 nätverk, sjutton påverkansarenor."))
                .containsExactly(new StatedNumbers.Stated("tre samverkansforum", 3), new StatedNumbers.Stated("Tio arenor", 10),
                        new StatedNumbers.Stated("2 nätverk", 2), new StatedNumbers.Stated("sjutton påverkansarenor", 17));
    }

    @ParameterizedTest
    @CsvSource({"två,2", "tre,3", "fyra,4", "fem,5", "sex,6", "sju,7", "åtta,8", "nio,9", "tio,10", "elva,11", "tolv,12",
            "tretton,13", "fjorton,14", "femton,15", "sexton,16", "sjutton,17", "arton,18", "nitton,19", "tjugo,20", "ÅTTA,8", "1,1", "120,120"})
    void readsSwedishNumberWordsAndDigits(String word, int value) {
        assertThat(StatedNumbers.find("med i " + word + " forum.")).extracting(StatedNumbers.Stated::number).containsExactly(value);
    }

    @Test
    void ignoresArticlesNumbersInsideWordsAndNumbersNotCountingForums() {
        assertThat(StatedNumbers.find("Länspartnerskapet är ett forum. En forumdag. Ett antal forum. två tjänstepersoner, "
                + "åtta regionala strukturfondsprogram, 2022 möten, femforum, tre forumdagar, Vision 100/200 000 forum")).isEmpty();
        assertThat(StatedNumbers.find(null)).isEmpty();
        assertThat(StatedNumbers.find("  ")).isEmpty();
    }

    @Test
    void matchingNumbersAreNotFlaggedButEachWrongOneIs() {
        List<AreaFigures.Discrepancy> flags = StatedNumbers.discrepancies("Tre forum här, fyra forum där och tre nätverk.", 3);
        assertThat(flags).containsExactly(new AreaFigures.Discrepancy("fyra forum", 4, 3));
    }

    @Test
    void keepsThePhraseAsWrittenOnOneLine() {
        assertThat(StatedNumbers.find("i tio\nforum")).containsExactly(new StatedNumbers.Stated("tio forum", 10));
    }
}
