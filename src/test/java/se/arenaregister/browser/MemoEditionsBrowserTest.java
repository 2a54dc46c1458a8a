package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.arenaregister.browser.AccessibilityBrowserTest.assertNoSeriousViolations;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.arenaregister.report.MemoEdition;
import se.arenaregister.report.MemoEditions;
import se.arenaregister.report.MemoSection;
import se.arenaregister.report.MemoSections;
import se.arenaregister.support.IntegrationTest;

/**
 * The memo editions in a real browser: the public reads the sent 2022 edition (author by title), the coordination
 * office writes the 2023 draft: inserts a figure from the menu into a section's text by keyboard, sees the preview
 * phrase it, saves. Every page scanned by axe-core and checked for nothing wider than a 320 px screen. Screenshots
 * (with {@code -Dbrowser.screenshots=true}): {@code target/screenshots/memo-*.png}.
 */
@IntegrationTest
class MemoEditionsBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    MemoEditions editions;
    @Autowired
    MemoSections sections;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    MemoEdition edition(int year) {
        return editions.editions().stream().filter(e -> e.year() == year).findFirst().orElseThrow();
    }

    @Test
    void thePublicReadsTheSentEditionWithTheAuthorByTitle() {
        Page page = browser.page();
        MemoEdition sent = edition(2022);
        open(page, "/memos", "memo-list-public");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("PM 2022 – RUN/78/2022").setExact(true))).isVisible();
        assertThat(page.locator("main")).not().containsText("PM 2023");
        open(page, "/memos/" + sent.id(), "memo-2022-public");
        assertThat(page.locator("#edition-status")).hasText("Skickad");
        assertThat(page.locator("main")).containsText("Utvecklingsstrateg");
        assertThat(page.locator("main")).not().containsText("Exempelsson");
        assertThat(page.locator("main")).containsText("Regionen är med i 14 forum varav åtta är på politisk nivå.");
        assertThat(page.locator("#send-edition")).hasCount(0);
        // The writer's flags are not the public's.
        assertThat(page.locator("ul.discrepancies")).hasCount(0);
        Response draft = page.navigate(url("/memos/" + edition(2023).id()));
        Assertions.assertThat(draft.status()).as("a draft is internal").isEqualTo(404);
    }

    @Test
    void theOfficeInsertsAFigureFromTheMenuAndSeesItPhrased() {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        MemoEdition draft = edition(2023);
        open(page, "/memos", "memo-list");
        open(page, "/memos/" + draft.id(), "memo-2023-draft");
        assertThat(page.locator("#send-edition")).isVisible();
        assertThat(page.locator("ul.discrepancies li.resolved", new Page.LocatorOptions().setHasText("Räknar UNESCO Creative Cities Network")))
                .hasCount(1);
        open(page, "/memos/new", "memo-new");
        MemoSection infrastructure = sections.sections(draft.id()).stream().filter(s -> s.heading().equals("Infrastruktur")).findFirst()
                .orElseThrow();
        open(page, "/memos/sections/" + infrastructure.id() + "/edit", "memo-section");
        assertThat(page.locator("#preview")).containsText("Regionen är med i 14 forum varav åtta är på politisk nivå.");

        page.locator("#body").fill("Bärighetsrådet och ");
        page.locator("#body").press("End");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Infoga Antal forum").setExact(true)).focus();
        page.keyboard().press("Enter");
        assertThat(page.locator("#body")).hasValue("Bärighetsrådet och {{TOTAL}}");
        assertThat(page.locator("#figure-status")).containsText("Antal forum");
        page.locator("#body").press("End");
        page.locator("#body").pressSequentially(" forum till.");
        assertThat(page.locator("#preview")).hasText("Bärighetsrådet och 14 forum till.");
        BrowserSupport.screenshot(page, "memo-section-preview");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/memos/sections/" + infrastructure.id() + "/edit$"));
        assertThat(page.getByRole(AriaRole.STATUS).first()).hasText("Avsnittet har sparats.");
        Assertions.assertThat(sections.section(infrastructure.id()).body()).isEqualTo("Bärighetsrådet och {{TOTAL}} forum till.");
    }

    @Test
    void aFigureTheRegisterDoesNotKnowIsRefusedNextToTheText() {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        MemoSection section = sections.sections(edition(2023).id()).stream().filter(s -> s.heading().equals("Bredband")).findFirst()
                .orElseThrow();
        open(page, "/memos/sections/" + section.id() + "/edit", "memo-section-bredband");
        page.locator("#body").fill("Regionen är med i {{FORUM}} forum.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        assertThat(page.locator("#body-error")).containsText("Registret känner inte siffran {{FORUM}}");
        assertThat(page.locator("#error-summary")).isVisible();
        assertNoSeriousViolations(page, "avsnitt med fel");
    }

    void open(Page page, String path, String screenshot) {
        Response response = page.navigate(url(path));
        Assertions.assertThat(response.status()).as("status of %s", path).isEqualTo(200);
        assertThat(page.locator("main h1")).isVisible();
        assertThat(page.locator("body")).not().containsText("??");
        assertNoSeriousViolations(page, path);
        BrowserSupport.screenshot(page, screenshot);
        page.setViewportSize(320, 800);
        BrowserSupport.screenshot(page, screenshot + "-320");
        Object wide = page.evaluate("() => Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right"
                + " > document.documentElement.clientWidth + 1).slice(-6).map(e => e.tagName + '.' + e.className + '#' + e.id)");
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing on %s is wider than a 320 px screen: %s", path, wide).isTrue();
        page.setViewportSize(1280, 900);
    }
}
