package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.support.IntegrationTest;

/**
 * The register's convener filter in a real browser: typing brings suggestions into the field's list, a name chosen
 * filters the register in place (the address follows), and a name no convener has is answered under the field.
 * Screenshots (with {@code -Dbrowser.screenshots=true}): {@code target/screenshots/convener-*.png}.
 */
@IntegrationTest
class ConvenerFilterBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void typeChooseAndFilterInPlace() {
        int convened = jdbc.sql("SELECT count(*) FROM arena a JOIN organisation o ON o.id = a.convener_id"
                + " WHERE o.name = 'Trafikverket' AND NOT a.archived").query(Integer.class).single();
        Page page = browser.page();
        page.navigate("http://localhost:" + port + "/arenas");
        Locator field = page.getByLabel("Sammankallande", new Page.GetByLabelOptions().setExact(true));
        field.click();
        field.pressSequentially("trafik", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.locator("#convener-options option[value='Trafikverket']")).hasCount(1);
        BrowserSupport.screenshot(page, "convener-suggestions");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/arenas with convener suggestions");

        field.fill("Trafikverket");
        field.press("Enter");
        page.waitForURL(Pattern.compile(".*convenerName=Trafikverket.*"));
        assertThat(page.locator("#results-heading")).containsText(String.valueOf(convened));
        assertThat(page.locator("#convener-message")).hasText("Skriv namnet eller en del av det, och välj bland förslagen.");
        assertThat(field).not().hasAttribute("aria-invalid", "true");

        // Typing on while a filtering is answered: the answer must not overwrite what was typed since.
        field.fill("Vägverket");
        field.press("Enter");
        field.fill("Ingen sådan myndighet");
        assertThat(page.locator("#convener-message")).containsText("Vägverket");
        assertThat(field).hasValue("Ingen sådan myndighet");
        assertThat(field).hasAttribute("aria-invalid", "true");
        // Two filterings in quick succession: the older answer must not swap in over the newer one.
        field.fill("Trafikverket");
        field.press("Enter");
        field.fill("Ingen sådan myndighet");
        field.press("Enter");
        assertThat(page.locator("#convener-message")).hasText(Pattern.compile("^Ingen organisation som sammankallar en arena heter"
                + " Ingen sådan myndighet"));
        assertThat(page.locator("#convener-message")).hasClass("field-error");
        assertThat(field).hasAttribute("aria-invalid", "true");
        assertThat(field).isFocused();
        assertThat(field).hasValue("Ingen sådan myndighet");
        page.setViewportSize(320, 800);
        BrowserSupport.screenshot(page, "convener-unknown-320");
        ReflowBrowserTest.assertReflows(page, "/arenas with an unknown convener");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "/arenas with an unknown convener at 320 px");
    }
}
