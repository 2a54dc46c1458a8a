package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.WordTemplates;

/**
 * The memo template page as an administrator uses it: reached from the reports page, a file that is no template refused
 * next to the field, a template uploaded (through the real multipart form, with its CSRF and one-time tokens) and shown
 * with its uploader, and removed again; axe-core on each state (screenshots at 1280 and 320 px with
 * {@code -Dbrowser.screenshots=true}).
 */
@IntegrationTest
class MemoTemplateBrowserTest {

    private static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void builtInLayoutAgain() {
        jdbc.sql("DELETE FROM memo_template").update();
    }

    @Test
    void uploadsShowsAndRemovesTheTemplate() {
        Page page = browser.page();
        String base = "http://localhost:" + port;
        BrowserSupport.logIn(page, base);
        page.navigate(base + "/reports");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Byt organisationens mall för PM:et i Word")).click();
        page.waitForURL(base + "/admin/memo-template");
        assertThat(page.locator("#template-none")).isVisible();
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/admin/memo-template");

        page.getByLabel("Mall (DOCX eller DOTX)").setInputFiles(new FilePayload("anteckningar.docx", MEDIA_TYPE,
                "Inte ett Word-dokument".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda upp mallen")).click();
        assertThat(page.locator("#file-error")).containsText("Filen är inget Word-dokument (DOCX)");
        assertThat(page.getByLabel("Mall (DOCX eller DOTX)")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#error-summary")).isVisible();
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/admin/memo-template (fel fil)");
        BrowserSupport.screenshot(page, "memo-template-refused");

        page.getByLabel("Mall (DOCX eller DOTX)").setInputFiles(new FilePayload("Brevmall RJH.docx", MEDIA_TYPE,
                WordTemplates.template().swedishIds().bytes()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ladda upp mallen")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Mallen är uppladdad. PM:et i Word skrivs nu in i den.");
        assertThat(page.locator("#template-file")).hasText("Brevmall RJH.docx");
        assertThat(page.locator("#download-template")).isVisible();
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/admin/memo-template (med mall)");
        BrowserSupport.screenshot(page, "memo-template-uploaded");
        page.setViewportSize(320, 800);
        Assertions.assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .as("the page's width at 320 px").isLessThanOrEqualTo(320);
        BrowserSupport.screenshot(page, "memo-template-uploaded-320");
        page.setViewportSize(1280, 900);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ta bort mallen och använd det inbyggda utseendet")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Mallen är borttagen. PM:et i Word får det inbyggda utseendet igen.");
        assertThat(page.locator("#template-none")).isVisible();
    }
}
