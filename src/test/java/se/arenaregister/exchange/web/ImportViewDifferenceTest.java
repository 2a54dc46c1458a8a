package se.arenaregister.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the import preview marks in a text the import would change: only the part that differs. */
class ImportViewDifferenceTest {

    static ImportView.Difference of(String before, String after) {
        return ImportView.Difference.of(List.of(before), List.of(after));
    }

    @Test
    void aSpaceTooManyIsTheWholeDifference() {
        assertThat(of("Samverkan, påverkan", "Samverkan , påverkan"))
                .isEqualTo(new ImportView.Difference("Samverkan", "", " ", ", påverkan"));
    }

    @Test
    void aWordChangedInTheMiddle() {
        assertThat(of("Avtal med Östersunds kommun 2020 – 2024.", "Avtal med Östersunds kommun 2025 – 2028."))
                .isEqualTo(new ImportView.Difference("Avtal med Östersunds kommun 202", "0 – 2024", "5 – 2028", "."));
    }

    @Test
    void aTextCutShortOrLengthenedAtTheEnd() {
        assertThat(of("Globalt nätverk. Avtal 2020 – 2024.", "Globalt nätverk"))
                .isEqualTo(new ImportView.Difference("Globalt nätverk", ". Avtal 2020 – 2024.", "", ""));
        assertThat(of("aa", "aaa")).as("head and tail never overlap").isEqualTo(new ImportView.Difference("aa", "", "a", ""));
    }

    @Test
    void onlyOneTextIntoAnother() {
        assertThat(ImportView.Difference.of(List.of(), List.of("Nytt"))).isNull();
        assertThat(ImportView.Difference.of(List.of("A", "B"), List.of("A"))).isNull();
    }
}
