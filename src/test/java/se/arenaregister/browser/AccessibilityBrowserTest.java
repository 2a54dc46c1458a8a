package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.catalog.internal.TopicRepository;
import se.arenaregister.support.IntegrationTest;

/**
 * The axe-core check every browser test uses ({@link #assertNoSeriousViolations}: no violation of impact "serious" or
 * "critical"; minor and moderate findings are printed, not failed), shown to fail where it should, and what a scan of a
 * page as it loads cannot see: error summary links, the focused skip link, the not-found page. Every kind of page of
 * the crawl ({@link CrawlPages}), anonymous and logged in, is scanned at 320 and 1280 px by {@link ReflowBrowserTest},
 * which visits each once.
 */
@IntegrationTest
class AccessibilityBrowserTest {

    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");

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
        crawl = new CrawlPages(port, jdbc, catalog, areas, organisations, topics);
    }

    String url(String path) {
        return crawl.url(path);
    }

    /** Each link in the error summary leads to its field: the target exists, and following the link focuses it. */
    @Test
    void everyErrorSummaryLinkLeadsToItsField() {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        open(page, "/arenas/new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/arenas$"));
        Locator links = page.locator("#error-summary a");
        assertThat(links.first()).isVisible();

        List<String> problems = new ArrayList<>();
        for (int i = 0; i < links.count(); i++) {
            Locator link = links.nth(i);
            String href = link.getAttribute("href");
            String what = "\"" + link.textContent().trim() + "\" → " + href;
            if (href == null || !href.startsWith("#")
                    || Boolean.TRUE.equals(page.evaluate("id => document.getElementById(id) === null", href.substring(1)))) {
                problems.add(what + ": no element with that id on the page");
                continue;
            }
            link.click();
            String focused = (String) page.evaluate("() => document.activeElement.id");
            if (!href.substring(1).equals(focused)) {
                problems.add(what + ": following it focuses '" + focused + "'");
            }
        }
        Assertions.assertThat(problems).as("error summary links that do not lead to their field").isEmpty();
    }

    /** The scan fails where it should: an image without a text alternative, a field without a label. */
    @Test
    void theScanFindsWhatItShould() {
        Page page = browser.page();
        open(page, "/arenas");
        page.evaluate("() => { const main = document.querySelector('main');"
                + " main.insertAdjacentHTML('beforeend', '<img src=\"/images/none.png\"><input type=\"text\">'); }");
        Assertions.assertThatThrownBy(() -> assertNoSeriousViolations(page, "en sida med fel"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt").hasMessageContaining("label");
    }

    /** The skip link is off screen until focused, so the page scans above never see it drawn. */
    @Test
    void theSkipLinkIsReadableWhenFocused() {
        Page page = browser.page();
        open(page, "/arenas");
        page.keyboard().press("Tab");
        Locator skipLink = page.locator(".skip-link");
        assertThat(skipLink).isFocused();
        assertThat(skipLink).isInViewport();
        BrowserSupport.screenshot(page, "a11y-skip-link-focused");
        AxeResults results = scan(page).include(".skip-link").withRules(List.of("color-contrast")).analyze();
        if (!results.getViolations().isEmpty()) {
            Assertions.fail("The focused skip link fails axe-core's contrast check:%n%s"
                    .formatted(describe(results.getViolations())));
        }
        Assertions.assertThat(results.getPasses()).as("axe-core checked the skip link's contrast").isNotEmpty();
    }

    /** The check itself: a page with a known serious violation must fail it, naming the rule and the element. */
    @Test
    void theCheckReportsWhatToFix() {
        Page page = browser.page();
        open(page, "/login");
        page.evaluate("() => { const i = document.createElement('input'); i.id = 'unlabelled'; document.querySelector('main').append(i); }");
        Assertions.assertThatThrownBy(() -> assertNoSeriousViolations(page, "självtest"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("label [critical]")
                .hasMessageContaining("#unlabelled");
    }

    @Test
    void theNotFoundPageIsARealNotFound() {
        Response response = browser.page().navigate(url("/arenas/987654"));
        Assertions.assertThat(response.status()).isEqualTo(404);
        assertThat(browser.page().locator("h1")).hasText("Sidan finns inte");
    }

    void open(Page page, String path) {
        crawl.open(page, path);
    }

    /**
     * Every rule runs and every violation comes back with all its nodes; for the rules that pass (and the incomplete and
     * inapplicable ones) axe reports one node each instead of every node it checked, which on a long page is megabytes
     * of JSON to carry out of the browser and parse, for nothing this test reads.
     */
    static final AxeRunOptions VIOLATIONS_IN_FULL = new AxeRunOptions();

    static {
        VIOLATIONS_IN_FULL.setResultTypes(List.of("violations"));
    }

    /**
     * axe-core run in the page itself ({@code axe.run}, "legacy mode"). The default runs {@code axe.runPartial} in every
     * frame and then {@code axe.finishRun} in a second, blank page it opens and injects axe-core into again: that is for
     * cross-origin iframes, which no page of ours has, and it doubled the time of every scan (1.4 → 0.6 s on a small
     * page, 4.6 → 2.5 s on the register).
     */
    static AxeBuilder scan(Page page) {
        return new AxeBuilder(page).setLegacyMode(true);
    }

    static void assertNoSeriousViolations(Page page, String what) {
        AxeResults results = scan(page).options(VIOLATIONS_IN_FULL).analyze();
        Assertions.assertThat(results.isErrored()).as("axe-core failed on %s: %s", what, results.getErrorMessage()).isFalse();
        List<Rule> violations = results.getViolations();
        List<Rule> serious = violations.stream().filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
        List<Rule> other = violations.stream().filter(rule -> !FAILING_IMPACTS.contains(rule.getImpact())).toList();
        if (!other.isEmpty()) {
            System.out.println("axe-core, minor/moderate on " + what + " (" + page.url() + "):\n" + describe(other));
        }
        Assertions.assertThat(results.getPasses()).as("axe-core checked something on %s", what).isNotEmpty();
        if (!serious.isEmpty()) {
            Assertions.fail("axe-core found %d violation(s) of impact serious/critical on %s (%s):%n%s"
                    .formatted(serious.size(), what, page.url(), describe(serious)));
        }
    }

    static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> "- " + rule.getId() + " [" + rule.getImpact() + "] " + rule.getHelp()
                        + " (" + rule.getHelpUrl() + ")\n" + rule.getNodes().stream()
                        .map(AccessibilityBrowserTest::describe)
                        .collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", " / ");
        return "    at " + node.getTarget() + "  " + abbreviate(node.getHtml()) + "\n      " + summary;
    }

    static String abbreviate(String html) {
        if (html == null) {
            return "";
        }
        return html.length() <= 160 ? html : html.substring(0, 157) + "...";
    }
}
