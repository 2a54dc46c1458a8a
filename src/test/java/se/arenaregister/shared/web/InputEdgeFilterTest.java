package se.arenaregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputEdgeFilterTest {

    @Test
    void stripsControlCharactersButKeepsTabsAndLineBreaks() {
        assertThat(InputEdgeFilter.stripControlCharacters("a\u0000b\u0001c\u001bd\uFFFFe")).isEqualTo("abcde");
        assertThat(InputEdgeFilter.stripControlCharacters("rad 1\r\nrad 2\tflik")).isEqualTo("rad 1\r\nrad 2\tflik");
        assertThat(InputEdgeFilter.stripControlCharacters("Åre – Östersund 😀")).isEqualTo("Åre – Östersund 😀");
        assertThat(InputEdgeFilter.stripControlCharacters(null)).isNull();
    }

    @Test
    void namesTheFirstQueryParameterThatIsNotUtf8() {
        assertThat(InputEdgeFilter.firstInvalidUtf8Field("area=1&q=%ff%fe&type=X")).contains("q");
        assertThat(InputEdgeFilter.firstInvalidUtf8Field("q=%C3%A5r&name=%C3")).contains("name");
        assertThat(InputEdgeFilter.firstInvalidUtf8Field("%ff=1")).contains("");
        assertThat(InputEdgeFilter.firstInvalidUtf8Field("q=%C3%85re+%F0%9F%98%80&x")).isEmpty();
        assertThat(InputEdgeFilter.firstInvalidUtf8Field("q=100%")).isEmpty();
        assertThat(InputEdgeFilter.firstInvalidUtf8Field(null)).isEmpty();
    }
}
