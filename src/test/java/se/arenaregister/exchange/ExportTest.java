package se.arenaregister.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.person.PersonQueries;
import se.arenaregister.person.Role;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;

/** The exports read back: XLSX with POI, CSV as bytes, open data as JSON. Anyone may download them. */
@IntegrationTest
class ExportTest {

    static final List<String> HEADERS = List.of("Namn på arena/nätverk/forum", "Typ av forum", "Övrig info om arenan",
            "Syfte med arenan", "Område", "Sakområde", "Nivå", "Geografisk nivå", "Sammankallande", "RJH leder", "Sakfrågor", "Status",
            "Representanter");

    @Autowired
    MockMvc mvc;
    @Autowired
    AreaRepository areas;
    @Autowired
    CatalogService catalog;
    @Autowired
    ArenaService arenas;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    Appointments appointments;
    @Autowired
    PersonQueries people;
    @Autowired
    java.time.Clock clock;

    long infrastructure() {
        return Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
    }

    long testArena(String name, String responsibleOfficial) {
        long subArea = Register.testSubArea(catalog, areas);
        return arenas.create(ArenaForm.builder()
                .name(name)
                .areaId(Register.areaId(areas, Register.TEST_AREA))
                .subAreaId(subArea)
                .types(Set.of(ArenaType.INFLUENCE))
                .levels(Set.of(Level.OFFICIAL))
                .purpose("-- syftet börjar med minus")
                .responsibleOfficial(responsibleOfficial)
                .build());
    }

    @Test
    void writesOneSheetPerAreaWithABoldFrozenFilteredHeader() throws Exception {
        byte[] xlsx = mvc.perform(get("/export/arenas.xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", ExportController_XLSX))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment; filename=\"arenor-")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> sheets = new ArrayList<>();
            workbook.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).contains("Kollektivtrafik", "Kultur och bildning", "Hållbar tillväxt");
            XSSFSheet growth = workbook.getSheet("Hållbar tillväxt");
            assertThat(headers(growth)).isEqualTo(HEADERS);
            assertThat(workbook.getFontAt(growth.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(growth.getPaneInformation().isFreezePane()).isTrue();
            assertThat(growth.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(growth.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:M" + (growth.getLastRowNum() + 1));
            assertThat(growth.getColumnWidth(3)).isGreaterThan(growth.getColumnWidth(9));
            assertThat(growth.getPrintSetup().getLandscape()).isTrue();
            assertThat(growth.getRepeatingRows()).as("the header row repeated on printed pages").isNotNull();
            assertThat(growth.getRepeatingRows().getFirstRow()).isZero();
            assertThat(growth.getRepeatingRows().getLastRow()).isZero();
            List<String> names = new ArrayList<>();
            for (int r = 1; r <= growth.getLastRowNum(); r++) {
                names.add(growth.getRow(r).getCell(0).getStringCellValue());
            }
            assertThat(names).contains("Bärighetsrådet");
        }
    }

    @Test
    void respectsTheFiltersAndNeutralisesFormulaLikeCells() throws Exception {
        String name = PeopleFixtures.unique("=cmd|' /C calc'!A0");
        testArena(name, null);
        long subArea = Register.testSubArea(catalog, areas);
        byte[] xlsx = mvc.perform(get("/export/arenas.xlsx").param("subArea", String.valueOf(subArea)).param("q", name.substring(name.length() - 8)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(1);
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo(Register.TEST_AREA);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            var cell = sheet.getRow(1).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo("'" + name);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("'-- syftet börjar med minus");
            for (var row : sheet) {
                row.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA));
            }
        }
        String csv = new String(mvc.perform(get("/export/arenas.csv").param("subArea", String.valueOf(subArea)))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).contains("\n'" + name + ",").doesNotContain("\n=cmd");
    }

    @Test
    void writesCsvInUtf8WithByteOrderMarkAndASemicolonOption() throws Exception {
        byte[] comma = mvc.perform(get("/export/arenas.csv").param("subArea", String.valueOf(infrastructure())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(comma).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(comma, 3, comma.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith(String.join(",", HEADERS) + "\r\n").contains("Bärighetsrådet");
        byte[] semicolon = mvc.perform(get("/export/arenas.csv").param("subArea", String.valueOf(infrastructure())).param("separator", "semicolon"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(semicolon, StandardCharsets.UTF_8)).startsWith("\uFEFF" + String.join(";", HEADERS) + "\r\n");
        mvc.perform(get("/export/arenas.csv").param("separator", "pipe")).andExpect(status().isBadRequest());
    }

    @Test
    void openDataHasThePublicFieldsOnlyWithDateAndLicense() throws Exception {
        String official = PeopleFixtures.unique("Ansvarig Tjänsteperson");
        String name = PeopleFixtures.unique("Öppna data-forum");
        testArena(name, official);
        String json = mvc.perform(get("/export/open-data.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.generatedAt").isString())
                .andExpect(jsonPath("$.license").value("CC0-1.0"))
                .andExpect(jsonPath("$.licenseNote").isString())
                .andExpect(jsonPath("$.areas[?(@.name == 'Infrastruktur')]").exists())
                .andExpect(jsonPath("$.organisations[?(@.name == 'Trafikverket')]").exists())
                .andExpect(jsonPath("$.topics[?(@.name == 'Bredband')]").exists())
                .andExpect(jsonPath("$.arenas[?(@.name == 'Bärighetsrådet')]").exists())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains(name).doesNotContain("responsibleOfficial").doesNotContain(official);
        mvc.perform(get("/export/open-data.json").param("subArea", String.valueOf(infrastructure())))
                .andExpect(jsonPath("$.arenas.length()").value(14));
    }

    /** A row's cell under a header, by the header's text. */
    static String cell(XSSFSheet sheet, String arena, String header) {
        int column = headers(sheet).indexOf(header);
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r).getCell(0).getStringCellValue().equals(arena)) {
                var cell = sheet.getRow(r).getCell(column);
                return cell == null ? "" : cell.getStringCellValue();
            }
        }
        throw new AssertionError("No row " + arena);
    }

    /** An arena of its own with an elected representative and an official (title "Strateg") appointed from yesterday. */
    record Seated(String arena, String elected, String official) {
    }

    Seated seatedArena() {
        long arena = fixtures.arena("Representantforum", false, null, null, null);
        String arenaName = arenas.formFor(arena).name();
        long elected = fixtures.elected("Vald Exportsson", "S");
        long official = fixtures.official("Tjänsteperson Exportsson");
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        appointments.appoint(new AppointmentForm(elected, arena, Role.CHAIR, yesterday, null, null, null, null, null));
        appointments.appoint(new AppointmentForm(official, arena, Role.MEMBER, yesterday, null, null, null, null, null));
        LocalDate today = LocalDate.now(clock);
        return new Seated(arenaName, people.person(elected, today).orElseThrow().name(), people.person(official, today).orElseThrow().name());
    }

    @Test
    void carriesRepresentativesOfficialsByRoleForThePublicAndByNameSignedIn() throws Exception {
        Seated seated = seatedArena();
        String q = seated.arena().substring(seated.arena().length() - 8);
        byte[] anonymous = mvc.perform(get("/export/arenas.xlsx").param("q", q)).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(anonymous))) {
            assertThat(cell(workbook.getSheetAt(0), seated.arena(), "Representanter"))
                    .isEqualTo("Strateg (Ledamot); " + seated.elected() + " (Ordförande)");
        }
        String anonymousCsv = new String(mvc.perform(get("/export/arenas.csv").param("q", q)).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(anonymousCsv).contains("Strateg (Ledamot); " + seated.elected() + " (Ordförande)").doesNotContain(seated.official());
        String english = new String(mvc.perform(get("/export/arenas.csv").param("q", q).param("lang", "en")).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFF").contains(",Representatives\r\n").contains("Strateg (Member); " + seated.elected() + " (Chair)");

        var reader = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user("reader").roles("READER");
        String openData = mvc.perform(get("/export/open-data.json").param("q", q).with(reader))
                .andExpect(jsonPath("$.arenas[0].representatives[0].kind").value("OFFICIAL"))
                .andExpect(jsonPath("$.arenas[0].representatives[0].title").value("Strateg"))
                .andExpect(jsonPath("$.arenas[0].representatives[0].role").value("MEMBER"))
                .andExpect(jsonPath("$.arenas[0].representatives[1].kind").value("ELECTED"))
                .andExpect(jsonPath("$.arenas[0].representatives[1].name").value(seated.elected()))
                .andExpect(jsonPath("$.arenas[0].representatives[1].party").value("S"))
                .andExpect(jsonPath("$.arenas[0].representatives[1].role").value("CHAIR"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(openData).as("open data is public whoever downloads it").doesNotContain(seated.official());

        byte[] signedIn = mvc.perform(get("/export/arenas.xlsx").param("q", q).with(reader)).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(signedIn))) {
            assertThat(cell(workbook.getSheetAt(0), seated.arena(), "Representanter"))
                    .isEqualTo(seated.official() + " (Ledamot); " + seated.elected() + " (Ordförande)");
        }
        String signedInCsv = new String(mvc.perform(get("/export/arenas.csv").param("q", q).with(reader)).andReturn().getResponse()
                .getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(signedInCsv).contains(seated.official() + " (Ledamot)");
    }

    @Test
    void carriesTopics() throws Exception {
        byte[] xlsx = mvc.perform(get("/export/arenas.xlsx").param("subArea", String.valueOf(infrastructure())))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(cell(workbook.getSheetAt(0), "Bärighetsrådet", "Sakfrågor")).isEqualTo("Infrastruktur");
        }
    }

    static List<String> headers(XSSFSheet sheet) {
        DataFormatter formatter = new DataFormatter();
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(formatter.formatCellValue(c)));
        return headers;
    }

    static final String ExportController_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
