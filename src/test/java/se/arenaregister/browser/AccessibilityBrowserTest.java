package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.Scope;
import se.arenaregister.catalog.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.OrganisationRepository;
import se.arenaregister.catalog.TopicRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;

/**
 * axe-core on every kind of page, anonymous and logged in: no violation of impact "serious" or
 * "critical". Minor and moderate findings are printed, not failed.
 *
 * <p>Paths may hold placeholders, filled from the demo data: {@code {infrastructure}} (the sub-area),
 * {@code {arena}} (Bärighetsrådet), {@code {organisation}}, {@code {topic}}, and {@code {historyArena}},
 * an arena of this test's own (in the test sub-area) with a change in its history.
 */
@IntegrationTest
class AccessibilityBrowserTest {

    static final Set<String> FAILING_IMPACTS = Set.of("serious", "critical");
    static final String HISTORY_ARENA = "Tillgänglighetstestets arena";
    /** Not a real path: the new-arena form submitted empty, so that every error is shown. */
    static final String EMPTY_SUBMISSION = "/arenas/new (sparat tomt)";

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
    @Autowired
    ArenaService arenaService;

    Map<String, String> placeholders;

    @BeforeEach
    void findTheDemoData() {
        long infrastructure = Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
        long arena = jdbc.sql("SELECT id FROM arena WHERE name = :name AND sub_area_id = :subArea")
                .param("name", "Bärighetsrådet").param("subArea", infrastructure).query(Long.class).single();
        placeholders = Map.of(
                "{infrastructure}", String.valueOf(infrastructure),
                "{arena}", String.valueOf(arena),
                "{historyArena}", String.valueOf(historyArena()),
                "{organisation}", String.valueOf(Register.organisationId(organisations, "Trafikverket")),
                "{topic}", String.valueOf(topics.findByNameIgnoreCase("Infrastruktur").orElseThrow().id()));
    }

    /** An arena of our own in the test sub-area, changed once, so its page has a history table with before/after. */
    long historyArena() {
        long subArea = Register.testSubArea(catalog, areas);
        return jdbc.sql("SELECT id FROM arena WHERE name = :name AND sub_area_id = :subArea")
                .param("name", HISTORY_ARENA).param("subArea", subArea).query(Long.class).optional()
                .orElseGet(() -> {
                    long area = Register.areaId(areas, Register.TEST_AREA);
                    long id = arenaService.create(new ArenaForm(HISTORY_ARENA, "TT", area, subArea, Set.of(),
                            Set.of(ArenaType.COLLABORATION), Set.of(Level.OFFICIAL), Scope.REGIONAL, null, false, Set.of(),
                            "Före ändringen", null, Set.of(), ArenaStatus.ACTIVE, null, null, null, 4, null, null, null));
                    ArenaForm stored = arenaService.formFor(id);
                    arenaService.update(id, new ArenaForm(stored.name(), stored.shortName(), stored.areaId(), stored.subAreaId(),
                            stored.secondaryAreaIds(), Set.of(ArenaType.COLLABORATION, ArenaType.INFLUENCE), stored.levels(),
                            Scope.NATIONAL, stored.convenerId(), true, stored.memberIds(), "Efter ändringen", stored.otherInfo(),
                            stored.topicIds(), ArenaStatus.ENDING, stored.startDate(), stored.endDate(), stored.website(), 6,
                            stored.hoursPerMeeting(), stored.responsibleOfficial(), stored.version()));
                    return id;
                });
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
            "/arenas/987654",
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
            "/arenas/{historyArena}",
            "/arenas/new",
            EMPTY_SUBMISSION,
            "/arenas/{arena}/edit",
            "/areas",
            "/organisations",
            "/organisations/{organisation}",
            "/topics",
            "/topics/{topic}",
            "/arenas/987654",
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
        } else {
            open(page, path);
        }
        if (path.equals("/arenas/{historyArena}")) {
            assertThat(page.locator("section.history table.changes").first()).isVisible();
        }
        assertNoSeriousViolations(page, "inloggad: " + path);
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

    static void assertNoSeriousViolations(Page page, String what) {
        AxeResults results = new AxeBuilder(page).analyze();
        Assertions.assertThat(results.isErrored()).as("axe-core failed on %s: %s", what, results.getErrorMessage()).isFalse();
        List<Rule> violations = results.getViolations();
        List<Rule> serious = violations.stream().filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
        List<Rule> other = violations.stream().filter(rule -> !FAILING_IMPACTS.contains(rule.getImpact())).toList();
        if (!other.isEmpty()) {
            System.out.println("axe-core, minor/moderate on " + what + " (" + page.url() + "):\n" + describe(other));
        }
        if (!serious.isEmpty()) {
            BrowserSupport.screenshot(page, "axe-" + what.replaceAll("[^\\p{L}\\p{N}]+", "_"));
        }
        Assertions.assertThat(serious)
                .as("axe-core violations of impact serious/critical on %s (%s):%n%s", what, page.url(), describe(serious))
                .isEmpty();
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
