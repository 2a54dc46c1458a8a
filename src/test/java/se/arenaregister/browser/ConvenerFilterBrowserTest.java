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
import se.arenaregister.support.PeopleFixtures;

/**
 * The register's convener filter in a real browser: typing brings suggestions into the field's list, a name chosen
 * filters the register in place (the address follows), and a name no convener has is answered under the field.
 * The arena form's convener and members fields work the same way, for any organisation. Screenshots (with
 * {@code -Dbrowser.screenshots=true}): {@code target/screenshots/convener-*.png}.
 */
@IntegrationTest
class ConvenerFilterBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleFixtures fixtures;

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

    /**
     * The arena form: the convener typed and chosen from the suggestions, a member added by name beside the one already
     * there, a name that chooses none answered next to its field with the error summary linking to it; then saved and
     * shown on the arena's page. Axe-core and reflow at 320 px on the form with its errors.
     */
    @Test
    void theArenaFormNamesItsConvenerAndMembersByTyping() {
        long arena = fixtures.arena("Formulärets organisationer", false, null, null, null);
        Page page = browser.page();
        BrowserSupport.logIn(page, "http://localhost:" + port);
        page.navigate("http://localhost:" + port + "/arenas/" + arena + "/edit");
        Locator convener = page.getByLabel("Sammankallande", new Page.GetByLabelOptions().setExact(true));
        convener.click();
        convener.pressSequentially("trafik", new Locator.PressSequentiallyOptions().setDelay(40));
        assertThat(page.locator("#convener-options option[value='Trafikverket']")).hasCount(1);
        convener.fill("Trafikverket");
        Locator members = page.getByLabel("Lägg till medlemmar (skilj flera namn åt med semikolon)");
        members.click();
        members.pressSequentially("Region Norrbotten; östersunds", new Locator.PressSequentiallyOptions().setDelay(30));
        assertThat(page.locator("#member-options option[value='Region Norrbotten; Östersunds kommun']")).hasCount(1);
        members.fill("Region Norrbotten; Ingen sådan förening");
        BrowserSupport.screenshot(page, "convener-arena-form-typed");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();

        Locator summary = page.locator("#error-summary");
        assertThat(summary).containsText("Ingen organisation heter Ingen sådan förening eller har det i namnet.");
        assertThat(page.locator("#memberIds-error")).containsText("Ingen sådan förening");
        assertThat(page.getByLabel("Region Norrbotten", new Page.GetByLabelOptions().setExact(true))).isChecked();
        assertThat(members).hasValue("Ingen sådan förening");
        assertThat(members).hasAttribute("aria-invalid", "true");
        assertThat(convener).hasValue("Trafikverket");
        summary.locator("a[href='#memberIds']").click();
        assertThat(page.locator("#memberIds")).isFocused();
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the arena form with an unknown member");
        page.setViewportSize(320, 800);
        BrowserSupport.screenshot(page, "convener-arena-form-error-320");
        ReflowBrowserTest.assertReflows(page, "the arena form with an unknown member");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the arena form with an unknown member at 320 px");
        page.setViewportSize(1280, 900);

        members.fill("");
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/arenas/" + arena + "$"));
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("Ändringarna har sparats.");
        assertThat(page.locator("main")).containsText("Trafikverket");
        assertThat(page.locator("main")).containsText("Region Norrbotten");
    }
}
