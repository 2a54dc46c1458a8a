package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arenaregister.support.IntegrationTest;

/**
 * The API token page as a person uses it: reached from the user menu, a token made with the form, its secret shown
 * once (and gone on the next visit), a form sent empty, a token revoked, the account's tokens as its administrator sees
 * them; axe-core on each state (screenshots at 1280 and 320 px with {@code -Dbrowser.screenshots=true}).
 */
@IntegrationTest
class ApiTokensBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Test
    void makesShowsOnceAndRevokesAToken() {
        Page page = browser.page();
        String base = "http://localhost:" + port;
        BrowserSupport.logIn(page, base);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API-nycklar").setExact(true)).click();
        page.waitForURL(base + "/me/tokens");
        assertThat(page.locator("h1")).hasText("Mina API-nycklar");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/me/tokens");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa nyckeln").setExact(true)).click();
        assertThat(page.locator("#name-error")).containsText("Fältet måste fyllas i.");
        assertThat(page.locator("#error-summary")).isVisible();
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/me/tokens (sparat tomt)");
        BrowserSupport.screenshot(page, "api-tokens-saved-empty");

        String name = "Webbläsarnyckel " + UUID.randomUUID().toString().substring(0, 6);
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Läsa och ändra", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Giltighetstid", new Page.GetByLabelOptions().setExact(true)).selectOption("DAYS_30");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa nyckeln").setExact(true)).click();
        String secret = page.getByLabel("API-nyckel", new Page.GetByLabelOptions().setExact(true)).inputValue();
        Assertions.assertThat(secret).matches("ar_[A-Za-z0-9_-]{43}");
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("Du kommer inte att se den igen");
        assertThat(page.locator("#api-tokens")).containsText(name);
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/me/tokens (ny nyckel)");
        BrowserSupport.screenshot(page, "api-tokens-created");
        page.setViewportSize(320, 800);
        Assertions.assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("the page's width at 320 px (the example wraps, the table scrolls)").isLessThanOrEqualTo(320);
        BrowserSupport.screenshot(page, "api-tokens-created-320");
        page.setViewportSize(1280, 900);

        page.navigate(base + "/me/tokens");
        Assertions.assertThat(page.content()).as("the secret on a later visit").doesNotContain(secret);
        page.locator("#api-tokens tr", new Page.LocatorOptions().setHasText(name))
                .getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Återkalla " + name)).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Nyckeln är återkallad och fungerar inte längre.");
        assertThat(page.locator("#api-tokens tr", new Page.LocatorOptions().setHasText(name))).containsText("Återkallad");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/me/tokens (återkallad)");
        BrowserSupport.screenshot(page, "api-tokens-revoked");

        page.navigate(base + "/users");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("API-nycklar för " + IntegrationTest.ADMIN).setExact(true)).click();
        assertThat(page.locator("h1")).hasText("API-nycklar för " + IntegrationTest.ADMIN);
        assertThat(page.locator("#api-tokens")).containsText(name);
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/users/{id}/tokens");
        BrowserSupport.screenshot(page, "api-tokens-of-an-account");
    }
}
