package se.arenaregister.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Media;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.report.MemoEditions;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;

/**
 * Printing (issue 15): the register, an arena, a person, the analysis and an edition printed by Chromium to PDF and read
 * back. No navigation, search, filters or buttons on paper; the register's table repeats its header row on each page.
 */
@IntegrationTest
class PrintBrowserTest {

    static final Path PDFS = Paths.get("target", "print");

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AreaRepository areas;
    @Autowired
    MemoEditions editions;

    long growth;
    long eu;
    long arena;
    long official;

    @BeforeEach
    void findTheDemoData() {
        growth = Register.areaId(areas, "Hållbar tillväxt");
        eu = Register.subAreaId(areas, "Hållbar tillväxt", "EU");
        long infrastructure = Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
        arena = jdbc.sql("SELECT id FROM arena WHERE name = :name AND sub_area_id = :subArea")
                .param("name", "Bärighetsrådet").param("subArea", infrastructure).query(Long.class).single();
        official = jdbc.sql("SELECT id FROM person WHERE name = :n").param("n", "Exempel Månsson (exempel)").query(Long.class).single();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** Texts of the screen's navigation, search, filters and buttons, none of which belongs on paper. */
    static final List<String> SCREEN_ONLY = List.of("Hoppa till innehållet", "Logga in", "Logga ut", "Filtrera", "Rensa filter",
            "English", "Min sida", "Sök i registret");

    @Test
    void theRegisterPrintsItsTableWithTheHeaderOnEveryPageAndNoNavigation() throws IOException {
        Page page = browser.page();
        List<String> pages = print(page, "/arenas?subArea=" + eu, "register-eu");
        Assertions.assertThat(pages).hasSizeGreaterThan(1);
        Assertions.assertThat(String.join("\n", pages)).contains("Samverkans- och påverkansarenor", "CPMR (inkl. arbetsgrupper)",
                "Europaforum norra Sverige");
        for (String text : pages) {
            Assertions.assertThat(text).as("every printed page of the table repeats its header row").contains("Namn på");
            Assertions.assertThat(text).doesNotContain(SCREEN_ONLY.toArray(String[]::new));
        }
        List<String> whole = print(page, "/arenas", "register");
        Assertions.assertThat(String.join("\n", whole)).contains("Hållbar tillväxt", "Bärighetsrådet")
                .doesNotContain(SCREEN_ONLY.toArray(String[]::new));
        List<String> area = print(page, "/arenas?area=" + growth, "register-area");
        Assertions.assertThat(String.join("\n", area)).contains("Infrastruktur").doesNotContain(SCREEN_ONLY.toArray(String[]::new));
    }

    @Test
    void anArenaAPersonTheAnalysisAndAnEditionPrintWithoutTheScreensControls() throws IOException {
        Page page = browser.page();
        BrowserSupport.logIn(page, url(""));
        Assertions.assertThat(String.join("\n", print(page, "/arenas/" + arena, "arena")))
                .contains("Bärighetsrådet", "Syfte med arenan", "Handelskammaren").doesNotContain(SCREEN_ONLY.toArray(String[]::new))
                .as("the arena's buttons (a line of their own) are not printed").doesNotContainPattern("(?m)^(Redigera|Arkivera)$");
        Assertions.assertThat(String.join("\n", print(page, "/people/" + official, "person")))
                .contains("Exempel Månsson (exempel)").doesNotContain(SCREEN_ONLY.toArray(String[]::new));
        Assertions.assertThat(String.join("\n", print(page, "/analysis", "analysis")))
                .contains("Analys per område").doesNotContain(SCREEN_ONLY.toArray(String[]::new));
        long draft = editions.editions().stream().filter(e -> e.year() == 2023).findFirst().orElseThrow().id();
        Assertions.assertThat(String.join("\n", print(page, "/memos/" + draft, "memo")))
                .contains("PM 2023", "Samverkans- och påverkansarenor").doesNotContain(SCREEN_ONLY.toArray(String[]::new));
    }

    /** The page as the browser prints it: to a PDF under target/print, read back as text a page at a time (pdftotext). */
    List<String> print(Page page, String path, String name) throws IOException {
        Response response = page.navigate(url(path));
        Assertions.assertThat(response.status()).isEqualTo(200);
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("header.site-header")).isHidden();
        assertThat(page.locator("form.filters")).isHidden();
        Files.createDirectories(PDFS);
        Path pdf = PDFS.resolve(name + ".pdf");
        page.pdf(new Page.PdfOptions().setPath(pdf).setPreferCSSPageSize(true));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
        return Pdfs.pages(pdf);
    }
}
