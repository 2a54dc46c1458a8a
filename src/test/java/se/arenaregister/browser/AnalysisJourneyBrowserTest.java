package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static se.arenaregister.browser.AccessibilityBrowserTest.assertNoSeriousViolations;
import static se.arenaregister.browser.BrowserSupport.screenshot;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.exchange.MemoAppendix;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;

/**
 * The memo's pages in a real browser: axe-core on the analysis, coverage, network, changes, report and import
 * pages (anonymous and logged in, with errors shown); the coverage by scope fitting at 1280 px and scrolling in its
 * box at 320; a hand-written number the register contradicts flagged and cleared; the network map driven by
 * keyboard; the memo and the filtered arena list downloaded and read back; a CSV imported through the page
 * (preview, confirm, re-import changes nothing, the new arena among the year's changes) with the upload's progress
 * bar moving. Only the test area is written to. Screenshots: {@code target/screenshots/analysis-*.png}.
 */
@IntegrationTest
class AnalysisJourneyBrowserTest {

    static final String CSV_HEADER = "Namn;Typ av forum;Område;Sakområde;Nivå;Syfte med arenan";
    static final Pattern REGISTER_HAS = Pattern.compile("registret har (\\d+)");
    /** How far the topics × scope table reaches beyond its scrolling box, in CSS pixels. */
    static final String SCOPE_TABLE_OVERFLOW =
            "() => { const box = document.querySelector('#coverage-scope').parentElement; return box.scrollWidth - box.clientWidth; }";

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AreaRepository areas;
    @Autowired
    CatalogService catalog;

    Map<String, String> placeholders;

    @BeforeEach
    void findTheDemoData() {
        Register.testSubArea(catalog, areas);
        placeholders = Map.of(
                "{growth}", String.valueOf(Register.areaId(areas, "Hållbar tillväxt")),
                "{infrastructure}", String.valueOf(Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur")),
                "{testArea}", String.valueOf(Register.areaId(areas, Register.TEST_AREA)));
    }

    String url(String path) {
        String resolved = path;
        for (var placeholder : placeholders.entrySet()) {
            resolved = resolved.replace(placeholder.getKey(), placeholder.getValue());
        }
        return "http://localhost:" + port + resolved;
    }

    void open(Page page, String path) {
        Response response = page.navigate(url(path));
        Assertions.assertThat(response).as("response to %s", path).isNotNull();
        // A refused period (from after to) is answered 400 with the form and its message.
        Assertions.assertThat(response.status()).as("status of %s", path).isEqualTo(path.contains("from=2026-12-31") ? 400 : 200);
        assertThat(page.locator("main h1")).isVisible();
        assertThat(page.locator("body")).not().containsText("??");
    }

    static Page.GetByRoleOptions exactName(String name) {
        return new Page.GetByRoleOptions().setName(name).setExact(true);
    }

    static Page.GetByLabelOptions exact() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    @ParameterizedTest(name = "anonymt: {0}")
    @ValueSource(strings = {
            "/analysis",
            "/analysis/areas/{growth}",
            "/analysis/areas/{infrastructure}",
            "/coverage",
            "/coverage?view=scope",
            "/coverage?view=levels&lang=en",
            "/network",
            "/network?area={growth}&level=POLITICAL",
            "/changes",
            "/changes?from=2026-12-31&to=2026-01-01",
            "/reports",
            "/analysis?lang=en",
            "/network?lang=en",
            "/network?clusters=true",
            "/network?clusters=true&area={growth}&lang=en"})
    void anonymousPagesHaveNoSeriousViolations(String path) {
        Page page = browser.page();
        open(page, path);
        if (path.startsWith("/network")) {
            // The map is drawn by script after the page loads: scan it drawn, with its status text.
            assertThat(page.locator("#network-graph")).isVisible();
            assertThat(page.locator("#network-status")).not().isEmpty();
        }
        if (path.startsWith("/analysis") && !path.contains("{infrastructure}")) {
            // Charts are drawn from the tables; scan the page with them shown.
            assertThat(page.locator("figure.analysis-chart").first()).isVisible();
        }
        assertNoSeriousViolations(page, "anonymt: " + path);
    }

    @ParameterizedTest(name = "inloggad: {0}")
    @ValueSource(strings = {
            "/analysis",
            "/analysis/intro",
            "/analysis/areas/{growth}/text",
            "/analysis/areas/{testArea}",
            "/reports",
            "/import",
            "/import?lang=en"})
    void loggedInPagesHaveNoSeriousViolations(String path) {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        open(page, path);
        assertNoSeriousViolations(page, "inloggad: " + path);
    }

    /** A preview with problems listed by row and column, and one with arenas to create: both scanned. */
    @Test
    void importPreviewsHaveNoSeriousViolations() {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        open(page, "/import");
        upload(page, "fel.csv", csv(CSV_HEADER, "Felrad;Lobbying;Testområde;Testsakområde;Q;Syfte"));
        assertThat(page.locator("#import-problems")).isVisible();
        assertThat(page.locator("#import-problems")).containsText("Lobbying");
        assertThat(page.getByRole(AriaRole.BUTTON, exactName("Genomför importen (0 ändringar)"))).hasCount(0);
        screenshot(page, "analysis-import-problems");
        assertNoSeriousViolations(page, "importens förhandsgranskning med problem");

        open(page, "/import");
        upload(page, "ny.csv", csv(CSV_HEADER, PeopleFixtures.unique("Axetestets import") + ";Samverkan;Testområde;Testsakområde;T;Syfte"));
        assertThat(page.getByRole(AriaRole.HEADING, exactName("Nya arenor: 1"))).isVisible();
        assertNoSeriousViolations(page, "importens förhandsgranskning med en ny arena");

        open(page, "/import");
        upload(page, "inte-ett-kalkylark.xlsx", "Det här är ingen arbetsbok".getBytes(StandardCharsets.UTF_8));
        assertThat(page.locator("#import-error")).isVisible();
        assertNoSeriousViolations(page, "importen vägrad");
    }

    /**
     * The memo's own Bilaga 1, one sheet per sub-area, uploaded into the demo register with its area chosen: the preview
     * lists what the demo took from the memo's prose as the only changes, and reads at 320 px.
     */
    @Test
    void theMemosOwnWorkbookPreviewsWithTheDemosThreeDifferences() {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        open(page, "/import");
        page.locator("#subArea").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Hållbar tillväxt"));
        upload(page, "bilaga1.xlsx", MemoAppendix.sheetPerSubArea());
        screenshot(page, "import-memo-workbook");
        assertThat(page.locator("#import-problems")).hasCount(0);
        // The register journey changes one arena of this sub-area's purpose in the shared database; when it has run,
        // that arena differs from the appendix too.
        boolean journeyChangedOne = jdbc.sql("SELECT purpose LIKE :marker FROM arena WHERE name = :name AND NOT archived")
                .param("marker", RegisterJourneyBrowserTest.CHANGED_PURPOSE + "%").param("name", RegisterJourneyBrowserTest.ARENA)
                .query(Boolean.class).single();
        int changed = journeyChangedOne ? 4 : 3;
        assertThat(page.locator("main")).containsText("Arenor som ändras: " + changed);
        assertThat(page.locator("main")).containsText("Oförändrade arenor: " + (73 - changed));
        Locator changes = page.locator("section[aria-labelledby=updates-heading] table");
        for (String name : List.of("Regional innovationsplattform", "UNESCO Creative Cities Network",
                "Trööndelagen Saemien Raerie/Samisk Råd Trøndelag")) {
            assertThat(changes).containsText(name);
        }
        assertThat(changes.getByText(RegisterJourneyBrowserTest.ARENA, new Locator.GetByTextOptions().setExact(true)))
                .hasCount(journeyChangedOne ? 1 : 0);
        // The UNESCO row opens, by keyboard, to the note as the register has it and as the appendix would make it.
        Locator unesco = changes.locator("tr").filter(new Locator.FilterOptions().setHasText("UNESCO Creative Cities Network"));
        Locator values = unesco.locator("details.value-changes");
        assertThat(values.locator("dl")).not().isVisible();
        values.locator("summary").focus();
        page.keyboard().press("Enter");
        assertThat(values.locator("dl")).isVisible();
        assertThat(values.locator("dt")).hasText("Övrig info om arenan");
        assertThat(values.locator("dd").nth(0)).containsText("Nu:");
        assertThat(values.locator("dd").nth(0)).containsText("samverkansavtal med Östersunds kommun 2020 – 2024");
        assertThat(values.locator("dd").nth(1)).containsText("Efter importen:");
        assertThat(values.locator("dd").nth(1)).not().containsText("2020");
        // The appendix writes one purpose with a space before a comma that the demo left out: that space is what is marked.
        Locator innovation = changes.locator("tr").filter(new Locator.FilterOptions().setHasText("Regional innovationsplattform"));
        innovation.locator("summary").click();
        assertThat(innovation.locator("dd").nth(0).locator("mark")).hasCount(0);
        assertThat(innovation.locator("dd").nth(1).locator("mark")).hasCount(1);
        Assertions.assertThat(innovation.locator("dd").nth(1).locator("mark").textContent()).isEqualTo(" ");
        screenshot(page, "import-memo-workbook-values");
        assertNoSeriousViolations(page, "förhandsgranskning av PM:ets bilaga");
        page.setViewportSize(320, 800);
        screenshot(page, "import-memo-workbook-320");
        ReflowBrowserTest.assertReflows(page, "/import preview of the memo's workbook");
        assertNoSeriousViolations(page, "förhandsgranskning av PM:ets bilaga vid 320 px");
    }

    @Test
    void aNumberTheRegisterContradictsIsFlaggedUntilTheTextIsCorrected() {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        open(page, "/analysis/areas/{testArea}");
        page.getByRole(AriaRole.LINK, exactName("Redigera analystexten för " + Register.TEST_AREA)).click();
        page.waitForURL(Pattern.compile(".*/analysis/areas/\\d+/text$"));

        Locator text = page.getByLabel("Text", exact());
        text.fill("Regionen är med i 999 forum inom testområdet, och det är värt besväret.");
        page.getByRole(AriaRole.BUTTON, exactName("Spara")).click();
        page.waitForURL(Pattern.compile(".*/analysis/areas/\\d+$"));
        assertThat(page.getByRole(AriaRole.STATUS)).hasText("Texten är sparad.");
        Locator flag = page.locator("#text-" + placeholders.get("{testArea}") + " .discrepancy");
        assertThat(flag).hasCount(1);
        assertThat(flag).containsText("Stämmer inte");
        assertThat(flag).containsText("Texten säger ”999 forum”");
        screenshot(page, "analysis-text-flagged");
        assertNoSeriousViolations(page, "områdesanalys med flaggat tal");

        Matcher actual = REGISTER_HAS.matcher(flag.textContent());
        Assertions.assertThat(actual.find()).as("the flag says what the register has: %s", flag.textContent()).isTrue();
        // The overview flags it too.
        open(page, "/analysis");
        assertThat(page.locator("#text-" + placeholders.get("{testArea}") + " .discrepancy")).containsText("999 forum");

        open(page, "/analysis/areas/{testArea}/text");
        page.getByLabel("Text", exact()).fill("Regionen är med i " + actual.group(1) + " forum inom testområdet.");
        page.getByRole(AriaRole.BUTTON, exactName("Spara")).click();
        page.waitForURL(Pattern.compile(".*/analysis/areas/\\d+$"));
        assertThat(page.locator("#text-" + placeholders.get("{testArea}") + " .discrepancy")).hasCount(0);
        assertThat(page.locator("#text-" + placeholders.get("{testArea}"))).containsText(actual.group(1) + " forum inom testområdet");
    }

    @Test
    void aTooLongTextIsRefusedNextToTheField() {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        open(page, "/analysis/intro");
        page.getByLabel("Text", exact()).fill("x".repeat(20_001));
        page.getByRole(AriaRole.BUTTON, exactName("Spara")).click();
        assertThat(page.locator("#error-summary")).isVisible();
        assertThat(page.locator("#text-error")).isVisible();
        assertThat(page.getByLabel("Text", exact())).hasAttribute("aria-invalid", "true");
        assertNoSeriousViolations(page, "inledningen med fel");
    }

    @Test
    void coverageShowsTheMemosGapsAndOverlaps() {
        Page page = browser.page();
        open(page, "/coverage");
        Locator digitalisation = page.locator("#coverage tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.ROWHEADER, exactName("Digitalisering"))));
        assertThat(digitalisation).hasCount(1);
        // Columns: topic, then political, senior-official and official level. The memo: no political forum
        // specifically for digitalisation; it is handled in existing forums.
        Locator political = digitalisation.locator("td").first();
        assertThat(political).hasClass(Pattern.compile("coverage-no-own"));
        assertThat(political).containsText("Inget eget forum");
        assertThat(political.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Regionens samverkansråd"))).isVisible();
        Locator folkbildning = page.locator("#coverage tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.ROWHEADER, exactName("Folkbildning"))));
        assertThat(folkbildning.locator("td").first()).hasClass(Pattern.compile("coverage-gap"));
        assertThat(folkbildning.locator("td").first()).hasText("Inget forum");
        assertThat(page.locator("#coverage td.coverage-overlap").first()).containsText("Överlapp");
        screenshot(page, "analysis-coverage");
    }

    @Test
    void coverageByScopeShowsNoEuropeanForumForCultureAndScrollsInItsOwnBox() {
        Page page = browser.page();
        open(page, "/coverage");
        Locator table = page.locator("#coverage-scope");
        assertThat(table.locator("caption")).containsText("geografiska nivåer (kolumner)");
        // Columns: topic, then LOCAL … GLOBAL; EU is the sixth scope.
        assertThat(table.locator("thead th").nth(6)).hasText("EU");
        assertThat(table.locator("thead th").nth(6)).hasAttribute("scope", "col");
        Locator culture = table.locator("tbody tr").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.ROWHEADER, exactName("Kultur"))));
        assertThat(culture).hasCount(1);
        // The memo: "Det som saknas är kulturella påverkansarenor på europeisk nivå".
        Locator cultureEu = culture.locator("td").nth(5);
        assertThat(cultureEu).hasClass(Pattern.compile("coverage-gap"));
        assertThat(cultureEu).hasText("Inget forum");
        assertThat(culture.locator("td").nth(3).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("SKR:s kulturnätverk")))
                .isVisible();
        screenshot(page, "analysis-coverage-both");

        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Välj tabell"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Per geografisk nivå").setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/coverage\\?view=scope$"));
        assertThat(page.locator("#coverage")).hasCount(0);
        assertThat(page.locator("#coverage-scope")).isVisible();
        screenshot(page, "analysis-coverage-scope");
        // At 1280 px the seven scopes fit beside the topic (EU and Global in sight without scrolling).
        Assertions.assertThat(((Number) page.evaluate(SCOPE_TABLE_OVERFLOW)).intValue()).as("scope table overflow at 1280 px").isZero();

        // At 320 px the page does not scroll sideways: the tables scroll inside their own box.
        page.setViewportSize(320, 800);
        try {
            open(page, "/coverage");
            Assertions.assertThat(((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue())
                    .as("page width at 320 px").isLessThanOrEqualTo(320);
            Assertions.assertThat(((Number) page.evaluate(SCOPE_TABLE_OVERFLOW)).intValue()).as("the scope table scrolls inside .table-scroll")
                    .isPositive();
            screenshot(page, "analysis-coverage-320");
        } finally {
            page.setViewportSize(1280, 900);
        }
    }

    @Test
    void theNetworkMapIsDrawnAndWorksByKeyboard() {
        Page page = browser.page();
        open(page, "/network");
        Locator graph = page.locator("#network-graph");
        assertThat(graph).isVisible();
        assertThat(graph.locator("canvas").first()).isVisible();
        assertThat(page.locator("#network-status")).containsText("noder och");
        screenshot(page, "analysis-network");
        String everything = page.locator(".results-count").textContent();

        graph.focus();
        page.keyboard().press("ArrowRight");
        assertThat(page.locator("#network-status")).containsText("Tryck Enter för att öppna.");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/(arenas|organisations|people)/\\d+$"));
        assertThat(page.locator("main h1")).isVisible();

        open(page, "/network");
        page.getByLabel("Verksamhetsområde", exact()).selectOption(new SelectOption().setLabel("Hållbar tillväxt"));
        page.getByLabel("Nivå", exact()).selectOption(new SelectOption().setLabel("Politisk nivå"));
        page.getByRole(AriaRole.BUTTON, exactName("Visa")).click();
        page.waitForURL(Pattern.compile(".*/network\\?.*level=POLITICAL.*"));
        assertThat(page.locator(".results-count")).not().hasText(everything);
        assertThat(page.locator("#network-status")).containsText("noder och");
        Locator rows = page.locator("#network-text tbody tr");
        Assertions.assertThat(rows.count()).as("political arenas of Hållbar tillväxt in the table").isPositive();
        Assertions.assertThat(rows.locator("th abbr[title='Politisk nivå']").count())
                .as("every arena in the filtered table is political").isEqualTo(rows.count());
    }

    /** The map as a large register gets it: clusters, one opened and closed again by keyboard; at 320 px nothing scrolls sideways. */
    @Test
    void theClusteredMapOpensAndClosesAClusterByKeyboard() {
        Page page = browser.page();
        open(page, "/network?clusters=true");
        Locator graph = page.locator("#network-graph");
        Locator status = page.locator("#network-status");
        assertThat(graph.locator("canvas").first()).isVisible();
        assertThat(status).containsText("områden och organisationstyper som grupper");
        assertThat(page.locator("#network-text tr[data-cluster^='area:']").first()).isVisible();
        int before = shownNodes(status.textContent());

        graph.focus();
        page.keyboard().press("Home");
        assertThat(status).containsText("Tryck Enter för att öppna gruppen.");
        String cluster = status.textContent().substring(0, status.textContent().indexOf(" ("));
        page.keyboard().press("Enter");
        assertThat(status).containsText(cluster + " är öppen");
        int opened = shownNodes(status.textContent());
        Assertions.assertThat(opened).as("nodes shown with %s open", cluster).isGreaterThan(before);
        screenshot(page, "analysis-network-cluster-open");
        assertNoSeriousViolations(page, "nätverkskartan med en öppen grupp");

        page.keyboard().press("Enter");
        assertThat(status).containsText(cluster + " är stängd.");
        Assertions.assertThat(shownNodes(status.textContent()))
                .as("nodes shown with %s closed again", cluster).isEqualTo(before);

        // Opening areas (and their sub-areas) by keyboard until an arena or an organisation is there; Enter opens its page.
        int openedAreas = 0;
        for (int i = 0; i < 300 && !status.textContent().contains("Tryck Enter för att öppna."); i++) {
            page.keyboard().press("ArrowRight");
            String text = status.textContent();
            if (text.contains("(Område") && text.contains("Tryck Enter för att öppna gruppen.") && openedAreas < 4) {
                String area = text.substring(0, text.indexOf(" ("));
                page.keyboard().press("Enter");
                assertThat(status).containsText(area + " är öppen");
                openedAreas++;
            }
        }
        assertThat(status).containsText("Tryck Enter för att öppna.");
        page.keyboard().press("Enter");
        page.waitForURL(Pattern.compile(".*/(arenas|organisations|people)/\\d+$"));

        page.setViewportSize(320, 800);
        try {
            open(page, "/network?clusters=true");
            assertThat(graph.locator("canvas").first()).isVisible();
            Assertions.assertThat((Integer) page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                    .as("sideways scroll at 320 px").isLessThanOrEqualTo(0);
            screenshot(page, "analysis-network-clusters-320");
        } finally {
            page.setViewportSize(1280, 900);
        }
    }

    /** "… 12 noder och 30 kopplingar visas …": the 12 (not the "5 noder har lagts till" before it). */
    private static int shownNodes(String text) {
        Matcher m = Pattern.compile("(\\d+) noder och").matcher(text);
        Assertions.assertThat(m.find()).as("a node count in \"%s\"", text).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    void theMemoIsDownloadedAsDocxAndPdf() throws IOException {
        Page page = browser.page();
        open(page, "/reports");
        Download docx = page.waitForDownload(() -> page.locator("#link-docx").click());
        Assertions.assertThat(docx.suggestedFilename()).endsWith(".docx");
        try (InputStream in = docx.createReadStream(); XWPFDocument document = new XWPFDocument(in);
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            String text = extractor.getText();
            Assertions.assertThat(text).contains("Bilaga 1", "Samordningskansliet");
        }
        Download pdf = page.waitForDownload(() -> page.locator("#link-pdf").click());
        Assertions.assertThat(pdf.suggestedFilename()).endsWith(".pdf");
        try (InputStream in = pdf.createReadStream()) {
            byte[] bytes = in.readAllBytes();
            Assertions.assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            Assertions.assertThat(bytes.length).isGreaterThan(20_000);
        }
    }

    @Test
    void theFilteredListIsExportedAsItIsShown() throws IOException {
        Page page = browser.page();
        open(page, "/arenas?subArea={infrastructure}");
        assertThat(page.locator("nav.export-links")).isVisible();
        Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, exactName("Excel (XLSX)")).click());
        Assertions.assertThat(xlsx.suggestedFilename()).endsWith(".xlsx");
        try (InputStream in = xlsx.createReadStream(); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Assertions.assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            var sheet = workbook.getSheetAt(0);
            Assertions.assertThat(sheet.getLastRowNum()).as("Infrastruktur's 14 arenas under the header").isEqualTo(14);
            Assertions.assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Namn på arena/nätverk/forum");
        }
    }

    @Test
    void aCsvIsImportedThroughThePageOnceAndTheArenaIsAmongTheChanges() {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        String name = PeopleFixtures.unique("Webbimportens arena");
        byte[] file = csv(CSV_HEADER, name + ";Påverkan/verkställande;Testområde;Testsakområde;P, ÖT;Importerad i webbläsaren");

        open(page, "/import");
        upload(page, "arenor.csv", file);
        assertThat(page.getByRole(AriaRole.HEADING, exactName("Förhandsgranskning av import"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, exactName("Nya arenor: 1"))).isVisible();
        assertThat(page.locator("main")).containsText(name);
        Assertions.assertThat(arenas(name)).as("nothing stored before confirming").isZero();
        screenshot(page, "analysis-import-preview");

        // Confirmed in place (htmx, with a progress indicator while it runs), not by loading a new page.
        page.evaluate("() => { window.samePage = true; }");
        page.getByRole(AriaRole.BUTTON, exactName("Genomför importen (1 ändringar)")).click();
        assertThat(page.locator("#import-outcome")).containsText("Skapade: 1. Ändrade: 0. Oförändrade: 0.");
        Assertions.assertThat(page.evaluate("() => window.samePage === true")).isEqualTo(true);
        Assertions.assertThat(arenas(name)).isEqualTo(1);

        open(page, "/import");
        upload(page, "arenor.csv", file);
        assertThat(page.locator("main")).containsText("Filen stämmer redan med registret.");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(Pattern.compile("^Genomför importen"))))
                .hasCount(0);
        Assertions.assertThat(arenas(name)).isEqualTo(1);

        open(page, "/changes");
        Locator added = page.locator("section").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile("^Nya arenor")))));
        assertThat(added.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name).setExact(true))).isVisible();
    }

    @Test
    void theChangesFormRefusesAPeriodThatEndsBeforeItStarts() {
        Page page = browser.page();
        open(page, "/changes");
        page.getByLabel("Från och med", exact()).fill("2026-06-30");
        page.getByLabel("Till och med", exact()).fill("2026-01-01");
        page.getByRole(AriaRole.BUTTON, exactName("Visa")).click();
        page.waitForURL(Pattern.compile(".*/changes\\?from=2026-06-30.*"));
        assertThat(page.locator("#from-error")).hasText("Datumet i Från och med kan inte vara senare än datumet i Till och med.");
        assertThat(page.getByLabel("Från och med", exact())).hasAttribute("aria-invalid", "true");
    }

    /**
     * A large upload on a slowed connection: the bar shows the share sent (a value between 0 and 100), then
     * the reading phase, and the page then shows the file's refusal. The file is 4 MB of text that is not a
     * spreadsheet, so nothing is stored whatever happens.
     */
    @Test
    void theUploadShowsItsProgress() {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        open(page, "/import");
        page.evaluate("() => { window.progressSeen = []; document.addEventListener('htmx:xhr:progress', () => {"
                + " const bar = document.querySelector('#upload-progress progress');"
                + " if (bar.hasAttribute('value')) { window.progressSeen.push(bar.value); } }); }");
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("Network.enable");
        JsonObject slow = new JsonObject();
        slow.addProperty("offline", false);
        slow.addProperty("latency", 20);
        slow.addProperty("downloadThroughput", -1);
        slow.addProperty("uploadThroughput", 2 * 1024 * 1024);
        cdp.send("Network.emulateNetworkConditions", slow);
        try {
            byte[] big = "inte ett kalkylark\n".repeat(4 * 1024 * 1024 / 19).getBytes(StandardCharsets.UTF_8);
            page.setInputFiles("#file", new FilePayload("stor.xlsx", "application/octet-stream", big));
            page.getByRole(AriaRole.BUTTON, exactName("Ladda upp och förhandsgranska")).click();
            assertThat(page.locator("#upload-progress .upload-percent")).containsText("%");
            screenshot(page, "analysis-import-uploading");
            assertThat(page.locator("#import-error")).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions
                    .IsVisibleOptions().setTimeout(30_000));
        } finally {
            JsonObject normal = new JsonObject();
            normal.addProperty("offline", false);
            normal.addProperty("latency", 0);
            normal.addProperty("downloadThroughput", -1);
            normal.addProperty("uploadThroughput", -1);
            cdp.send("Network.emulateNetworkConditions", normal);
            cdp.detach();
        }
        @SuppressWarnings("unchecked")
        var seen = ((java.util.List<Object>) page.evaluate("() => window.progressSeen")).stream()
                .map(value -> ((Number) value).doubleValue()).toList();
        Assertions.assertThat(seen).as("progress values shown during the upload").isNotEmpty()
                .anyMatch(value -> value > 0 && value < 100);
        Assertions.assertThat(seen).as("the bar only moves forward").isSorted();
    }

    void upload(Page page, String filename, byte[] content) {
        page.setInputFiles("#file", new FilePayload(filename, "text/csv", content));
        page.getByRole(AriaRole.BUTTON, exactName("Ladda upp och förhandsgranska")).click();
        assertThat(page.locator("#upload-progress")).isHidden();
        assertThat(page.locator("main h1")).isVisible();
    }

    int arenas(String name) {
        return jdbc.sql("SELECT count(*) FROM arena WHERE name = :name").param("name", name).query(Integer.class).single();
    }

    static byte[] csv(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }
}
