package se.arenaregister.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.person.AccountLinkForm;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.person.People;
import se.arenaregister.person.Role;
import se.arenaregister.security.internal.AccountRole;
import se.arenaregister.security.internal.NewUserForm;
import se.arenaregister.security.internal.UserAdministration;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;
import se.arenaregister.support.TestArenaForm;

/**
 * Roles per area, as in the example of issue 11: an editor of Infrastruktur (Hållbar tillväxt › Infrastruktur) may
 * edit Partnerskapet Atlantbanan and may not edit Kultur Z (Kultur och bildning), on the pages, through the import of
 * the API and in the services themselves. The account is a real one, made by the service administrators use and
 * logged in with its password, so its roles come from the database as they do in use.
 */
@IntegrationTest
class RolesPerAreaTest {

    static final String PASSWORD = "områdes-redaktörens-lösenord-7";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration accounts;
    @Autowired
    UserDetailsService logins;
    @Autowired
    AreaRepository areas;
    @Autowired
    ArenaService arenaService;
    @Autowired
    Appointments appointments;
    @Autowired
    People people;
    @Autowired
    PeopleFixtures fixtures;

    long infrastruktur;
    long atlantbanan;
    long kulturZ;
    UserDetails infraEditor;

    @BeforeEach
    void anEditorOfInfrastruktur() throws Exception {
        infrastruktur = Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
        atlantbanan = arenaNamed("Partnerskapet Atlantbanan");
        kulturZ = arenaNamed("Kultur Z");
        String username = "infra" + System.nanoTime() % 1_000_000;
        accounts.create(new NewUserForm(username, "Infra Redaktör", Set.of(), List.of(infrastruktur), PASSWORD, PASSWORD));
        mvc.perform(formLogin("/login").user(username).password(PASSWORD))
                .andExpect(authenticated().withAuthentication(login -> assertThat(login.getAuthorities())
                        .extracting(granted -> granted.getAuthority())
                        .contains("ROLE_AREA_EDITOR", Permissions.AREA_PREFIX + infrastruktur).doesNotContain("ROLE_COORDINATOR")));
        infraEditor = logins.loadUserByUsername(username);
    }

    @AfterEach
    void noOneLeftSignedIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void onThePagesTheEditorEditsAtlantbananAndIsRefusedKulturZ() throws Exception {
        mvc.perform(get("/arenas/" + atlantbanan + "/edit").with(user(infraEditor))).andExpect(status().isOk());
        mvc.perform(get("/arenas/" + kulturZ + "/edit").with(user(infraEditor)).accept("text/html"))
                .andExpect(status().isForbidden());
        long version = version(kulturZ);
        MockHttpServletRequestBuilder change = post("/arenas/" + kulturZ).with(user(infraEditor)).with(csrf());
        TestArenaForm.fields("Kultur Z", Register.areaId(areas, "Kultur och bildning"),
                Register.subAreaId(areas, "Kultur och bildning", "Kultur – politisk nivå")).forEach(change::param);
        mvc.perform(change.param("version", String.valueOf(version))).andExpect(status().isForbidden());
        mvc.perform(post("/arenas/" + kulturZ + "/archive").with(user(infraEditor)).with(csrf()).param("version", String.valueOf(version)))
                .andExpect(status().isForbidden());
        assertThat(version(kulturZ)).as("Kultur Z untouched").isEqualTo(version);

        // The arena's page offers the actions only where the user may take them.
        mvc.perform(get("/arenas/" + atlantbanan).with(user(infraEditor)))
                .andExpect(content().string(containsString("/arenas/" + atlantbanan + "/edit")));
        mvc.perform(get("/arenas/" + kulturZ).with(user(infraEditor)))
                .andExpect(content().string(not(containsString("/arenas/" + kulturZ + "/edit"))))
                .andExpect(content().string(not(containsString("/arenas/" + kulturZ + "/assessments/new"))));
        mvc.perform(post("/arenas/" + kulturZ + "/assessments").with(user(infraEditor)).with(csrf())
                        .param("assessedOn", "2026-01-10").param("verdict", "KEEP").param("motivation", "Bra").param("assessor", "Infra"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/arenas/" + atlantbanan + "/assessments/new").with(user(infraEditor))).andExpect(status().isOk());

        // A new review can be for their own arenas and areas only.
        String form = mvc.perform(get("/reviews/new").with(user(infraEditor))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(select(form, "arenaId")).contains("<option value=\"" + atlantbanan + "\"")
                .doesNotContain("<option value=\"" + kulturZ + "\"");
        assertThat(select(form, "areaId")).contains(">— Infrastruktur</option>").doesNotContain("Kultur");
        mvc.perform(get("/reviews/new").param("arena", String.valueOf(kulturZ)).with(user(infraEditor))).andExpect(status().isForbidden());
    }

    @Test
    void aNewArenaGoesOnlyWhereTheEditorEdits() throws Exception {
        mvc.perform(get("/arenas/new").with(user(infraEditor)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Infrastruktur</option>")))
                .andExpect(content().string(not(containsString(">Kultur och bildning</option>"))))
                .andExpect(content().string(not(containsString(">Kultur – politisk nivå</option>"))));

        String mine = PeopleFixtures.unique("Infraforum");
        MockHttpServletRequestBuilder create = post("/arenas").with(user(infraEditor)).with(csrf());
        TestArenaForm.fields(mine, Register.areaId(areas, "Hållbar tillväxt"), infrastruktur).forEach(create::param);
        mvc.perform(create).andExpect(status().is3xxRedirection());
        assertThat(count(mine)).isEqualTo(1);

        String theirs = PeopleFixtures.unique("Kulturforum");
        MockHttpServletRequestBuilder elsewhere = post("/arenas").with(user(infraEditor)).with(csrf());
        TestArenaForm.fields(theirs, Register.areaId(areas, "Kultur och bildning"),
                Register.subAreaId(areas, "Kultur och bildning", "Kultur – politisk nivå")).forEach(elsewhere::param);
        mvc.perform(elsewhere)
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "subAreaId", "arena.area.notEditable"))
                .andExpect(content().string(containsString("Du får inte lägga arenor här")));
        assertThat(count(theirs)).as("nothing stored").isZero();
    }

    @Test
    void anImportRowForAnotherAreaIsARowProblemInThePreview() throws Exception {
        String mine = PeopleFixtures.unique("Importerat infraforum");
        String theirs = PeopleFixtures.unique("Importerat kulturforum");
        byte[] file = String.join("\r\n", "Namn;Typ av forum;Område;Sakområde;Nivå",
                mine + ";Påverkan;Hållbar tillväxt;Infrastruktur;P",
                theirs + ";Påverkan;Kultur och bildning;Kultur – politisk nivå;P").getBytes(StandardCharsets.UTF_8);
        mvc.perform(multipart("/api/v1/imports").file(new MockMultipartFile("file", "blandat.csv", null, file)).with(user(infraEditor)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.creates.length()").value(1))
                .andExpect(jsonPath("$.creates[0].name").value(mine))
                .andExpect(jsonPath("$.problems.length()").value(1))
                .andExpect(jsonPath("$.problems[0].row").value(3))
                .andExpect(jsonPath("$.problems[0].message").value(containsString("Du får inte ändra arenor i Kultur – politisk nivå")));
        mvc.perform(multipart("/import").file(new MockMultipartFile("file", "blandat.csv", null, file)).with(user(infraEditor)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Du får inte ändra arenor i Kultur – politisk nivå")));
    }

    @Test
    void theServicesRefuseWhateverTheWayIn() {
        var kulturForm = arenaService.formFor(kulturZ);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(infraEditor, null, infraEditor.getAuthorities()));
        assertThatThrownBy(() -> arenaService.formFor(kulturZ)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> arenaService.update(kulturZ, kulturForm)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> arenaService.archive(kulturZ, kulturForm.version())).isInstanceOf(AccessDeniedException.class);
        long person = jdbc.sql("SELECT min(id) FROM person WHERE NOT erased").query(Long.class).single();
        assertThatThrownBy(() -> appointments.appoint(new AppointmentForm(person, kulturZ, Role.MEMBER, LocalDate.of(2026, 1, 1),
                null, null, null, "", null))).isInstanceOf(AccessDeniedException.class);
        assertThat(version(kulturZ)).isEqualTo(kulturForm.version());
    }

    @Autowired
    se.arenaregister.report.MemoEditions editions;
    @Autowired
    se.arenaregister.report.MemoSections memoSections;

    /** In the year's memo the editor writes the sections about their area (text only); the outline is the office's. */
    @Test
    void theEditorWritesTheMemoSectionsOfTheirAreaOnly() {
        long draft = editions.editions().stream().filter(e -> e.year() == 2023).findFirst().orElseThrow().id();
        var sections = memoSections.sections(draft);
        var infra = sections.stream().filter(s -> infrastruktur == (s.areaId() == null ? 0 : s.areaId())).findFirst().orElseThrow();
        var culture = sections.stream().filter(s -> "Sammanfattande analys".equals(s.heading())).findFirst().orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(infraEditor, null, infraEditor.getAuthorities()));
        String text = infra.body() + "\n\nOmrådesredaktörens tillägg.";
        memoSections.updateSection(infra.id(),
                new se.arenaregister.report.SectionForm("Ny rubrik", "", null, null, null, text, infra.version()));
        var saved = memoSections.section(infra.id());
        assertThat(saved.body()).isEqualTo(text);
        assertThat(saved.heading()).as("the heading is the office's").isEqualTo(infra.heading());
        assertThat(saved.areaId()).isEqualTo(infra.areaId());
        assertThatThrownBy(() -> memoSections.updateSection(culture.id(), se.arenaregister.report.SectionForm.of(culture)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memoSections.addSection(draft, se.arenaregister.report.SectionForm.text("Eget", infrastruktur, null, "")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memoSections.deleteSection(infra.id(), saved.version())).isInstanceOf(AccessDeniedException.class);
        SecurityContextHolder.clearContext();
        memoSections.updateSection(infra.id(), new se.arenaregister.report.SectionForm(infra.heading(), infra.headingFootnote(),
                infra.areaId(), infra.parentId(), infra.kind(), infra.body(), saved.version()));
    }

    @Test
    void theCatalogDecisionsAndPeopleAreTheCoordinatorsAndAReaderChangesNothing() throws Exception {
        mvc.perform(get("/areas/new").with(user(infraEditor))).andExpect(status().isForbidden());
        mvc.perform(post("/people").with(user(infraEditor)).with(csrf()).param("name", "Ny Person")).andExpect(status().isForbidden());
        mvc.perform(post("/analysis/areas/" + Register.areaId(areas, "Kultur och bildning") + "/text").with(user(infraEditor)).with(csrf())
                .param("text", "Inte min text").param("version", "0")).andExpect(status().isForbidden());

        var reader = user("läsare").roles(AccountRole.READER.name());
        mvc.perform(get("/workload").with(reader)).andExpect(status().isOk());
        mvc.perform(get("/arenas/" + atlantbanan + "/edit").with(reader)).andExpect(status().isForbidden());
        mvc.perform(get("/arenas/" + atlantbanan).with(reader))
                .andExpect(content().string(not(containsString("/arenas/" + atlantbanan + "/edit"))));

        var coordinator = user("samordnare").roles(AccountRole.COORDINATOR.name());
        mvc.perform(get("/arenas/" + kulturZ + "/edit").with(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/areas/new").with(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/users").with(coordinator)).andExpect(status().isForbidden());
    }

    /**
     * A representative records their own report-backs (for the person their account is linked to), on any arena, and
     * nobody else's; a reader records none.
     */
    @Test
    void aRepresentativeReportsBackForThemselvesAndNoOneElse() throws Exception {
        String username = "rep" + System.nanoTime() % 1_000_000;
        accounts.create(new NewUserForm(username, "Rut Representant", Set.of(AccountRole.REPRESENTATIVE), List.of(), PASSWORD, PASSWORD));
        long me = fixtures.elected(PeopleFixtures.unique("Rut Representant"), "S");
        long someoneElse = fixtures.elected(PeopleFixtures.unique("Sven Annan"), "M");
        long version = jdbc.sql("SELECT version FROM person WHERE id = :id").param("id", me).query(Long.class).single();
        people.linkAccount(me, new AccountLinkForm(username, version));
        UserDetails representative = logins.loadUserByUsername(username);
        long meeting = jdbc.sql("SELECT min(id) FROM committee_meeting").query(Long.class).single();
        String mine = PeopleFixtures.unique("Rapporterat av mig");
        // The meeting's form offers the representative themselves, chosen already, and nobody else.
        String page = mvc.perform(get("/meetings/" + meeting).with(user(representative)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(select(page, "personId")).contains("<option value=\"" + me + "\" selected=\"selected\">")
                .doesNotContain("<option value=\"" + someoneElse + "\"");

        mvc.perform(post("/meetings/" + meeting + "/report-backs").with(user(representative)).with(csrf())
                        .param("meetingId", String.valueOf(meeting)).param("personId", String.valueOf(me))
                        .param("arenaId", String.valueOf(kulturZ)).param("text", mine))
                .andExpect(status().is3xxRedirection());
        assertThat(reportBacks(mine)).isEqualTo(1);

        String theirs = PeopleFixtures.unique("Rapporterat i annans namn");
        mvc.perform(post("/meetings/" + meeting + "/report-backs").with(user(representative)).with(csrf())
                        .param("meetingId", String.valueOf(meeting)).param("personId", String.valueOf(someoneElse))
                        .param("arenaId", String.valueOf(kulturZ)).param("text", theirs))
                .andExpect(status().isForbidden());
        mvc.perform(post("/meetings/" + meeting + "/report-backs").with(user("läsare").roles(AccountRole.READER.name())).with(csrf())
                        .param("meetingId", String.valueOf(meeting)).param("personId", String.valueOf(me))
                        .param("arenaId", String.valueOf(kulturZ)).param("text", theirs))
                .andExpect(status().isForbidden());
        assertThat(reportBacks(theirs)).as("nothing stored").isZero();
    }

    /** The select with this id in a page, options and all. */
    private static String select(String page, String id) {
        var select = java.util.regex.Pattern.compile("<select[^>]*id=\"" + id + "\".*?</select>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        assertThat(select.find()).as("a select #%s", id).isTrue();
        return select.group();
    }

    private int reportBacks(String text) {
        return jdbc.sql("SELECT count(*) FROM report_back WHERE text = :t").param("t", text).query(Integer.class).single();
    }

    private long arenaNamed(String name) {
        return jdbc.sql("SELECT id FROM arena WHERE name = :n").param("n", name).query(Long.class).single();
    }

    private long version(long arena) {
        return jdbc.sql("SELECT version FROM arena WHERE id = :id").param("id", arena).query(Long.class).single();
    }

    private int count(String name) {
        return jdbc.sql("SELECT count(*) FROM arena WHERE name = :n").param("n", name).query(Integer.class).single();
    }
}
