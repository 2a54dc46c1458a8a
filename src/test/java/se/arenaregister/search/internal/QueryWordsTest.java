package se.arenaregister.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import se.arenaregister.search.SearchResults;

/** What was typed becomes words the database may be asked about, and a headline becomes text parts, never markup. */
class QueryWordsTest {

    @Test
    void onlyLettersAndDigitsSurviveAsWordsFoldedAsTheIndexFoldsThem() {
        QueryWords words = QueryWords.of("  Tågtrafik & 'RUN/78/2022' !:* ( ) \"unbalanced ");
        assertThat(words.words()).containsExactly("tågtrafik", "run", "78", "2022", "unbalanced");
        assertThat(words.folded()).containsExactly("tagtrafik", "run", "78", "2022", "unbalanced");
        assertThat(words.tsquery(List.of(List.of("tågtrafiken", "x'); drop"), List.of(), List.of(), List.of(), List.of())))
                .isEqualTo("('tågtrafik':* | 'tågtrafiken') & ('run':*) & ('78':*) & ('2022':*) & ('unbalanced':*)");
    }

    @Test
    void longInputIsCutAndTheWordsAreBounded() {
        QueryWords words = QueryWords.of("ord ".repeat(2000) + String.join(" ", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j")));
        assertThat(words.text()).hasSizeLessThanOrEqualTo(QueryWords.MAX_LENGTH);
        assertThat(QueryWords.of("a b c d e f g h i j k").words()).hasSize(QueryWords.MAX_WORDS);
    }

    @Test
    void nothingToSearchForInWhitespaceEmojiOrPunctuation() {
        for (String typed : new String[] {null, "", "   ", "😀🎉", "%_\\", "& | ! : * ( )"}) {
            assertThat(QueryWords.of(typed).isEmpty()).as(String.valueOf(typed)).isTrue();
        }
        assertThat(QueryWords.of("%_\\").namesPattern()).isNull();
        assertThat(QueryWords.of("Bottniska korridoren").namesPattern()).isEqualTo("%bottniska%korridoren%");
        assertThat(QueryWords.of("och bredband").without(Set.of(0)).words()).containsExactly("bredband");
    }

    @Test
    void aHeadlineBecomesMarkedAndUnmarkedParts() {
        assertThat(SearchQuery.parts("Om \uE000Bottniska\uE001 <b>korridoren</b>")).containsExactly(
                new SearchResults.Part("Om ", false), new SearchResults.Part("Bottniska", true),
                new SearchResults.Part(" <b>korridoren</b>", false));
        assertThat(SearchQuery.parts(null)).isEmpty();
    }
}
