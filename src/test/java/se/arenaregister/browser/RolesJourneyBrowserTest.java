package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.arenaregister.browser.AccessibilityBrowserTest.assertNoSeriousViolations;
import static se.arenaregister.browser.BrowserSupport.screenshot;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.support.IntegrationTest;

/**
 * Roles as an administrator gives them and an area editor meets them, in a real browser: the administrator makes an
 * account that edits Infrastruktur (ticking no role, choosing the area), the list says so; the new editor signs in and
 * finds the edit button on Partnerskapet Atlantbanan and none on Kultur Z, and the new-arena form offers only their
 * area. axe-core on the account form, at 1280 and 320 px. Screenshots in {@code target/screenshots/roles-*.png}.
 */
@IntegrationTest
class RolesJourneyBrowserTest {

    static final String PASSWORD = "en-lang-fras-för-infrastruktur";

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anAdministratorMakesAnAreaEditorWhoEditsOnlyTheirArea() {
        String username = "infra-" + System.nanoTime() % 1_000_000;
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        page.navigate(url("/users/new"));
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Namn", new Page.GetByLabelOptions().setExact(true)).fill("Ingrid Infra");
        page.getByLabel("Läsare", new Page.GetByLabelOptions().setExact(true)).uncheck();
        page.getByLabel("Hållbar tillväxt › Infrastruktur").check();
        page.getByLabel("Lösenord", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("Upprepa lösenordet").fill(PASSWORD);
        screenshot(page, "roles-new-account");
        assertNoSeriousViolations(page, "nytt konto med områden");
        page.setViewportSize(320, 900);
        screenshot(page, "roles-new-account-320");
        assertNoSeriousViolations(page, "nytt konto med områden, 320 px");
        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skapa kontot")).click();
        page.waitForURL(Pattern.compile(".*/users$"));
        assertThat(page.locator("#users")).containsText("Områdesredaktör: Hållbar tillväxt › Infrastruktur");
        screenshot(page, "roles-users-list");

        page.context().clearCookies();
        page.navigate(url("/login"));
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/dashboard$"));

        page.navigate(url("/arenas/" + arena("Partnerskapet Atlantbanan")));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redigera").setExact(true))).isVisible();
        screenshot(page, "roles-area-editor-own-arena");
        page.navigate(url("/arenas/" + arena("Kultur Z")));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redigera").setExact(true))).hasCount(0);
        screenshot(page, "roles-area-editor-other-arena");

        page.navigate(url("/arenas/new"));
        assertThat(page.locator("#areaId option")).hasText(new String[] {"Välj …", "Hållbar tillväxt"});
        assertThat(page.locator("#subAreaId option")).hasText(new String[] {"(inget)", "Infrastruktur"});
    }

    private long arena(String name) {
        return jdbc.sql("SELECT id FROM arena WHERE name = :n").param("n", name).query(Long.class).single();
    }
}
