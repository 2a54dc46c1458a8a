package se.arenaregister.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;
import se.arenaregister.support.StatementCounter;

/** Import: preview first, one transaction on confirm, a round trip changes nothing, and bad files are refused clearly. */
@IntegrationTest
class ImportTest {

    static final String CSV_HEADER = "Namn;Typ av forum;Område;Sakområde;Nivå;Sakfrågor";

    @Autowired
    MockMvc mvc;
    @Autowired
    AreaRepository areas;
    @Autowired
    CatalogService catalog;
    @Autowired
    JdbcClient jdbc;
    @Value("${local.server.port}")
    int port;
    @Autowired
    StatementCounter statements;
    @Autowired
    PeopleFixtures fixtures;
    /** The register's clock (Swedish time): the database's current_date is a day behind between 23:00 and 01:00 UTC. */
    @Autowired
    Clock clock;

    long infrastructure() {
        return Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
    }

    int arenaCount() {
        return jdbc.sql("SELECT count(*) FROM arena").query(Integer.class).single();
    }

    /** Arenas and their versions: any write changes it. */
    long registerFingerprint() {
        return jdbc.sql("SELECT count(*) * 1000000 + coalesce(sum(version), 0) FROM arena").query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single() * 7;
    }

    ResultActions apiPreview(String filename, byte[] content) throws Exception {
        return mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", filename, null, content)).with(user("importer").roles("COORDINATOR")));
    }

    ResultActions pagePreview(String filename, byte[] content) throws Exception {
        return mvc.perform(multipart("/import").file(new MockMultipartFile("file", filename, null, content)).with(user("importer").roles("COORDINATOR")).with(csrf()));
    }

    static byte[] csv(String... lines) {
        return String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void reimportingAnExportChangesNothing() throws Exception {
        byte[] xlsx = mvc.perform(get("/export/arenas.xlsx").param("subArea", String.valueOf(infrastructure())))
                .andReturn().getResponse().getContentAsByteArray();
        long before = registerFingerprint();
        String json = apiPreview("arenor.xlsx", xlsx)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.creates.length()").value(0))
                .andExpect(jsonPath("$.updates.length()").value(0))
                .andExpect(jsonPath("$.unchanged.length()").value(14))
                .andReturn().getResponse().getContentAsString();
        String id = JsonPath.read(json, "$.id");
        mvc.perform(post("/api/v1/imports/" + id + "/confirm").with(user("importer").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(0))
                .andExpect(jsonPath("$.unchanged").value(14));
        assertThat(registerFingerprint()).isEqualTo(before);

        byte[] semicolonCsv = mvc.perform(get("/export/arenas.csv").param("subArea", String.valueOf(infrastructure())).param("separator", "semicolon"))
                .andReturn().getResponse().getContentAsByteArray();
        pagePreview("arenor.csv", semicolonCsv)
                .andExpect(status().isOk())
                .andExpect(view().name("exchange/preview"))
                .andExpect(content().string(containsString("Nya arenor: 0")))
                .andExpect(content().string(containsString("Arenor som ändras: 0")))
                .andExpect(content().string(containsString("Oförändrade arenor: 14")));
    }

    @Test
    void previewsThenCreatesANewRowInOneTransactionWithAudit() throws Exception {
        Register.testSubArea(catalog, areas);
        String name = PeopleFixtures.unique("Importforum");
        byte[] file = csv(CSV_HEADER, name + ";Påverkan/verkställande;Testområde;Testsakområde;P, ÖT;\"Bredband; Miljö, energi och klimat\"");
        int before = arenaCount();
        var preview = pagePreview("nya.csv", file)
                .andExpect(view().name("exchange/preview"))
                .andExpect(content().string(containsString("Nya arenor: 1")))
                .andExpect(content().string(containsString(name)))
                .andReturn();
        assertThat(arenaCount()).as("nothing written before confirming").isEqualTo(before);
        var hidden = java.util.regex.Pattern.compile("name=\"previewId\" value=\"([^\"]+)\"")
                .matcher(preview.getResponse().getContentAsString());
        assertThat(hidden.find()).isTrue();
        String id = hidden.group(1);
        mvc.perform(post("/import/confirm").param("previewId", id).with(user("importer").roles("COORDINATOR")).with(csrf()))
                .andExpect(redirectedUrl("/import"));
        assertThat(arenaCount()).isEqualTo(before + 1);
        long arena = jdbc.sql("SELECT id FROM arena WHERE name = :n").param("n", name).query(Long.class).single();
        assertThat(jdbc.sql("SELECT code FROM arena_type WHERE arena_id = :a ORDER BY code").param("a", arena).query(String.class).list())
                .containsExactly("EXECUTIVE", "INFLUENCE");
        assertThat(jdbc.sql("SELECT code FROM arena_level WHERE arena_id = :a ORDER BY code").param("a", arena).query(String.class).list())
                .containsExactly("POLITICAL", "SENIOR_OFFICIAL");
        assertThat(jdbc.sql("SELECT t.name FROM arena_topic x JOIN topic t ON t.id = x.topic_id WHERE x.arena_id = :a ORDER BY t.name")
                .param("a", arena).query(String.class).list()).containsExactly("Bredband", "Miljö, energi och klimat");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'arena' AND entity_id = :a").param("a", arena)
                .query(Integer.class).single()).isEqualTo(1);
        // The same file again: already there, nothing to do; the used preview cannot be applied twice.
        pagePreview("nya.csv", file).andExpect(content().string(containsString("Oförändrade arenor: 1")))
                .andExpect(content().string(containsString("Nya arenor: 0")));
        mvc.perform(post("/import/confirm").param("previewId", id).with(user("importer").roles("COORDINATOR")).with(csrf()))
                .andExpect(content().string(containsString("Förhandsgranskningen finns inte längre")));
    }

    @Test
    void oneFailingRowUndoesTheWholeImport() throws Exception {
        Register.testSubArea(catalog, areas);
        String first = PeopleFixtures.unique("Först");
        String second = PeopleFixtures.unique("Sedan");
        byte[] file = csv(CSV_HEADER, first + ";Påverkan;Testområde;Testsakområde;T;", second + ";Samverkan;Testområde;Testsakområde;T;");
        String json = apiPreview("två.csv", file).andExpect(jsonPath("$.creates.length()").value(2)).andReturn().getResponse().getContentAsString();
        // Meanwhile someone creates an arena with the second row's name.
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "en.csv", null, csv(CSV_HEADER,
                second + ";Påverkan;Testområde;Testsakområde;T;"))).with(user("other").roles("COORDINATOR")))
                .andDo(r -> mvc.perform(post("/api/v1/imports/" + JsonPath.read(r.getResponse().getContentAsString(), "$.id") + "/confirm")
                        .with(user("other").roles("COORDINATOR"))).andExpect(status().isOk()));
        int before = arenaCount();
        mvc.perform(post("/api/v1/imports/" + JsonPath.read(json, "$.id") + "/confirm").with(user("importer").roles("COORDINATOR")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Det finns redan en arena med det namnet")))
                .andExpect(jsonPath("$.detail").value(containsString("Ingenting har sparats")));
        assertThat(arenaCount()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT count(*) FROM arena WHERE name = :n").param("n", first).query(Integer.class).single()).isZero();
    }

    @Test
    void aPreviewBelongsToWhoeverUploadedIt() throws Exception {
        Register.testSubArea(catalog, areas);
        String json = apiPreview("a.csv", csv(CSV_HEADER, PeopleFixtures.unique("Ägartest") + ";Påverkan;Testområde;Testsakområde;T;"))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/imports/" + JsonPath.read(json, "$.id") + "/confirm").with(user("someone-else").roles("COORDINATOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void needsLogin() throws Exception {
        mvc.perform(get("/import").accept("text/html")).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "a.csv", null, csv(CSV_HEADER))))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isIn(401, 302));
        mvc.perform(get("/import").with(user("importer").roles("COORDINATOR"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Importera arenor från kalkylark")))
                .andExpect(content().string(containsString("<progress")));
    }

    String confirm(String previewJson) throws Exception {
        return mvc.perform(post("/api/v1/imports/" + JsonPath.read(previewJson, "$.id") + "/confirm").with(user("importer").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void aRoundTripThroughASignedInExportChangesNothingRepresentativesAndTopicsIncluded() throws Exception {
        var reader = user("reader").roles("READER");
        byte[] xlsx = mvc.perform(get("/export/arenas.xlsx").param("subArea", String.valueOf(infrastructure())).with(reader))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] csv = mvc.perform(get("/export/arenas.csv").param("subArea", String.valueOf(infrastructure())).with(reader))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).as("officials by name, signed in").contains("Exempel Isaksson (exempel) (");
        long before = registerFingerprint();
        for (var file : List.of(new MockMultipartFile("file", "arenor.xlsx", null, xlsx), new MockMultipartFile("file", "arenor.csv", null, csv))) {
            String json = mvc.perform(multipart("/api/v1/imports").file(file).with(user("importer").roles("COORDINATOR")))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.problems.length()").value(0))
                    .andExpect(jsonPath("$.creates.length()").value(0))
                    .andExpect(jsonPath("$.updates.length()").value(0))
                    .andExpect(jsonPath("$.unchanged.length()").value(14))
                    .andReturn().getResponse().getContentAsString();
            assertThat((List<String>) JsonPath.read(json, "$.notices[*].message")).as(file.getOriginalFilename())
                    .noneMatch(m -> m.contains("står inte i filen") || m.contains("med sin roll"));
            assertThat(confirm(json)).contains("\"appointed\":0");
        }
        assertThat(registerFingerprint()).isEqualTo(before);
    }

    @Test
    void aPublicExportNamesOfficialsByRoleWhichAnImportSkipsAndChangesNothing() throws Exception {
        byte[] csv = mvc.perform(get("/export/arenas.csv").param("subArea", String.valueOf(infrastructure())))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("Infrastrukturstrateg (").doesNotContain("Isaksson");
        String json = apiPreview("publik.csv", csv)
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.updates.length()").value(0))
                .andExpect(jsonPath("$.unchanged.length()").value(14))
                .andReturn().getResponse().getContentAsString();
        List<String> notices = JsonPath.read(json, "$.notices[*].message");
        assertThat(notices).anySatisfy(m -> assertThat(m).isEqualTo(
                "Infrastrukturstrateg står för en tjänsteperson med sin roll, som i den öppna exporten, och läses inte som ett namn."));
        assertThat(notices).noneMatch(m -> m.contains("står inte i filen"));
    }

    @Test
    void aRepresentativesColumnAppointsWhoIsNotYetAppointedAndChecksTheRest() throws Exception {
        long arena = fixtures.arena("Uppdragsforum", false, null, null, null);
        String arenaName = jdbc.sql("SELECT name FROM arena WHERE id = :id").param("id", arena).query(String.class).single();
        long person = fixtures.elected("Importerad Ledamot", "C");
        String personName = jdbc.sql("SELECT name FROM person WHERE id = :id").param("id", person).query(String.class).single();
        String header = "Namn;Område;Sakområde;Representanter";
        byte[] file = csv(header, arenaName + ";Testområde;Testsakområde;" + personName + " (Ersättare)");
        String json = apiPreview("uppdrag.csv", file)
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.updates[0].name").value(arenaName))
                .andExpect(jsonPath("$.updates[0].changedColumns[0]").value("Representanter"))
                .andExpect(jsonPath("$.updates[0].appoint[0]").value(personName + " (Ersättare)"))
                .andReturn().getResponse().getContentAsString();
        long versionBefore = jdbc.sql("SELECT version FROM arena WHERE id = :id").param("id", arena).query(Long.class).single();
        assertThat(confirm(json)).contains("\"appointed\":1");
        assertThat(jdbc.sql("SELECT role FROM appointment WHERE arena_id = :a AND person_id = :p AND start_date = :today AND end_date IS NULL")
                .param("a", arena).param("p", person).param("today", LocalDate.now(clock)).query(String.class).list()).containsExactly("SUBSTITUTE");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'appointment' AND entity_id IN "
                + "(SELECT id FROM appointment WHERE arena_id = :a)").param("a", arena).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT version FROM arena WHERE id = :id").param("id", arena).query(Long.class).single())
                .as("only an appointment was made: the arena itself is as it was").isEqualTo(versionBefore);
        // Again: the appointment is there, nothing to do. Without the column: nothing about representatives.
        apiPreview("uppdrag.csv", file).andExpect(jsonPath("$.unchanged.length()").value(1)).andExpect(jsonPath("$.updates.length()").value(0));
        // Someone the register does not know, an unknown role, and a name that leaves out who is appointed.
        apiPreview("fel.csv", csv(header, arenaName + ";Testområde;Testsakområde;\"Ingen Alls (Ledamot); " + personName + " (Kejsare)\""))
                .andExpect(jsonPath("$.problems[?(@.column == 'Representanter')].message").value(org.hamcrest.Matchers.containsInAnyOrder(
                        "Personen Ingen Alls finns inte i registret. Lägg till personen först.",
                        "Okänd roll: Kejsare (i " + personName + " (Kejsare)).")));
        apiPreview("tom.csv", csv(header, arenaName + ";Testområde;Testsakområde;"))
                .andExpect(jsonPath("$.unchanged.length()").value(1))
                .andExpect(jsonPath("$.notices[0].column").value("Representanter"))
                .andExpect(jsonPath("$.notices[0].message").value(personName + " (Ersättare) är utsedd i registret men står inte i filen. "
                        + "Uppdraget lämnas som det är; avsluta det på arenans sida."));
    }

    /**
     * An arena that changes shows, for each changed column, what the register holds now and what the import would make
     * it: texts as they are, types, levels and scope in the reader's language, an empty value as such. (Never one topic
     * alone: an arena that handles only Bredband would be its own forum at political level, which the demo's coverage,
     * read by other tests in the same database, says there is none.)
     */
    @Test
    @SuppressWarnings("unchecked")
    void aChangedArenaShowsEachChangedColumnsValueNowAndAfterTheImport() throws Exception {
        Register.testSubArea(catalog, areas);
        String name = PeopleFixtures.unique("Värdeforum");
        String header = "Namn;Typ av forum;Område;Sakområde;Nivå;Sakfrågor;Syfte med arenan;Geografisk nivå";
        confirm(apiPreview("forst.csv", csv(header, name + ";Påverkan;Testområde;Testsakområde;P;\"Bredband; Miljö, energi och klimat\";;Regional"))
                .andExpect(jsonPath("$.creates.length()").value(1)).andReturn().getResponse().getContentAsString());
        byte[] changed = csv(header, name + ";Påverkan/verkställande;Testområde;Testsakområde;P, ÖT;\"Bredband; Kultur; Miljö, energi och klimat\";"
                + "Ett nytt syfte;Nationell");
        String json = apiPreview("sedan.csv", changed)
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.updates.length()").value(1))
                .andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> changes = JsonPath.read(json, "$.updates[0].changes");
        Map<String, List<List<String>>> byColumn = new java.util.LinkedHashMap<>();
        changes.forEach(c -> byColumn.put((String) c.get("column"), List.of((List<String>) c.get("before"), (List<String>) c.get("after"))));
        assertThat(byColumn).containsExactly(
                Map.entry("Typ av forum", List.of(List.of("Påverkan"), List.of("Påverkan", "Verkställande"))),
                Map.entry("Syfte med arenan", List.of(List.of(), List.of("Ett nytt syfte"))),
                Map.entry("Nivå", List.of(List.of("Politisk nivå"), List.of("Politisk nivå", "Övergripande tjänstepersonsnivå"))),
                Map.entry("Geografisk nivå", List.of(List.of("Regional"), List.of("Nationell"))),
                Map.entry("Sakfrågor", List.of(List.of("Bredband", "Miljö, energi och klimat"),
                        List.of("Bredband", "Kultur", "Miljö, energi och klimat"))));
        assertThat((List<String>) JsonPath.read(json, "$.updates[0].changedColumns")).as("the same columns, in the same order")
                .containsExactlyElementsOf(byColumn.keySet());
        assertThat(json).as("the API gives both texts, not the page's marking").doesNotContain("difference");

        // The page: the changed columns open to the values, an empty one said in words; in English too.
        String page = pagePreview("sedan.csv", changed).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<details class=\"value-changes\">").contains("Nu:").contains("Efter importen:")
                .contains("(tomt)").contains("Ett nytt syfte").contains("Övergripande tjänstepersonsnivå");
        String english = mvc.perform(multipart("/import").file(new MockMultipartFile("file", "sedan.csv", null, changed)).param("lang", "en")
                        .with(user("importer").roles("COORDINATOR")).with(csrf()))
                .andReturn().getResponse().getContentAsString();
        assertThat(english).contains("Now:").contains("After the import:").contains("(empty)").contains("National");
    }

    @Test
    void readsTypesAsTheMemoWritesThem() throws Exception {
        Register.testSubArea(catalog, areas);
        String prefix = PeopleFixtures.unique("Typforum");
        String json = apiPreview("typer.csv", csv("Namn;Typ av forum;Område;Sakområde",
                        prefix + " 1;Påverkan/verkställande;Testområde;Testsakområde",
                        prefix + " 2;\"Informationsutbyte, samverkan\";Testområde;Testsakområde",
                        prefix + " 3;Erfarenhetsutbyte och påverkan;Testområde;Testsakområde",
                        prefix + " 4;Informationsutbyte/påverkan;Testområde;Testsakområde",
                        prefix + " 5;Samverkan/påverkan;Testområde;Testsakområde"))
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andReturn().getResponse().getContentAsString();
        List<List<String>> types = JsonPath.read(json, "$.creates[*].types");
        assertThat(types).containsExactly(List.of("Påverkan", "Verkställande"), List.of("Informationsutbyte", "Samverkan"),
                List.of("Påverkan", "Erfarenhetsutbyte"), List.of("Påverkan", "Informationsutbyte"), List.of("Påverkan", "Samverkan"));
    }

    @Test
    void aProblemNamesAColumnTheFileLacksByItsLabelNeverByItsCode() throws Exception {
        Register.testSubArea(catalog, areas);
        apiPreview("utan-typ.csv", csv("Namn;Område;Sakområde", PeopleFixtures.unique("Typlöst") + ";Testområde;Testsakområde"))
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0].column").value("Typ av forum"))
                .andExpect(jsonPath("$.problems[0].message").value("Värde saknas."));
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "utan-typ.csv", null,
                        csv("Namn;Område;Sakområde", PeopleFixtures.unique("Typlöst") + ";Testområde;Testsakområde")))
                        .with(user("importer").roles("COORDINATOR")).param("lang", "en"))
                .andExpect(jsonPath("$.problems[0].column").value("Type of forum"))
                .andExpect(jsonPath("$.problems[0].message").value("Value missing."));
        // An empty level leaves an existing arena's levels as they are; a new one gets its level from its texts.
        long arena = fixtures.arena("Nivåforum", false, null, null, null);
        String name = jdbc.sql("SELECT name FROM arena WHERE id = :id").param("id", arena).query(String.class).single();
        apiPreview("nivå.csv", csv("Namn;Typ av forum;Område;Sakområde;Nivå", name + ";Påverkan;Testområde;Testsakområde;",
                        PeopleFixtures.unique("Ny politikerträff") + ";Påverkan;Testområde;Testsakområde;"))
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.unchanged[0].name").value(name))
                .andExpect(jsonPath("$.creates[0].levels[0]").value("P"))
                .andExpect(jsonPath("$.notices[?(@.message =~ /1 nya arenor saknar nivå.*/)]").exists());
    }

    // ---- bad files

    void refused(String filename, byte[] content, String message) throws Exception {
        int before = arenaCount();
        apiPreview(filename, content)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString(message)));
        pagePreview(filename, content)
                .andExpect(status().isOk())
                .andExpect(view().name("exchange/import"))
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("Ingenting har sparats.")));
        assertThat(arenaCount()).isEqualTo(before);
    }

    byte[] validWorkbook() throws Exception {
        return ExchangeFiles.workbook(new String[] {"Namn", "Typ av forum", "Område", "Sakområde", "Nivå"},
                new String[] {"Arbetsbok", "Påverkan", "Testområde", "Testsakområde", "T"});
    }

    @Test
    void refusesWhatIsNotASpreadsheet() throws Exception {
        refused("bild.xlsx", ExchangeFiles.png(), "Filen är inte ett kalkylark");
        refused("dokument.xlsx", ExchangeFiles.pdf(), "Filen är inte ett kalkylark");
        refused("bild.png", ExchangeFiles.png(), "Filen är inte ett kalkylark");
    }

    @Test
    void refusesAPasswordProtectedWorkbook() throws Exception {
        refused("hemlig.xlsx", ExchangeFiles.encrypted(validWorkbook()), "lösenordsskyddad");
    }

    @Test
    void refusesATruncatedWorkbook() throws Exception {
        refused("trasig.xlsx", ExchangeFiles.truncated(validWorkbook()), "Filen är skadad eller ofullständig");
    }

    @Test
    void refusesZipBombsWithoutUnpackingThem() throws Exception {
        Runtime runtime = Runtime.getRuntime();
        byte[] huge = ExchangeFiles.zipBomb(validWorkbook(), 300);
        assertThat(huge.length).isLessThan(1024 * 1024);
        long usedBefore = runtime.totalMemory() - runtime.freeMemory();
        refused("bomb.xlsx", huge, "packas upp till orimligt mycket data");
        assertThat(runtime.totalMemory() - runtime.freeMemory() - usedBefore).as("memory stays bounded").isLessThan(200L * 1024 * 1024);
        // Under the total limit, but inflating far beyond POI's ratio: POI's ZipSecureFile stops it.
        refused("bomb2.xlsx", ExchangeFiles.zipBomb(validWorkbook(), 60), "packas upp till orimligt mycket data");
    }

    @Test
    void refusesAFileOverTheLimit() throws Exception {
        byte[] big = new byte[6 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        refused("stor.csv", big, "Filen är för stor. Högst 5 MB");
    }

    @Test
    void refusesAnUploadOverTheServersMultipartLimitWithAClearMessage() throws Exception {
        String boundary = "----arenaregister" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"stor.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        int size = 50 * 1024 * 1024;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (IntegrationTest.ADMIN + ":" + IntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofByteArrays(List.of(head,
                        new byte[size], tail)), head.length + size + tail.length))
                .build();
        int before = arenaCount();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Filen är för stor").doesNotContain("Exception");
        assertThat(arenaCount()).isEqualTo(before);
    }

    @Test
    void refusesAFileWithoutANameColumnAndReportsUnknownColumns() throws Exception {
        refused("utan-namn.csv", csv("Typ av forum;Nivå", "Påverkan;P"), "saknar kolumnen Namn på arena/nätverk/forum");
        Register.testSubArea(catalog, areas);
        apiPreview("okänd.csv", csv(CSV_HEADER + ";Färg", PeopleFixtures.unique("Kolumntest") + ";Påverkan;Testområde;Testsakområde;T;;blå"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.creates.length()").value(1))
                .andExpect(jsonPath("$.notices[0].column").value("Färg"))
                .andExpect(jsonPath("$.notices[0].message").value("Okänd kolumn. Den hoppas över."));
    }

    @Test
    void listsEveryProblemByRowAndColumnAndAllowsNoConfirmation() throws Exception {
        Register.testSubArea(catalog, areas);
        String json = apiPreview("fel.csv", csv(CSV_HEADER + ";Sammankallande",
                        "Felrad;Lobbying;Testområde;Testsakområde;Q;Okänd sakfråga;Ingen sådan organisation",
                        ";Påverkan;Testområde;Inget sakområde;P;;"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.canConfirm").value(false))
                .andExpect(jsonPath("$.problems[?(@.row == 2 && @.column == 'Typ av forum')].message").value(org.hamcrest.Matchers.hasItem("Okänd typ av forum: Lobbying.")))
                .andExpect(jsonPath("$.problems[?(@.row == 2 && @.column == 'Nivå')].message").value(org.hamcrest.Matchers.hasItem("Okänd nivå: Q.")))
                .andExpect(jsonPath("$.problems[?(@.row == 2 && @.column == 'Sakfrågor')]").exists())
                .andExpect(jsonPath("$.problems[?(@.row == 2 && @.column == 'Sammankallande')]").exists())
                .andExpect(jsonPath("$.problems[?(@.row == 3 && @.column == 'Namn')].message").value(org.hamcrest.Matchers.hasItem("Värde saknas.")))
                .andExpect(jsonPath("$.problems[?(@.row == 3 && @.column == 'Sakområde')]").exists())
                .andReturn().getResponse().getContentAsString();
        int before = arenaCount();
        mvc.perform(post("/api/v1/imports/" + JsonPath.read(json, "$.id") + "/confirm").with(user("importer").roles("COORDINATOR")))
                .andExpect(status().isConflict());
        assertThat(arenaCount()).isEqualTo(before);
    }

    @Test
    void readsALatin1CsvAsWindows1252AndSaysSo() throws Exception {
        Register.testSubArea(catalog, areas);
        String name = PeopleFixtures.unique("Latinforum åäö");
        byte[] latin1 = String.join("\r\n", CSV_HEADER, name + ";Påverkan;Testområde;Testsakområde;Politisk nivå;")
                .getBytes(StandardCharsets.ISO_8859_1);
        int before = arenaCount();
        apiPreview("latin1.csv", latin1)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.creates[0].name").value(name))
                .andExpect(jsonPath("$.notices[0].message").value(containsString("Windows-1252")));
        assertThat(arenaCount()).isEqualTo(before);
    }

    @Test
    void storesAFormulaAsPlainTextAndNeverEvaluatesIt() throws Exception {
        Register.testSubArea(catalog, areas);
        String name = "=HYPERLINK(\"http://example.org/\";\"klicka\") " + PeopleFixtures.unique("x");
        byte[] file = csv("Namn,Typ av forum,Område,Sakområde,Nivå",
                "\"" + name.replace("\"", "\"\"") + "\",Påverkan,Testområde,Testsakområde,T");
        String json = apiPreview("formel.csv", file)
                .andExpect(jsonPath("$.creates[0].name").value(name))
                .andExpect(jsonPath("$.notices[0].message").value(containsString("beräknas aldrig")))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/imports/" + JsonPath.read(json, "$.id") + "/confirm").with(user("importer").roles("COORDINATOR"))).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT count(*) FROM arena WHERE name = :n").param("n", name).query(Integer.class).single()).isOne();
        String exported = mvc.perform(get("/export/arenas.csv").param("q", name.substring(name.length() - 8)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(exported).contains("\"'=HYPERLINK(");

        // In a workbook, a formula cell gives its cached value as text; the formula is not run.
        String workbookName = PeopleFixtures.unique("Formelbok");
        byte[] xlsx;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = new java.io.ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Testområde");
            var header = sheet.createRow(0);
            String[] headers = {"Namn", "Typ av forum", "Sakområde", "Nivå", "Syfte med arenan"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(workbookName);
            row.createCell(1).setCellValue("Påverkan");
            row.createCell(2).setCellValue("Testsakområde");
            row.createCell(3).setCellValue("T");
            var formula = row.createCell(4);
            formula.setCellFormula("HYPERLINK(\"http://example.org/\",\"lagrat värde\")");
            formula.setCellValue("lagrat värde");
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        String preview = apiPreview("formel.xlsx", xlsx).andExpect(status().isOk())
                .andExpect(jsonPath("$.creates[0].name").value(workbookName))
                .andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/imports/" + JsonPath.read(preview, "$.id") + "/confirm").with(user("importer").roles("COORDINATOR"))).andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT purpose FROM arena WHERE name = :n").param("n", workbookName).query(String.class).single())
                .isEqualTo("lagrat värde");
    }

    @Test
    void aFileOfTwentyThousandRowsIsPlannedWithABatchOfNamesPerStatement() throws Exception {
        Register.testSubArea(catalog, areas);
        String existing = PeopleFixtures.unique("Storimport befintlig");
        String one = apiPreview("en.csv", csv(CSV_HEADER, existing + ";Påverkan;Testområde;Testsakområde;T;"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/api/v1/imports/" + JsonPath.read(one, "$.id") + "/confirm").with(user("importer").roles("COORDINATOR")))
                .andExpect(status().isOk());
        String prefix = PeopleFixtures.unique("Storimport");
        List<String> lines = new ArrayList<>();
        lines.add(CSV_HEADER);
        for (int i = 1; i <= 20_000; i++) {
            // The arena that exists is named in a late batch of names.
            lines.add((i == 15_000 ? existing.toUpperCase(java.util.Locale.ROOT) : prefix + " " + i) + ";Samverkan;Testområde;Testsakområde;T;");
        }
        long before = registerFingerprint();
        statements.reset();
        apiPreview("stor.csv", csv(lines.toArray(String[]::new)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.creates.length()").value(19_999))
                .andExpect(jsonPath("$.updates.length()").value(1))
                .andExpect(jsonPath("$.updates[0].row").value(15_001));
        int planned = statements.count();
        assertThat(planned).as("statements of a 20,000-row preview: the catalogues, 20 batches of names, storing the preview")
                .isBetween(20, 20 + 15);
        assertThat(registerFingerprint()).as("a preview writes nothing").isEqualTo(before);

        lines.add(prefix + " en för mycket;Samverkan;Testområde;Testsakområde;T;");
        apiPreview("för-stor.csv", csv(lines.toArray(String[]::new)))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("fler än 20")));
    }
}
