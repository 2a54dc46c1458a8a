package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.catalog.internal.TopicRepository;
import se.arenaregister.support.IntegrationTest;

/**
 * Every page of the crawl ({@link CrawlPages}, with the pages the other browser tests scan) reflows (WCAG 2.1, 1.4.10):
 * at 320 CSS px wide nothing scrolls sideways but a table in a scroll region of its own, nothing is cut off, and axe-core
 * finds nothing serious or critical on the crawl's own pages, there and at 1280 px; at 640 px (200 % zoom of a 1280 px window) the same layout check. 400 % zoom of a
 * 1280 px window is a 320 CSS px viewport to the page, media queries included, so the 320 px run is that check (CSS
 * {@code zoom} in the page would not be: media queries ignore it). The header's menu, collapsed into a button at
 * narrow widths, opens and closes by keyboard and is all there without JavaScript.
 *
 * <p>Fast on purpose (it runs in CI on 2 cores): one browser page for the whole crawl, reused from page to page (a
 * dynamic test per page), each page opened once at 320 px and then widened to 640, logged in once. With
 * {@code -Dbrowser.screenshots=true} every page is photographed at both widths ({@code target/screenshots/reflow-*}).
 */
@IntegrationTest
class ReflowBrowserTest {

    static final String MENU = "#site-menu";
    /** A phone's width, and that of a 1280 px window at 400 % zoom. */
    static final int NARROW = 320;
    /** A 1280 px window at 200 % zoom. */
    static final int ZOOM_200 = 640;
    /** The window the register is designed for: the crawl's pages are scanned with axe-core here as well. */
    static final int WIDE = 1280;

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AreaRepository areas;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TopicRepository topics;
    @Autowired
    CatalogService catalog;

    CrawlPages crawl;

    @BeforeEach
    void findTheDemoData() {
        crawl = new CrawlPages(port, jdbc, catalog, areas, organisations, topics).withMorePlaceholders();
    }

    /**
     * Each page once: opened at 320 px, laid out there (and, for the pages of the crawl, scanned with axe-core: the
     * further pages are scanned at 1280 px by the journeys they come from), then widened to 640 px and laid out again,
     * and the crawl's pages widened to 1280 px and scanned again (a resize lays the same page out anew, cheaper than a
     * second visit and, logged in, a second login; what scripts draw only grows with the width).
     */
    @TestFactory
    Stream<DynamicNode> everyPageReflowsAt320And640PxWithoutSeriousAxeFindingsAt320Or1280() {
        Page page = browser.page();
        Stream<DynamicNode> anonymous = Stream.concat(CrawlPages.ANONYMOUS.stream(), CrawlPages.MORE_ANONYMOUS.stream()).distinct()
                .map(path -> dynamicTest(path, () -> check(page, "anonymt", path, CrawlPages.ANONYMOUS.contains(path))));
        Stream<DynamicNode> signedIn = Stream.concat(
                Stream.of(dynamicTest("logga in", () -> {
                    // At full width, where the login's check sees who is logged in in the header, not behind the menu.
                    page.setViewportSize(1280, 900);
                    BrowserSupport.logIn(page, crawl.url(""));
                })),
                Stream.concat(CrawlPages.SIGNED_IN.stream(), CrawlPages.MORE_SIGNED_IN.stream()).distinct()
                        .map(path -> dynamicTest(path, () -> check(page, "inloggad", path, CrawlPages.SIGNED_IN.contains(path)))));
        return Stream.of(dynamicContainer("anonymt", anonymous), dynamicContainer("inloggad", signedIn));
    }

    /** The layout at both widths; axe-core at 320 and 1280 px on the pages of the crawl itself ({@code scan}). */
    void check(Page page, String who, String path, boolean scan) {
        String name = who + path.replaceAll("[^\\p{L}\\p{N}]+", "_");
        List<String> failures = new ArrayList<>();
        try {
            page.setViewportSize(NARROW, 800);
            crawl.visit(page, path);
            BrowserSupport.screenshot(page, "reflow-" + NARROW + "-" + name);
            failures.addAll(problems(page, NARROW));
            if (scan) {
                try {
                    AccessibilityBrowserTest.assertNoSeriousViolations(page, who + ", " + NARROW + " px: " + path);
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
            page.setViewportSize(ZOOM_200, 800);
            BrowserSupport.screenshot(page, "reflow-" + ZOOM_200 + "-" + name);
            failures.addAll(problems(page, ZOOM_200));
            if (scan) {
                page.setViewportSize(WIDE, 900);
                if (path.equals(CrawlPages.EMPTY_SUBMISSION)) {
                    BrowserSupport.screenshot(page, "a11y-new-arena-saved-empty");
                }
                try {
                    AccessibilityBrowserTest.assertNoSeriousViolations(page, who + ", " + WIDE + " px: " + path);
                } catch (AssertionError e) {
                    failures.add(e.getMessage());
                }
            }
            if (!failures.isEmpty()) {
                if (!Boolean.getBoolean("browser.screenshots")) {
                    page.setViewportSize(NARROW, 800);
                    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                            .setPath(BrowserSupport.SCREENSHOTS.resolve("FAILED-reflow-" + name + ".png")));
                }
                Assertions.fail("%s, %s (%s):%n%s".formatted(who, path, page.url(), String.join("\n", failures)));
            }
        } finally {
            if (path.contains("lang=en")) {
                // The language is a cookie: back to Swedish, which the next pages' labels are looked up in.
                page.navigate(crawl.url("/arenas?lang=sv"));
            }
        }
    }

    /** What does not reflow on the page as it is laid out now, each line naming the width. */
    @SuppressWarnings("unchecked")
    static List<String> problems(Page page, int width) {
        return ((List<String>) page.evaluate(REFLOW_PROBLEMS)).stream().map(problem -> width + " px: " + problem).toList();
    }

    /** The check itself, in {@code src/test/resources/browser/reflow-problems.js}: see there what it looks for. */
    static final String REFLOW_PROBLEMS = read("/browser/reflow-problems.js");

    static String read(String resource) {
        try (InputStream in = ReflowBrowserTest.class.getResourceAsStream(resource)) {
            return new String(Objects.requireNonNull(in, resource).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void assertReflows(Page page, String what) {
        List<String> problems = problems(page, page.viewportSize().width);
        Assertions.assertThat(problems).as("what does not reflow on %s (%s)", what, page.url()).isEmpty();
    }

    /** The check fails where it should: a wide element, a scroll box a keyboard cannot reach, text cut off. */
    @Test
    void theReflowCheckFindsWhatItShould() {
        Page page = browser.page();
        page.setViewportSize(NARROW, 800);
        crawl.open(page, "/areas");
        assertReflows(page, "/areas as it is");
        List<String> kinds = List.of(
                "<div id='wide' style='width: 500px'>x</div>",
                "<div id='unnamed' style='overflow-x: auto'><div style='width: 500px'>x</div></div>",
                "<p id='cut' style='overflow: hidden; white-space: nowrap'>" + "Regionutvecklingsdirektörerna ".repeat(5) + "</p>");
        for (String html : kinds) {
            page.evaluate("html => { document.querySelector('#test-case')?.remove();"
                    + " document.querySelector('main').insertAdjacentHTML('beforeend', '<div id=\"test-case\">' + html + '</div>'); }", html);
            String id = html.substring(html.indexOf("id='") + 4, html.indexOf("'", html.indexOf("id='") + 4));
            Assertions.assertThatThrownBy(() -> assertReflows(page, id)).as(html).hasMessageContaining("#" + id);
        }
        page.evaluate("() => { document.querySelector('#test-case').innerHTML = '<div class=\"table-scroll\" role=\"region\""
                + " tabindex=\"0\" aria-label=\"En bred tabell\"><table><tr><td style=\"min-width: 900px\">x</td></tr></table></div>'; }");
        assertReflows(page, "a wide table in a named scroll region of its own");
    }

    /**
     * Stacked rows are still a table to a screen reader (Chromium keeps a table's roles under display: block; some
     * browsers do not), its cells named by their column headers; the labels drawn in front of the cells are not read.
     */
    @Test
    void stackedRowsAreStillATableToAScreenReader() {
        Page page = browser.page();
        page.setViewportSize(NARROW, 800);
        crawl.open(page, "/organisations");
        assertThat(page.locator("table.stack thead")).not().isInViewport();
        Assertions.assertThat(page.evaluate("() => getComputedStyle(document.querySelector('table.stack tbody tr')).display"))
                .as("the rows are stacked").isEqualTo("block");
        JsonObject tree = page.context().newCDPSession(page).send("Accessibility.getFullAXTree");
        List<String> roles = new ArrayList<>();
        List<String> cellNames = new ArrayList<>();
        for (var node : tree.getAsJsonArray("nodes")) {
            JsonObject n = node.getAsJsonObject();
            if (n.has("role") && !n.get("ignored").getAsBoolean()) {
                String role = n.getAsJsonObject("role").get("value").getAsString();
                roles.add(role);
                if (role.equals("cell") && n.has("name")) {
                    cellNames.add(n.getAsJsonObject("name").get("value").getAsString());
                }
            }
        }
        Assertions.assertThat(roles).as("roles in the accessibility tree at 320 px").contains("table", "row", "columnheader", "cell");
        Assertions.assertThat(cellNames).as("cells' names").isNotEmpty().noneMatch(name -> name.contains("Typ av organisation:"));
    }

    @Test
    void theMenuCollapsesIntoAButtonThatWorksByKeyboard() {
        Page page = browser.page();
        page.setViewportSize(NARROW, 800);
        crawl.open(page, "/arenas");
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meny").setExact(true));
        Locator menu = page.locator(MENU);
        Locator register = page.locator(MENU).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Register").setExact(true));
        assertThat(button).isVisible();
        assertThat(button).hasAttribute("aria-expanded", "false");
        assertThat(button).hasAttribute("aria-controls", "site-menu");
        assertThat(menu).isHidden();
        BrowserSupport.screenshot(page, "reflow-menu-1-closed");

        // Skip link, the register's name, then the button.
        for (int i = 0; i < 3; i++) {
            page.keyboard().press("Tab");
        }
        assertThat(button).isFocused();
        KeyboardBrowserTest.assertVisibleFocus(page);
        page.keyboard().press("Enter");
        assertThat(button).hasAttribute("aria-expanded", "true");
        assertThat(register).isVisible();
        assertReflows(page, "/arenas with the menu open");
        BrowserSupport.screenshot(page, "reflow-menu-2-open");
        page.keyboard().press("Tab");
        assertThat(register).isFocused();

        page.keyboard().press("Escape");
        assertThat(button).hasAttribute("aria-expanded", "false");
        assertThat(menu).isHidden();
        assertThat(button).isFocused();

        page.keyboard().press(" ");
        assertThat(button).hasAttribute("aria-expanded", "true");
        assertThat(register).isVisible();
        page.keyboard().press(" ");
        assertThat(button).hasAttribute("aria-expanded", "false");
        assertThat(menu).isHidden();

        // Wide, there is no button: the menu is always there.
        page.setViewportSize(1280, 900);
        assertThat(button).isHidden();
        assertThat(register).isVisible();
    }

    @Test
    void withoutJavaScriptTheMenuIsAllThereAndStillReflows() {
        Page page = browser.page();
        BrowserSupport.logIn(page, crawl.url(""));
        page.setViewportSize(NARROW, 800);
        var cdp = page.context().newCDPSession(page);
        JsonObject disabled = new JsonObject();
        disabled.addProperty("value", true);
        cdp.send("Emulation.setScriptExecutionDisabled", disabled);
        crawl.open(page, "/arenas/{arena}");
        Assertions.assertThat(page.evaluate("() => typeof window.htmx")).as("scripts ran").isEqualTo("undefined");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meny").setExact(true))).isHidden();
        for (String link : List.of("Register", "Personer och beslut", "Uppföljning", "Analys och PM", "Min sida")) {
            assertThat(page.locator(MENU).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(link).setExact(true)))
                    .isVisible();
        }
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga ut").setExact(true))).isVisible();
        assertReflows(page, "an arena without JavaScript");
        BrowserSupport.screenshot(page, "reflow-menu-3-without-javascript");
    }
}
