package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.catalog.internal.TopicRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;

/**
 * axe-core on every kind of page, anonymous and logged in: no violation of impact "serious" or
 * "critical". Minor and moderate findings are printed, not failed.
 *
 * <p>Paths may hold placeholders, filled from the demo data: {@code {infrastructure}} (the sub-area),
 * {@code {arena}} (Bärighetsrådet), {@code {organisation}} and {@code {topic}}.
 */
@IntegrationTest
class AccessibilityBrowserTest {

    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    static final String HISTORY_ARENA = "Tillgänglighetstestets arena";
    /** Not a real path: the new-arena form submitted empty, so that every error is shown. */
    static final String EMPTY_SUBMISSION = "/arenas/new (sparat tomt)";
    /** Not a real path: the page of an arena of this test's own with a change in its history. */
    static final String HISTORY_PAGE = "/arenas/<egen arena med historik>";

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

    Map<String, String> placeholders;

    @BeforeEach
    void findTheDemoData() {
        long infrastructure = Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
        long arena = jdbc.sql("SELECT id FROM arena WHERE name = :name AND sub_area_id = :subArea")
                .param("name", "Bärighetsrådet").param("subArea", infrastructure).query(Long.class).single();
        placeholders = Map.of(
                "{infrastructure}", String.valueOf(infrastructure),
                "{arena}", String.valueOf(arena),
                "{organisation}", String.valueOf(Register.organisationId(organisations, "Trafikverket")),
                "{topic}", String.valueOf(topics.findByNameIgnoreCase("Infrastruktur").orElseThrow().id()),
                "{adminUser}", String.valueOf(jdbc.sql("SELECT id FROM app_user WHERE username = :u")
                        .param("u", IntegrationTest.ADMIN).query(Long.class).single()));
    }

    /**
     * An arena of our own in the test sub-area, created and then changed in the browser (so this test does not
     * depend on the form's Java shape), so that its page has a history table with before/after values.
     */
    long historyArena(Page page) {
        long subArea = Register.testSubArea(catalog, areas);
        var existing = jdbc.sql("SELECT id FROM arena WHERE name = :name AND sub_area_id = :subArea")
                .param("name", HISTORY_ARENA).param("subArea", subArea).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        open(page, "/arenas/new");
        page.getByLabel("Namn på arena/nätverk/forum", new Page.GetByLabelOptions().setExact(true)).fill(HISTORY_ARENA);
        page.getByLabel("Verksamhetsområde", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(Register.TEST_AREA));
        page.getByLabel("Sakområde", new Page.GetByLabelOptions().setExact(true))
                .selectOption(new SelectOption().setLabel(Register.TEST_SUB_AREA));
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Typ av forum").setExact(true))
                .getByLabel("Samverkan", new Locator.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Nivå").setExact(true))
                .getByLabel("Tjänstepersonsnivå", new Locator.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Syfte med arenan", new Page.GetByLabelOptions().setExact(true)).fill("Före ändringen");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/arenas/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Arenan har skapats.");
        long id = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1));

        open(page, "/arenas/" + id + "/edit");
        page.getByLabel("Syfte med arenan", new Page.GetByLabelOptions().setExact(true)).fill("Efter ändringen");
        page.getByLabel("Möten per år", new Page.GetByLabelOptions().setExact(true)).fill("6");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/arenas/" + id + "$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Ändringarna har sparats.");
        return id;
    }

    String url(String path) {
        String resolved = path;
        for (var placeholder : placeholders.entrySet()) {
            resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
        }
        return "http://localhost:" + port + resolved;
    }

    @ParameterizedTest(name = "anonymt: {0}")
    @ValueSource(strings = {
            "/arenas",
            "/arenas?subArea={infrastructure}",
            "/arenas/{arena}",
            "/areas",
            "/organisations",
            "/organisations/{organisation}",
            "/topics",
            "/topics/{topic}",
            "/login",
            "/login?ended",
            "/arenas/987654",
            "/agreements",
            "/arenas?lang=en"})
    void anonymousPagesHaveNoSeriousViolations(String path) {
        Page page = browser.page();
        open(page, path);
        assertNoSeriousViolations(page, "anonymt: " + path);
    }

    @ParameterizedTest(name = "inloggad: {0}")
    @ValueSource(strings = {
            "/arenas",
            "/arenas?subArea={infrastructure}",
            "/arenas/{arena}",
            HISTORY_PAGE,
            "/arenas/new",
            EMPTY_SUBMISSION,
            "/arenas/{arena}/edit",
            "/areas",
            "/organisations",
            "/organisations/{organisation}",
            "/topics",
            "/topics/{topic}",
            "/arenas/987654",
            "/users",
            "/users/new",
            "/users/{adminUser}/edit",
            "/users/{adminUser}/password",
            "/account/password",
            "/me/tokens",
            "/me",
            "/admin/backup",
            "/admin/memo-template",
            "/agreements",
            "/agreements/new",
            "/admin/reminders",
            "/me/reminders",
            "/arenas?lang=en"})
    void loggedInPagesHaveNoSeriousViolations(String path) {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        if (path.equals(EMPTY_SUBMISSION)) {
            open(page, "/arenas/new");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
            page.waitForURL(Pattern.compile(".*/arenas$"));
            assertThat(page.locator("#error-summary")).isVisible();
            assertThat(page.locator("#name-error")).isVisible();
            BrowserSupport.screenshot(page, "a11y-new-arena-saved-empty");
        } else if (path.equals(HISTORY_PAGE)) {
            open(page, "/arenas/" + historyArena(page));
            assertThat(page.locator("section.history table.changes").first()).isVisible();
        } else {
            open(page, path);
        }
        assertNoSeriousViolations(page, "inloggad: " + path);
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
        Response response = page.navigate(url(path));
        Assertions.assertThat(response).as("response to %s", path).isNotNull();
        Assertions.assertThat(response.status()).as("status of %s", path).isIn(200, 404);
        assertThat(page.locator("main h1")).isVisible();
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
