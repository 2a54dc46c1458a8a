package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.arenaregister.browser.BrowserSupport.screenshot;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.support.IntegrationTest;

/**
 * The journey from the issue, in a real browser: filter the register to a sub-area, open an arena,
 * log in, change its purpose and see the change in the history, then try to save it without a name.
 * Screenshots of each step end up in {@code target/screenshots/journey-*.png}.
 */
@IntegrationTest
class RegisterJourneyBrowserTest {

    /**
     * A demo arena in Hållbar tillväxt › Infrastruktur; only its purpose is changed (the memo workbook's preview in
     * {@link AnalysisJourneyBrowserTest} allows for that).
     */
    static final String ARENA = "Regionens transportutvecklingsråd";
    static final String NAME_LABEL = "Namn på arena/nätverk/forum";
    static final String PURPOSE_LABEL = "Syfte med arenan";
    /** How the purpose this journey writes begins (a time stamp follows). */
    static final String CHANGED_PURPOSE = "Syfte ändrat i webbläsartestet ";

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
    void filtersOpensLogsInEditsAndSeesTheHistory() {
        Page page = browser.page();

        // The register, filtered to one sub-area with the filter form (htmx swaps #results and pushes the URL).
        page.navigate(url("/arenas"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Samverkans- och påverkansarenor")))
                .isVisible();
        screenshot(page, "journey-01-register");

        page.getByLabel("Sakområde", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Infrastruktur"));
        page.waitForURL(Pattern.compile(".*[?&]subArea=\\d+.*"));
        assertThat(page.locator("#results-heading")).hasText("14 arenor matchar filtret");
        assertThat(page.locator("#results table.register tbody tr")).hasCount(14);
        screenshot(page, "journey-02-filtered-infrastruktur");

        // One arena's page.
        page.locator("#results").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(ARENA).setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/arenas/\\d+$"));
        String arenaUrl = page.url();
        long arenaId = Long.parseLong(arenaUrl.substring(arenaUrl.lastIndexOf('/') + 1));
        assertThat(page.locator("h1")).containsText(ARENA);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redigera"))).hasCount(0);
        screenshot(page, "journey-03-arena-anonymous");

        // Log in from the header; the login leads to the dashboard, so go back to the arena.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Logga in").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/login$"));
        page.getByLabel("Användarnamn").fill(IntegrationTest.ADMIN);
        page.getByLabel("Lösenord").fill(IntegrationTest.ADMIN_PASSWORD);
        screenshot(page, "journey-04-login");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/dashboard(\\?.*)?$"));
        assertThat(page.getByText("Inloggad som admin")).isVisible();
        page.navigate(arenaUrl);

        // Change the purpose.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redigera").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/arenas/" + arenaId + "/edit$"));
        Locator purpose = page.getByLabel(PURPOSE_LABEL, new Page.GetByLabelOptions().setExact(true));
        String oldPurpose = purpose.inputValue();
        String newPurpose = CHANGED_PURPOSE
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS"));
        purpose.fill(newPurpose);
        screenshot(page, "journey-05-edit-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/arenas/" + arenaId + "$"));

        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ändringarna har sparats.");
        assertThat(page.locator("section[aria-labelledby=about-heading] .prose").first()).hasText(newPurpose);
        Locator history = page.locator("section.history");
        assertThat(history.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Historik"))).isVisible();
        Locator latest = history.locator(".history-list > li").first();
        assertThat(latest).containsText("ändrades av admin");
        Locator change = latest.locator("table.changes tbody tr")
                .filter(new Locator.FilterOptions().setHas(page.locator("th", new Page.LocatorOptions().setHasText(PURPOSE_LABEL))));
        assertThat(change).hasCount(1);
        assertThat(change.locator("td").nth(0)).hasText(oldPurpose.isBlank() ? "–" : oldPurpose);
        assertThat(change.locator("td").nth(1)).hasText(newPurpose);
        screenshot(page, "journey-06-saved-with-history");

        // Saving without a name is refused, with the error next to the field, and nothing is stored.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Redigera").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/arenas/" + arenaId + "/edit$"));
        page.getByLabel(NAME_LABEL, new Page.GetByLabelOptions().setExact(true)).fill("");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/arenas/" + arenaId + "$"));

        Locator nameField = page.locator(".field").filter(new Locator.FilterOptions().setHas(page.locator("#name")));
        Locator nameError = nameField.locator("#name-error");
        assertThat(nameError).isVisible();
        assertThat(nameError).containsText("Fältet måste fyllas i.");
        Locator name = page.getByLabel(NAME_LABEL, new Page.GetByLabelOptions().setExact(true));
        assertThat(name).hasAttribute("aria-invalid", "true");
        assertThat(name).hasAttribute("aria-describedby", Pattern.compile("(^|\\s)name-error(\\s|$)"));
        assertThat(name).hasAccessibleDescription(Pattern.compile("Fältet måste fyllas i\\."));
        assertThat(page.locator("#error-summary")).containsText("Fältet måste fyllas i.");
        screenshot(page, "journey-07-name-required");

        page.navigate(arenaUrl);
        assertThat(page.locator("h1")).containsText(ARENA);
        assertThat(page.locator("section[aria-labelledby=about-heading] .prose").first()).hasText(newPurpose);
        Assertions.assertThat(jdbc.sql("SELECT name FROM arena WHERE id = :id").param("id", arenaId).query(String.class).single())
                .isEqualTo(ARENA);
        screenshot(page, "journey-08-arena-after-refused-save");
    }

    @Test
    void theFilterSwapsOnlyTheResultsTheBackButtonUndoesItAndTheButtonWorksToo() {
        Page page = browser.page();
        page.navigate(url("/arenas"));
        Locator subArea = page.getByLabel("Sakområde", new Page.GetByLabelOptions().setExact(true));
        // A marker on the window survives an htmx swap but not a full page load.
        page.evaluate("window.__sameDocument = true");

        subArea.selectOption(new SelectOption().setLabel("Infrastruktur"));
        page.waitForURL(Pattern.compile(".*[?&]subArea=\\d+.*"));
        assertThat(page.locator("#results-heading")).hasText("14 arenor matchar filtret");
        Assertions.assertThat(page.evaluate("window.__sameDocument === true")).isEqualTo(true);

        // Back returns to the unfiltered register.
        page.goBack();
        page.waitForURL(Pattern.compile(".*/arenas$"));
        assertThat(page.locator("#results-heading")).hasText(Pattern.compile("^\\d+ arenor$"));

        // The "Filtrera" button submits the form too (here the value is set without a change event).
        page.evaluate("window.__sameDocument = true");
        subArea.evaluate("(select, label) => { select.value = [...select.options].find(o => o.label === label).value; }",
                "Infrastruktur");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtrera").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*[?&]subArea=\\d+.*"));
        assertThat(page.locator("#results-heading")).hasText("14 arenor matchar filtret");
        assertThat(page.locator("#results table.register tbody tr")).hasCount(14);
        Assertions.assertThat(page.evaluate("window.__sameDocument === true")).isEqualTo(true);
    }

    /** The header's language links are drawn for the page's URL; after an htmx filter they must follow the new URL. */
    @Test
    void switchingLanguageAfterFilteringKeepsTheFilter() {
        Page page = browser.page();
        page.navigate(url("/arenas"));
        page.getByLabel("Sakområde", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel("Infrastruktur"));
        page.waitForURL(Pattern.compile(".*[?&]subArea=\\d+.*"));
        assertThat(page.locator("#results-heading")).hasText("14 arenor matchar filtret");

        Locator english = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English").setExact(true));
        assertThat(english).hasAttribute("href", Pattern.compile(".*[?&]subArea=\\d+.*"));
        english.click();
        page.waitForURL(Pattern.compile(".*[?&]lang=en.*"));
        assertThat(page.locator("#results-heading")).hasText("14 arenas match the filter");
        Assertions.assertThat(page.url()).contains("subArea=");
    }
}
