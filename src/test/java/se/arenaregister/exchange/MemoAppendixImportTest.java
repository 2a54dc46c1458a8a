package se.arenaregister.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.catalog.CatalogService;

/**
 * The memo's own spreadsheet imports as it is (issue 15): a workbook laid out like Bilaga 1 of RUN/78/2022, the
 * appendix's four columns and a sheet per sub-area named as its headings, made from the memo's text
 * ({@link MemoAppendix}), uploaded, previewed and confirmed as a user does.
 *
 * <p>An application and a database of its own, with the demo data: the test adds an area with the appendix's
 * sub-areas (so sub-area names are found in two areas, as they may be) and 73 arenas, which the shared test database
 * must not get, and compares the memo with the demo register undisturbed by other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "arenaregister.embedded-db.data-directory=target/test-postgres-memo-import-${test.fork:fork1}")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class MemoAppendixImportTest {

    static final String AREA = "Hållbar tillväxt";
    /** The area the appendix is imported into: the appendix's sub-areas, none of its arenas. */
    static final String FRESH_AREA = "Bilagetest";

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogService catalogService;
    @Autowired
    Catalog catalog;
    @Autowired
    ArenaQueries arenas;

    /** The memo's type words, read here on their own (not with the import's vocabulary). */
    static final Map<String, ArenaType> TYPE_WORDS = Map.of("påverkan", ArenaType.INFLUENCE, "verkställande", ArenaType.EXECUTIVE,
            "informationsutbyte", ArenaType.INFORMATION_EXCHANGE, "erfarenhetsutbyte", ArenaType.EXPERIENCE_EXCHANGE,
            "samverkan", ArenaType.COLLABORATION);

    static Set<ArenaType> memoTypes(String text) {
        Set<ArenaType> types = EnumSet.noneOf(ArenaType.class);
        for (String word : text.split("/")) {
            types.add(java.util.Objects.requireNonNull(TYPE_WORDS.get(word.strip().toLowerCase(Locale.ROOT)), word));
        }
        return types;
    }

    String preview(byte[] file, Long placement) throws Exception {
        var request = multipart("/api/v1/imports").file(new MockMultipartFile("file", "bilaga1.xlsx", null, file));
        if (placement != null) {
            request.param("subArea", String.valueOf(placement));
        }
        return mvc.perform(request.with(user("samordnare").roles("COORDINATOR"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    synchronized long freshArea() {
        Area area = catalog.areas().stream().filter(a -> !a.isSubArea() && a.name().equals(FRESH_AREA)).findFirst()
                .orElseGet(() -> catalogService.createArea(new AreaForm(FRESH_AREA, null, null, 90, null)));
        int order = 1;
        for (String heading : MemoAppendix.byHeading().keySet()) {
            if (catalog.findSubArea(area.id(), heading).isEmpty()) {
                catalogService.createArea(new AreaForm(heading, area.id(), null, order, null));
            }
            order++;
        }
        return area.id();
    }

    long areaId(String name) {
        return catalog.areas().stream().filter(a -> !a.isSubArea() && a.name().equals(name)).findFirst().orElseThrow().id();
    }

    @Test
    void theAppendixImportsAsItIsWithItsSeventyThreeArenasInTheirSubAreasWithTheirTypes() throws Exception {
        long fresh = freshArea();
        List<MemoAppendix.Row> memo = MemoAppendix.rows();
        assertThat(memo).hasSize(73);
        byte[] workbook = MemoAppendix.sheetPerSubArea();

        // Without a choice on upload, a sheet named "EU" is a sub-area of two areas: every row says so, naming both.
        String ambiguous = preview(workbook, null);
        assertThat((Boolean) JsonPath.read(ambiguous, "$.canConfirm")).isFalse();
        assertThat((List<?>) JsonPath.read(ambiguous, "$.problems")).hasSize(73);
        List<String> euProblems = JsonPath.read(ambiguous, "$.problems[?(@.sheet == 'EU')].message");
        assertThat(euProblems).hasSize(11).allSatisfy(m -> assertThat(m).contains("Bilagetest › EU").contains("Hållbar tillväxt › EU"));
        assertThat((List<String>) JsonPath.read(ambiguous, "$.problems[*].column")).containsOnly("Sakområde");

        // Chosen: the area the sheets' sub-areas are looked up in.
        String json = preview(workbook, fresh);
        assertThat((List<?>) JsonPath.read(json, "$.problems")).isEmpty();
        assertThat((List<?>) JsonPath.read(json, "$.creates")).hasSize(73);
        assertThat((List<String>) JsonPath.read(json, "$.creates[*].area")).containsOnly(FRESH_AREA);
        assertThat((List<String>) JsonPath.read(json, "$.notices[*].message"))
                .anySatisfy(m -> assertThat(m).startsWith("73 nya arenor saknar nivå i filen"));
        mvc.perform(post("/api/v1/imports/" + JsonPath.read(json, "$.id") + "/confirm").with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(73));

        Map<String, ArenaRow> imported = arenas.liveNamed(memo.stream().map(MemoAppendix.Row::name).toList()).stream()
                .filter(a -> a.area().id() == fresh).collect(Collectors.toMap(ArenaRow::name, a -> a));
        assertThat(imported).hasSize(73);
        for (MemoAppendix.Row row : memo) {
            ArenaRow arena = imported.get(row.name());
            assertThat(arena.subArea().name()).as(row.name()).isEqualTo(row.heading());
            assertThat(Set.copyOf(arena.types())).as(row.name()).isEqualTo(memoTypes(row.type()));
            assertThat(arena.otherInfo()).as(row.name()).isEqualTo(row.otherInfo().isEmpty() ? null : row.otherInfo());
            assertThat(arena.purpose()).as(row.name()).isEqualTo(row.purpose().isEmpty() ? null : row.purpose());
            assertThat(arena.levels()).as(row.name()).isNotEmpty();
            assertThat(arena.topics()).as("the appendix names no topics").isEmpty();
        }
        assertThat(imported.get("Partnerskap Mittstråket").types()).containsExactlyInAnyOrder(ArenaType.INFLUENCE, ArenaType.EXECUTIVE);
        assertThat(imported.get("Regionens transportutvecklingsråd").types())
                .containsExactlyInAnyOrder(ArenaType.INFORMATION_EXCHANGE, ArenaType.INFLUENCE);
        // The levels the appendix's own words give; otherwise official level.
        assertThat(imported.get("Forum för hållbar regional utveckling och attraktionskraft (politikerforum)").levels())
                .containsExactly(Level.POLITICAL);
        assertThat(imported.get("Nationellt biogasnätverk (för regionpolitiker)").levels()).containsExactly(Level.POLITICAL);
        assertThat(imported.get("Regionutvecklingsdirektörerna (SKR)").levels()).containsExactly(Level.SENIOR_OFFICIAL);
        assertThat(imported.get("Partnerskapet Atlantbanan").levels()).containsExactly(Level.POLITICAL, Level.OFFICIAL);
        assertThat(imported.get("Bärighetsrådet").levels()).containsExactly(Level.OFFICIAL);
        reportAgreementWithTheDemo(imported);

        // The appendix as the memo prints it, on one sheet (title, then a heading and the header row above each table):
        // the same arenas in the same places, so nothing to do.
        String printed = preview(MemoAppendix.asTheMemoPrintsIt("Bilaga 1"), fresh);
        assertThat((List<?>) JsonPath.read(printed, "$.problems")).isEmpty();
        assertThat((List<?>) JsonPath.read(printed, "$.creates")).isEmpty();
        assertThat((List<?>) JsonPath.read(printed, "$.updates")).isEmpty();
        assertThat((List<?>) JsonPath.read(printed, "$.unchanged")).hasSize(73);
        List<String> notices = JsonPath.read(printed, "$.notices[*].message");
        assertThat(notices).contains("Raden står ovanför kolumnrubrikerna och hoppas över: " + MemoAppendix.TITLE)
                .contains("Raden läses som rubrik (Infrastruktur): raderna under den hör dit.");
        assertThat(notices.stream().filter(n -> n.startsWith("Raden läses som rubrik"))).hasSize(12);
    }

    /** How many of the guessed levels are the demo's (which were read from the memo's prose): printed, for the record. */
    private void reportAgreementWithTheDemo(Map<String, ArenaRow> imported) {
        Map<String, List<Level>> demo = new HashMap<>();
        arenas.liveNamed(imported.keySet()).stream().filter(a -> a.area().id() == areaId(AREA)).forEach(a -> demo.put(a.name(), a.levels()));
        long same = imported.values().stream().filter(a -> Set.copyOf(a.levels()).equals(Set.copyOf(demo.getOrDefault(a.name(), List.of()))))
                .count();
        System.out.println("Guessed levels equal to the demo's: " + same + " of " + imported.size());
    }

    @Test
    void importedIntoTheDemoRegisterTheAppendixChangesOnlyWhatTheDemoTookFromTheMemosProse() throws Exception {
        String json = preview(MemoAppendix.sheetPerSubArea(), areaId(AREA));
        assertThat((List<?>) JsonPath.read(json, "$.problems")).isEmpty();
        assertThat((List<?>) JsonPath.read(json, "$.creates")).as("the demo has every arena of the appendix").isEmpty();
        assertThat((List<?>) JsonPath.read(json, "$.unchanged")).hasSize(70);
        // Where the demo register differs from the appendix, and why: the demo adds to two arenas what the memo says of
        // them in its prose (the UNESCO agreement 2020–2024, the Sami council's observer seat until 2022), and writes one
        // purpose without the appendix's stray space before a comma.
        Map<String, List<String>> updates = new HashMap<>();
        List<Map<String, Object>> rows = JsonPath.read(json, "$.updates");
        rows.forEach(r -> updates.put((String) r.get("name"), (List<String>) r.get("changedColumns")));
        assertThat(updates).containsOnly(
                Map.entry("Regional innovationsplattform", List.of("Syfte med arenan")),
                Map.entry("UNESCO Creative Cities Network", List.of("Övrig info om arenan")),
                Map.entry("Trööndelagen Saemien Raerie/Samisk Råd Trøndelag", List.of("Övrig info om arenan")));
        // The preview shows what the demo says and what the appendix would make it: the UNESCO note loses the agreement's years.
        List<String> unescoNow = JsonPath.read(json, "$.updates[?(@.name == 'UNESCO Creative Cities Network')].changes[0].before[0]");
        List<String> unescoAfter = JsonPath.read(json, "$.updates[?(@.name == 'UNESCO Creative Cities Network')].changes[0].after[0]");
        assertThat(unescoNow).singleElement().asString().contains("2020");
        assertThat(unescoAfter).singleElement().asString().doesNotContain("2020");
        assertThat((List<String>) JsonPath.read(json, "$.notices[*].message")).as("existing arenas keep their levels")
                .noneMatch(m -> m.contains("saknar nivå"));
    }
}
