package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.person.AccountLinkForm;
import se.arenaregister.person.People;
import se.arenaregister.security.internal.AccountRole;
import se.arenaregister.security.internal.NewUserForm;
import se.arenaregister.security.internal.UserAdministration;
import se.arenaregister.support.IntegrationTest;

/**
 * "Min sida" in a real browser, as a demo official sees it once an administrator has linked their account on the
 * person's edit page: reachable from the user menu, no serious axe-core violation, nothing wider than the screen at
 * 320 px. Screenshots (with {@code -Dbrowser.screenshots=true}): {@code target/screenshots/me-*.png}.
 */
@IntegrationTest
class MyPageBrowserTest {

    static final String PASSWORD = "ett långt lösenord för webbläsaren";
    static final String DEMO_OFFICIAL = "Exempel Månsson (exempel)";

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    People people;

    private long official;

    @AfterEach
    void unlink() {
        if (official != 0 && jdbc.sql("SELECT account_id IS NOT NULL FROM person WHERE id = :id").param("id", official)
                .query(Boolean.class).single()) {
            people.linkAccount(official, new AccountLinkForm("", people.formFor(official).version()));
        }
    }

    @Test
    void anAdministratorLinksTheAccountAndTheOfficialSeesTheirPage() {
        String username = "webb." + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUserForm(username, "Exempel Månsson", AccountRole.COORDINATOR, PASSWORD, PASSWORD));
        official = jdbc.sql("SELECT id FROM person WHERE name = :n").param("n", DEMO_OFFICIAL).query(Long.class).single();

        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        page.navigate(url("/people/" + official + "/edit"));
        page.getByLabel("Personens konto", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setValue(username));
        BrowserSupport.screenshot(page, "me-person-edit-account");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the person's edit page with the account");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara koppling").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/people/" + official + "$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Personen är kopplad till kontot.");

        page.context().clearCookies();
        page.navigate(url("/login"));
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/dashboard(\\?.*)?$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Min sida").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/me$"));
        assertThat(page.locator("main h1")).hasText("Min sida");
        assertThat(page.locator("main")).containsText(DEMO_OFFICIAL);
        assertThat(page.locator("#me-reviews-heading")).containsText("Översyner jag ansvarar för");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "Min sida");
        BrowserSupport.screenshot(page, "me-official");

        page.setViewportSize(320, 800);
        BrowserSupport.screenshot(page, "me-official-320");
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing on Min sida is wider than a 320 px screen").isTrue();
    }

    @Test
    void anAccountLinkedToNoOneIsToldWhoLinksIt() {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        page.navigate(url("/me"));
        assertThat(page.locator("#me-unlinked-heading")).isVisible();
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "Min sida, no person");
        page.setViewportSize(320, 800);
        BrowserSupport.screenshot(page, "me-unlinked-320");
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing wider than a 320 px screen").isTrue();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
