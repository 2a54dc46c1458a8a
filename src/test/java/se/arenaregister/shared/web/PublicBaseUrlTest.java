package se.arenaregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PublicBaseUrlTest {

    @Test
    void theConfiguredAddressIsUsedWithoutItsTrailingSlash() {
        PublicBaseUrl base = new PublicBaseUrl("https://arenor.regionjh.se/", "", "8080");
        assertThat(base.get()).isEqualTo("https://arenor.regionjh.se");
        assertThat(base.isConfigured()).isTrue();
        assertThat(new PublicBaseUrl(" https://example.se/register ", "/ignored", "8080").get())
                .as("the configured address includes any path the proxy serves the register under")
                .isEqualTo("https://example.se/register");
    }

    @Test
    void unsetItIsLocalhostWithThePortAndContextPath() {
        assertThat(new PublicBaseUrl("", "", "8080").get()).isEqualTo("http://localhost:8080");
        assertThat(new PublicBaseUrl(null, "/register/", "9090").get()).isEqualTo("http://localhost:9090/register");
        assertThat(new PublicBaseUrl("", "", "8080").isConfigured()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"arenor.regionjh.se", "ftp://arenor.regionjh.se", "https://", "https://arenor.se/?a=b",
            "https://arenor.se/#x", "https://user:pw@arenor.se", "https://exa mple.se"})
    void anAddressThatIsNotAnHttpBaseUrlStopsTheStart(String url) {
        assertThatThrownBy(() -> new PublicBaseUrl(url, "", "8080")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("arenaregister.public-base-url");
    }
}
