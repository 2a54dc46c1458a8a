package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.document.SampleFiles;
import se.arenaregister.support.IntegrationTest;

/**
 * The agreement page and its "Handlingar" section in a real browser: a coordinator uploads a file through the file
 * field ({@code setInputFiles}), a fake PDF is refused with the message next to the field, and the public sees the
 * public document on the arena's page. No serious axe-core violation, nothing wider than the screen at 320 px.
 * Screenshots (with {@code -Dbrowser.screenshots=true}): {@code target/screenshots/documents-*.png}.
 */
@IntegrationTest
class DocumentsBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCoordinatorUploadsToTheAgreementAndThePublicDownloadsFromTheArena() {
        long agreement = jdbc.sql("SELECT id FROM agreement WHERE title = 'Samverkansavtal om UNESCO Creative Cities Network'")
                .query(Long.class).single();
        long arena = jdbc.sql("SELECT arena_id FROM agreement WHERE id = :id").param("id", agreement).query(Long.class).single();
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        page.navigate(url("/agreements/" + agreement));
        assertThat(page.locator("main h1")).hasText("Samverkansavtal om UNESCO Creative Cities Network");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the agreement page with the upload form");

        page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("Samverkansavtal Östersund 2020–2024.pdf", "application/pdf", SampleFiles.pdf()));
        page.getByLabel("Titel", new Page.GetByLabelOptions().setExact(true)).fill("Undertecknat samverkansavtal (webbläsaren)");
        page.getByLabel("Typ av handling").selectOption("AGREEMENT");
        page.getByLabel("Offentlig (visas för alla besökare)").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda upp").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/agreements/" + agreement + "(#documents)?$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Handlingen har laddats upp.");
        assertThat(page.locator("#documents")).containsText("Undertecknat samverkansavtal (webbläsaren)");
        assertThat(page.locator("#documents")).containsText("Samverkansavtal Östersund 2020–2024.pdf");
        BrowserSupport.screenshot(page, "documents-agreement");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the agreement page with a document");

        page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true))
                .setInputFiles(new FilePayload("falsk.pdf", "application/pdf", SampleFiles.html()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda upp").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/agreements/" + agreement + "(#documents)?$"));
        assertThat(page.locator("#file-error")).containsText("Den här typen av fil tas inte emot");
        assertThat(page.getByLabel("Fil", new Page.GetByLabelOptions().setExact(true))).hasAttribute("aria-invalid", "true");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the agreement page with a refused file");
        page.setViewportSize(320, 800);
        BrowserSupport.screenshot(page, "documents-agreement-refused-320");
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing on the agreement page is wider than a 320 px screen").isTrue();

        page.context().clearCookies();
        page.setViewportSize(1280, 900);
        page.navigate(url("/arenas/" + arena));
        assertThat(page.locator("#agreements-heading")).isVisible();
        assertThat(page.locator("#documents")).not().containsText("Undertecknat samverkansavtal (webbläsaren)");
        page.navigate(url("/agreements/" + agreement));
        assertThat(page.locator("#documents")).containsText("Undertecknat samverkansavtal (webbläsaren)");
        assertThat(page.locator("#document-upload")).hasCount(0);
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the agreement page for the public");
        page.navigate(url("/arenas/" + arena));
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the arena page with its agreements and documents");
        page.setViewportSize(320, 800);
        BrowserSupport.screenshot(page, "documents-arena-320");
        Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                .as("nothing on the arena page is wider than a 320 px screen").isTrue();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
