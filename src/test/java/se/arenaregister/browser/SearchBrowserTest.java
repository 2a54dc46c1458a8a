package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arenaregister.support.IntegrationTest;

/**
 * Search in a real browser: typing in the header's field brings suggestions, which the keyboard reaches and opens; the
 * results page passes axe-core at 1280 and 320 px without anything wider than the screen. Screenshots (with
 * {@code -Dbrowser.screenshots=true}): {@code target/screenshots/search-*.png}.
 */
@IntegrationTest
class SearchBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Test
    void suggestionsAppearAsYouTypeAndArePickedByKeyboard() {
        Page page = browser.page();
        page.navigate(url("/arenas"));
        Locator field = page.locator("#header-search-q");
        field.click();
        field.pressSequentially("botnisk", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator suggestions = page.locator("#header-search-suggestions a");
        assertThat(suggestions.first()).containsText("Bottniska korridoren");
        BrowserSupport.screenshot(page, "search-suggestions");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the header's search suggestions");

        field.press("ArrowDown");
        assertThat(suggestions.first()).isFocused();
        page.keyboard().press("ArrowDown");
        assertThat(suggestions.nth(1)).isFocused();
        page.keyboard().press("ArrowUp");
        assertThat(suggestions.first()).isFocused();
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/arenas/\\d+$"));
        assertThat(page.locator("main h1")).containsText("Bottniska korridoren");
    }

    @Test
    void theResultsPageIsAccessibleAndReflowsAt320() {
        Page page = browser.page();
        page.navigate(url("/arenas"));
        page.locator("#header-search-q").fill("infrastruktur");
        page.locator("#header-search-q").press("Enter");
        page.waitForURL(Pattern.compile(".*/search\\?q=infrastruktur$"));
        assertThat(page.locator("main h2").first()).containsText("Arenor");
        assertThat(page.locator("main mark").first()).isVisible();
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/search?q=infrastruktur");
        BrowserSupport.screenshot(page, "search-results");

        page.setViewportSize(320, 800);
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/search?q=infrastruktur at 320 px");
        BrowserSupport.screenshot(page, "search-results-320");
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing on the search page is wider than a 320 px screen").isTrue();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
