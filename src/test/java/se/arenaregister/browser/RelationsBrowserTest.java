package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;

/**
 * Arenas in relation to each other and end dates that act, in a real browser: the memo's CPMR with its parts and
 * where it is anchored, the register folding working groups under their parent, and the dashboard asking to confirm an
 * end or extend it (a date that is not after today is refused next to the field). No serious axe-core violation, nothing
 * wider than the screen at 320 px. Screenshots: {@code target/screenshots/relations-*.png}.
 */
@IntegrationTest
class RelationsBrowserTest {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ArenaService arenas;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;
    @Autowired
    Clock clock;

    @Test
    void anArenaPageShowsItsRelationsAndTheRegisterFoldsWorkingGroups() {
        long cpmr = arenaNamed("CPMR (inkl. arbetsgrupper)");
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));

        page.navigate(url("/arenas/" + cpmr));
        Locator relations = page.locator("section.relations");
        assertThat(relations.locator("h2")).hasText("Relationer till andra arenor");
        assertThat(relations).containsText("Arbetsgrupper och delar");
        assertThat(relations).containsText("CPMR Sverige");
        assertThat(relations).containsText("Förankras i");
        assertThat(relations).containsText("Regionens samverkansråd");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "an arena page with relations");
        BrowserSupport.screenshot(page, "relations-arena");
        fitsAt320(page, "section.relations, .page-title, dl.facts", "relations-arena-320");
        pageDoesNotScrollSideways(page, "the arena page at 320 px");

        page.setViewportSize(1280, 900);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Ändra relationer").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/arenas/" + cpmr + "/relations$"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lägg till").setExact(true)).click();
        assertThat(page.locator("#otherArenaId-error")).isVisible();
        assertThat(page.locator("#otherArenaId")).hasAttribute("aria-invalid", "true");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the relations page with a refused relation");
        BrowserSupport.screenshot(page, "relations-page-error");
        fitsAt320(page, "main", "relations-page-320");

        page.setViewportSize(1280, 900);
        page.navigate(url("/arenas"));
        Locator part = page.locator("tr.part-row", new Page.LocatorOptions().setHasText("CPMR Sverige"));
        assertThat(part).isVisible();
        assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("CPMR (inkl. arbetsgrupper)")).first())
                .containsText("arbetsgrupper");
        Locator toggle = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa/dölj arbetsgrupper").setExact(true));
        toggle.click();
        assertThat(part).isHidden();
        assertThat(toggle).hasAttribute("aria-pressed", "false");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the register with working groups folded away");
        toggle.click();
        assertThat(part).isVisible();
    }

    @Test
    void theDashboardAsksToConfirmOrExtendAnEndThatPassed() {
        LocalDate today = LocalDate.now(clock);
        long subArea = Register.testSubArea(catalog, areas);
        long area = Register.areaId(areas, Register.TEST_AREA);
        String name = "Webbslutdatum " + System.nanoTime() % 1_000_000;
        long id = arenas.create(ArenaForm.builder().name(name).areaId(area).subAreaId(subArea).types(Set.of(ArenaType.COLLABORATION))
                .levels(Set.of(Level.OFFICIAL)).status(ArenaStatus.ENDING).endDate(today.minusDays(3)).build());

        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        page.navigate(url("/dashboard"));
        assertThat(page.locator("#ends-heading")).containsText("Slutdatum som har passerat eller närmar sig");
        assertThat(page.locator("#considered-heading")).containsText("Övervägs – väntar på beslut");
        assertThat(page.locator("main")).containsText("BSC:s Arctic Task Force");
        assertThat(page.locator("main")).containsText("Bottniska korridoren styrgrupp");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the dashboard with ends to confirm");
        BrowserSupport.screenshot(page, "relations-dashboard");
        fitsAt320(page, "section[aria-labelledby=ends-heading], section[aria-labelledby=considered-heading]", "relations-dashboard-320");
        pageDoesNotScrollSideways(page, "the dashboard at 320 px");

        page.setViewportSize(1280, 900);
        page.getByLabel("Nytt slutdatum för " + name, new Page.GetByLabelOptions().setExact(true)).fill(today.toString());
        page.locator("#dashboard-endDate-" + id + " ~ button").click();
        page.waitForURL(Pattern.compile(".*/arenas/" + id + "/end/extend$"));
        assertThat(page.locator("#end-page-endDate-" + id + "-error")).containsText("måste vara efter i dag");
        AccessibilityBrowserTest.assertNoSeriousViolations(page, "the end page with a refused date");
        fitsAt320(page, "main", "relations-end-error-320");

        page.setViewportSize(1280, 900);
        page.getByLabel("Nytt slutdatum för " + name, new Page.GetByLabelOptions().setExact(true)).fill(today.plusDays(20).toString());
        page.locator("#end-page-endDate-" + id + " ~ button").click();
        page.waitForURL(Pattern.compile(".*/dashboard$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Slutdatumet är förlängt.");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bekräfta att " + name + " har upphört").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/dashboard$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Arenan är markerad som avslutad.");
        Assertions.assertThat(jdbc.sql("SELECT status FROM arena WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ENDED");
    }

    /**
     * At 320 px the parts this feature adds fit the screen: nothing inside {@code selector} reaches past its right edge.
     * (Wide tables scroll inside their own region: see {@link #pageDoesNotScrollSideways}.)
     */
    private static void fitsAt320(Page page, String selector, String screenshot) {
        page.setViewportSize(320, 800);
        BrowserSupport.screenshot(page, screenshot);
        Object wide = page.evaluate("""
                selector => Array.from(document.querySelectorAll(selector + ', ' + selector + ' *'))
                    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')""",
                selector);
        Assertions.assertThat((String) wide).as("wider than a 320 px screen in %s (%s)", selector, screenshot).isEmpty();
    }

    /** The page reflows: wide tables scroll inside their own region, the page itself never sideways (WCAG 1.4.10). */
    private static void pageDoesNotScrollSideways(Page page, String what) {
        Object overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object culprits = page.evaluate("""
                () => Array.from(document.querySelectorAll('main *'))
                    .filter(e => !e.closest('.table-scroll') && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                    .slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id).join(', ')""");
        Assertions.assertThat(((Number) overflow).intValue()).as("%s scrolls sideways by this many pixels (%s)", what, culprits)
                .isLessThanOrEqualTo(1);
    }

    private long arenaNamed(String name) {
        return jdbc.sql("SELECT id FROM arena WHERE name = :n AND NOT archived").param("n", name).query(Long.class).single();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
