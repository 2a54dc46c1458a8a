package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.assertj.core.api.Assertions;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.catalog.internal.TopicRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;

/**
 * The crawl: every kind of page, anonymous and logged in, as {@link ReflowBrowserTest} lays them out at 320 and 640 px
 * and scans them with axe-core at 320 and 1280 px. A new page goes into {@link #ANONYMOUS} or {@link #SIGNED_IN} (the
 * test then visits it); {@link #MORE_ANONYMOUS} and {@link #MORE_SIGNED_IN} are the pages that
 * other browser tests scan with axe-core in their own journeys, which the reflow test visits as well.
 *
 * <p>Paths may hold placeholders, filled from the demo data: {@code {infrastructure}} (the sub-area),
 * {@code {arena}} (Bärighetsrådet), {@code {longestArena}} (the arena with the longest name), {@code {organisation}},
 * {@code {topic}}, {@code {growth}} (the area Hållbar tillväxt), {@code {person}} (an elected representative),
 * {@code {meeting}}, {@code {decision}}, {@code {agreement}}, {@code {memo}} (the sent memo of 2022), {@code {note}} (the
 * public note), {@code {term}}, {@code {appointment}}, {@code {review}} (an open review) and {@code {adminUser}}; and
 * two are not paths at all: {@link #EMPTY_SUBMISSION} and {@link #HISTORY_PAGE}.
 */
final class CrawlPages {

    static final String HISTORY_ARENA = "Tillgänglighetstestets arena";
    /** Not a real path: the new-arena form submitted empty, so that every error is shown. */
    static final String EMPTY_SUBMISSION = "/arenas/new (sparat tomt)";
    /** Not a real path: the page of an arena of this test's own with a change in its history. */
    static final String HISTORY_PAGE = "/arenas/<egen arena med historik>";

    static final List<String> ANONYMOUS = List.of(
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
            "/arenas?lang=en");

    static final List<String> SIGNED_IN = List.of(
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
            "/arenas?lang=en");

    /** Public pages beyond {@link #ANONYMOUS}: analysis, follow-up, people, governance, memos, search. */
    static final List<String> MORE_ANONYMOUS = List.of(
            "/arenas/{longestArena}",
            "/analysis",
            "/analysis/areas/{growth}",
            "/analysis/areas/{infrastructure}",
            "/coverage",
            "/coverage?view=scope",
            "/coverage?view=levels",
            "/network",
            "/network?clusters=true",
            "/changes",
            "/reports",
            "/people",
            "/people/{person}",
            "/companies",
            "/meetings",
            "/meetings/{meeting}",
            "/reviews",
            "/assignments",
            "/decisions",
            "/decisions/{decision}",
            "/agreements/{agreement}",
            "/memos",
            "/memos/{memo}",
            "/notes/{note}",
            "/search?q=infrastruktur");

    /** Pages beyond {@link #SIGNED_IN} that only the logged in reach, and public ones that show more to them. */
    static final List<String> MORE_SIGNED_IN = List.of(
            "/dashboard",
            "/arenas/{longestArena}",
            "/arenas/{arena}/relations",
            "/arenas/{arena}/end",
            "/arenas/{arena}/appointments/new",
            "/arenas/{arena}/assessments/new",
            "/arenas/{arena}/notes/new",
            "/appointments/{appointment}/edit",
            "/areas/new",
            "/areas/{infrastructure}/edit",
            "/organisations/new",
            "/organisations/{organisation}/edit",
            "/topics/new",
            "/people",
            "/people/{person}",
            "/people/new",
            "/people/{person}/edit",
            "/workload",
            "/companies",
            "/terms",
            "/terms/{term}/change",
            "/meetings/new",
            "/meetings/{meeting}",
            "/reviews",
            "/reviews/new",
            "/reviews/{review}/outcome",
            "/assignments/new",
            "/decisions/new",
            "/decisions/{decision}",
            "/agreements/{agreement}",
            "/calendar",
            "/analysis",
            "/analysis/intro",
            "/analysis/areas/{growth}/text",
            "/coverage?view=scope",
            "/network",
            "/import",
            "/memos",
            "/memos/new",
            "/memos/{memo}",
            "/notes/{note}",
            "/users/{adminUser}/tokens",
            "/search?q=infrastruktur");

    private final int port;
    private final JdbcClient jdbc;
    private final CatalogService catalog;
    private final AreaRepository areas;
    private final Map<String, String> placeholders = new LinkedHashMap<>();

    CrawlPages(int port, JdbcClient jdbc, CatalogService catalog, AreaRepository areas, OrganisationRepository organisations,
               TopicRepository topics) {
        this.port = port;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.areas = areas;
        long infrastructure = Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
        placeholders.put("{infrastructure}", String.valueOf(infrastructure));
        placeholders.put("{arena}", String.valueOf(jdbc.sql("SELECT id FROM arena WHERE name = :name AND sub_area_id = :subArea")
                .param("name", "Bärighetsrådet").param("subArea", infrastructure).query(Long.class).single()));
        placeholders.put("{organisation}", String.valueOf(Register.organisationId(organisations, "Trafikverket")));
        placeholders.put("{topic}", String.valueOf(topics.findByNameIgnoreCase("Infrastruktur").orElseThrow().id()));
        placeholders.put("{adminUser}", String.valueOf(jdbc.sql("SELECT id FROM app_user WHERE username = :u")
                .param("u", IntegrationTest.ADMIN).query(Long.class).single()));
    }

    /**
     * The demo data's ids for the placeholders of {@link #MORE_ANONYMOUS} and {@link #MORE_SIGNED_IN} (the first of each
     * kind the demo loaded, so that rows other tests add in the shared database do not change which one is visited).
     */
    CrawlPages withMorePlaceholders() {
        placeholders.put("{growth}", String.valueOf(Register.areaId(areas, "Hållbar tillväxt")));
        placeholders.put("{longestArena}", first("SELECT a.id FROM arena a JOIN area r ON r.id = a.area_id"
                + " WHERE r.name <> '" + Register.TEST_AREA + "' AND NOT a.archived ORDER BY length(a.name) DESC, a.id LIMIT 1"));
        placeholders.put("{person}", first("SELECT min(id) FROM person WHERE kind = 'ELECTED' AND NOT erased"));
        placeholders.put("{meeting}", first("SELECT min(id) FROM committee_meeting"));
        placeholders.put("{decision}", first("SELECT min(id) FROM decision"));
        placeholders.put("{agreement}", first("SELECT min(id) FROM agreement"));
        placeholders.put("{memo}", first("SELECT id FROM memo_edition WHERE year = 2022"));
        placeholders.put("{note}", first("SELECT min(id) FROM note WHERE public"));
        placeholders.put("{term}", first("SELECT min(id) FROM term"));
        placeholders.put("{appointment}", first("SELECT min(id) FROM appointment"));
        placeholders.put("{review}", first("SELECT min(id) FROM review WHERE completed_on IS NULL"));
        return this;
    }

    private String first(String sql) {
        Long id = jdbc.sql(sql).query(Long.class).optional().orElse(null);
        Assertions.assertThat(id).as("the demo data has a row for %s", sql).isNotNull();
        return String.valueOf(id);
    }

    String url(String path) {
        String resolved = path;
        for (var placeholder : placeholders.entrySet()) {
            resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
        }
        return "http://localhost:" + port + resolved;
    }

    /** Opens a real path: answered 200 (or 404 for the page that is not there), with its heading shown. */
    void open(Page page, String path) {
        Response response = page.navigate(url(path));
        Assertions.assertThat(response).as("response to %s", path).isNotNull();
        Assertions.assertThat(response.status()).as("status of %s", path).isIn(200, 404);
        assertThat(page.locator("main h1")).isVisible();
    }

    /**
     * Opens a page of the crawl as a logged-in person: a real path, or one of the two that are not, {@link #EMPTY_SUBMISSION}
     * (the new-arena form saved empty, its errors shown) and {@link #HISTORY_PAGE}.
     */
    void visit(Page page, String path) {
        if (path.equals(EMPTY_SUBMISSION)) {
            open(page, "/arenas/new");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
            page.waitForURL(Pattern.compile(".*/arenas$"));
            assertThat(page.locator("#error-summary")).isVisible();
            assertThat(page.locator("#name-error")).isVisible();
        } else if (path.equals(HISTORY_PAGE)) {
            open(page, "/arenas/" + historyArena(page));
            assertThat(page.locator("section.history table.changes").first()).isVisible();
        } else {
            open(page, path);
        }
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
}
