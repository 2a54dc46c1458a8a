package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

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
import se.arenaregister.security.internal.AccountRole;
import se.arenaregister.security.internal.NewUserForm;
import se.arenaregister.security.internal.UserAdministration;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;

/**
 * A note reaches the colleague named under "who should know", in a real browser: an official (a reader) records a
 * note on an arena, naming a colleague whose account is linked to their person; the colleague signs in and finds it on
 * Min sida, and opens it. axe-core on the note form, the note page and Min sida, at 1280 and 320 px (nothing wider
 * than the screen). Screenshots (with {@code -Dbrowser.screenshots=true}): {@code target/screenshots/notes-*.png}.
 */
@IntegrationTest
class NotesJourneyBrowserTest {

    static final String PASSWORD = "ett långt lösenord för anteckningar";

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration users;
    @Autowired
    People people;
    @Autowired
    PeopleFixtures fixtures;

    @Test
    void aNoteWithWhoShouldKnowReachesTheNamedColleaguesPage() {
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        String author = "antecknare." + suffix;
        String colleague = "kollega." + suffix;
        users.create(new NewUserForm(author, "Anna Antecknare", AccountRole.READER, PASSWORD, PASSWORD));
        users.create(new NewUserForm(colleague, "Kim Kollega", AccountRole.READER, PASSWORD, PASSWORD));
        long colleaguePerson = fixtures.official("Kim Kollega");
        people.linkAccount(colleaguePerson, new AccountLinkForm(colleague, people.formFor(colleaguePerson).version()));
        String colleagueName = people.formFor(colleaguePerson).name();
        long arena = fixtures.arena("Arena för anteckningsresan", false, null, null, null);

        Page page = browser.page();
        logIn(page, author);
        page.navigate(url("/arenas/" + arena));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ny anteckning").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/arenas/" + arena + "/notes/new$"));
        page.locator("#attendeePersonIds").getByLabel(colleagueName + " (Strateg)").check();
        page.getByLabel("Vad diskuterades").fill("Arenans nya arbetsordning.");
        page.getByLabel("Vad vi lärde oss").fill("Arbetsordningen ger regionen en plats i beredningsgruppen från nästa år.");
        page.locator("#recipientPersonIds").getByLabel(colleagueName + " (Strateg)").check();
        accessible(page, "notes-form", "the note form");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/notes/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Anteckningen har sparats.");
        assertThat(page.locator("main")).containsText("beredningsgruppen");
        assertThat(page.locator("main")).containsText(colleagueName);
        String notePage = page.url();
        accessible(page, "notes-note", "the note page");

        page.context().clearCookies();
        logIn(page, colleague);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Min sida").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/me$"));
        assertThat(page.locator("#me-notes-heading")).hasText("Anteckningar till dig (1)");
        assertThat(page.locator("main")).containsText("beredningsgruppen");
        accessible(page, "notes-me", "Min sida with a note");
        page.locator("main").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Arena för anteckningsresan"))).click();
        page.waitForURL(notePage);
        assertThat(page.locator("main h1")).containsText("Arena för anteckningsresan");
    }

    private void logIn(Page page, String username) {
        page.navigate(url("/login"));
        page.getByLabel("Användarnamn").fill(username);
        page.getByLabel("Lösenord").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/dashboard(\\?.*)?$"));
    }

    /** No serious axe-core violation at 1280 and at 320 px, and nothing wider than a 320 px screen. */
    private static void accessible(Page page, String screenshot, String what) {
        page.setViewportSize(1280, 900);
        BrowserSupport.screenshot(page, screenshot);
        AccessibilityBrowserTest.assertNoSeriousViolations(page, what);
        page.setViewportSize(320, 800);
        BrowserSupport.screenshot(page, screenshot + "-320");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, what + ", 320 px");
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing on %s is wider than a 320 px screen", what).isTrue();
        page.setViewportSize(1280, 900);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
