package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arenaregister.person.AccountLinkForm;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.reminder.internal.Preferences;
import se.arenaregister.security.internal.AccountRole;
import se.arenaregister.security.internal.NewUserForm;
import se.arenaregister.security.internal.UserAdministration;
import se.arenaregister.support.IntegrationTest;

/**
 * The reminder pages in a real browser: a signed-in person's choices on "Mina påminnelser" (reached from "Min sida"),
 * the unsubscribe link without login, and the administrators' outbox; no serious axe-core violation, nothing wider
 * than the screen at 320 px. Screenshots: {@code target/screenshots/reminders-*.png}.
 */
@IntegrationTest
class ReminderPagesBrowserTest {

    static final String PASSWORD = "ett långt lösenord för påminnelser";

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration users;
    @Autowired
    People people;
    @Autowired
    Preferences preferences;

    @Test
    void aPersonChoosesTheirRemindersFromMinSida() {
        String username = "paminn." + UUID.randomUUID().toString().substring(0, 8);
        users.create(new NewUserForm(username, "Påminnd Person", AccountRole.READER, PASSWORD, PASSWORD));
        long person = people.create(new PersonForm("Påminnd Person " + UUID.randomUUID().toString().substring(0, 4), PersonKind.OFFICIAL,
                null, "Strateg", null, "paminnd@example.org", null, Set.of(), true, null));
        people.linkAccount(person, new AccountLinkForm(username, people.formFor(person).version()));

        Page page = browser.page();
        page.navigate(url("/login"));
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/dashboard(\\?.*)?$"));
        page.navigate(url("/me"));
        page.locator("#me-reminders-link").click();
        page.waitForURL(Pattern.compile(".*/me/reminders$"));
        assertThat(page.locator("main h1")).hasText("Mina påminnelser");
        assertThat(page.locator("#reminders-address")).containsText("paminnd@example.org");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "Mina påminnelser");
        BrowserSupport.screenshot(page, "reminders-preferences");

        page.getByLabel(Pattern.compile("^Översyn")).uncheck();
        page.getByLabel("Engelska (English)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/me/reminders$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Dina val för påminnelser har sparats.");
        Assertions.assertThat(preferences.of(person).optedOut()).containsExactly(ReminderKind.REVIEW);
        Assertions.assertThat(preferences.of(person).language()).isEqualTo("en");
        fitsAt320(page, "reminders-preferences-320");
    }

    @Test
    void theUnsubscribeLinkWorksWithoutLogin() {
        long person = people.create(new PersonForm("Avslutande Person " + UUID.randomUUID().toString().substring(0, 4), PersonKind.OFFICIAL,
                null, "Strateg", null, "avslutar@example.org", null, Set.of(), true, null));
        String token = preferences.of(person).unsubscribeToken();

        Page page = browser.page();
        page.navigate(url("/reminders/unsubscribe/" + token + "?kind=DIGEST"));
        assertThat(page.locator("#unsubscribe-question")).containsText("Veckobrev");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the unsubscribe page");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, avsluta").setExact(true)).click();
        assertThat(page.locator("#unsubscribe-done")).containsText("Veckobrev");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "unsubscribed");
        BrowserSupport.screenshot(page, "reminders-unsubscribed");
        fitsAt320(page, "reminders-unsubscribed-320");
        Assertions.assertThat(preferences.of(person).optedOut()).containsExactly(ReminderKind.DIGEST);

        page.navigate(url("/reminders/unsubscribe/" + "x".repeat(43)));
        assertThat(page.locator("#unsubscribe-unknown")).isVisible();
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "a wrong unsubscribe link");
    }

    @Test
    void administratorsSeeTheOutbox() {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        page.navigate(url("/admin/reminders"));
        assertThat(page.locator("main h1")).hasText("Påminnelser per e-post");
        assertThat(page.locator("#mail-not-configured")).isVisible();
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the reminders' outbox");
        BrowserSupport.screenshot(page, "reminders-admin");
        fitsAt320(page, "reminders-admin-320");
    }

    private static void fitsAt320(Page page, String screenshot) {
        page.setViewportSize(320, 800);
        BrowserSupport.screenshot(page, screenshot);
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing wider than a 320 px screen").isTrue();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
