package se.arenaregister.arena;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArenaFilterTest {

    @Test
    void keepsOnlyTheFiltersInUseForBookmarkableLinks() {
        ArenaFilter filter = new ArenaFilter(3L, null, ArenaType.INFLUENCE, null, null, null, null, true, null, null, "  bredband ", false, null, null, null);
        assertThat(filter.asQueryParameters()).containsExactly(
                java.util.Map.entry("area", "3"), java.util.Map.entry("type", "INFLUENCE"),
                java.util.Map.entry("lead", "true"), java.util.Map.entry("q", "bredband"));
        assertThat(ArenaFilter.none().isEmpty()).isTrue();
        assertThat(new ArenaFilter(null, null, null, null, null, null, null, null, null, null, "   ", null, null, null, null).text()).isNull();
    }
}
