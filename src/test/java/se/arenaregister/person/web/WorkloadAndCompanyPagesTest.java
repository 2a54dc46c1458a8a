package se.arenaregister.person.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaKind;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.OrganisationForm;
import se.arenaregister.catalog.OrganisationKind;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.person.People;
import se.arenaregister.person.PersonForm;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.Role;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.Register;
import se.arenaregister.support.StatementCounter;

/** The workload page (internal) and the owned companies' page and API (public, elected people only). */
@IntegrationTest
class WorkloadAndCompanyPagesTest {

    static final String COMPANY = "Tidsbolaget i Test AB";
    static final String BOARD = "Tidsbolaget i Test AB styrelse";
    static final String GENERAL_MEETING = "Tidsbolaget i Test AB bolagsstämma";
    static final String ELECTED = "Greta Styrelsesson";
    static final String OFFICIAL = "Olle Tjänstesson";

    /** Made once for the shared application context; tests only read it. */
    static Long companyId;
    static LocalDate generalMeetingOn;

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;
    @Autowired
    ArenaService arenas;
    @Autowired
    People people;
    @Autowired
    Appointments appointments;
    @Autowired
    Clock clock;
    @Autowired
    StatementCounter statements;

    @BeforeEach
    void anOwnedCompanyWithABoard() {
        synchronized (WorkloadAndCompanyPagesTest.class) {
            if (companyId != null) {
                return;
            }
            LocalDate today = LocalDate.now(clock);
            long subArea = Register.testSubArea(catalog, areas);
            long area = Register.areaId(areas, Register.TEST_AREA);
            long company = catalog.createOrganisation(new OrganisationForm(COMPANY, "Tidsbolaget", OrganisationKind.COMPANY, null,
                    null, new BigDecimal("25"), null)).id();
            // 8 meetings × 3 h × 1.5 = 36 h per board member and year.
            long board = arenas.create(body(BOARD, area, subArea, ArenaKind.BOARD, company, 8, null));
            generalMeetingOn = today.plusMonths(2);
            arenas.create(body(GENERAL_MEETING, area, subArea, ArenaKind.GENERAL_MEETING, company, 1, generalMeetingOn));
            long greta = people.create(new PersonForm(ELECTED, PersonKind.ELECTED, "Testpartiet", null, null, null, null, Set.of(),
                    true, null));
            long olle = people.create(new PersonForm(OFFICIAL, PersonKind.OFFICIAL, null, "Ekonom", null, null, null, Set.of(),
                    true, null));
            LocalDate start = today.minusDays(30);
            appointments.appoint(new AppointmentForm(greta, board, Role.CHAIR, start, null, null, null, null, null));
            appointments.appoint(new AppointmentForm(olle, board, Role.MEMBER, start, today.plusYears(1), null, null, null, null));
            companyId = company;
        }
    }

    static ArenaForm body(String name, long area, long subArea, ArenaKind kind, long company, int meetings, LocalDate next) {
        return ArenaForm.builder()
                .name(name)
                .areaId(area)
                .subAreaId(subArea)
                .types(Set.of(ArenaType.EXECUTIVE))
                .levels(Set.of(Level.POLITICAL))
                .convenerId(company)
                .meetingsPerYear(meetings)
                .hoursPerMeeting(new BigDecimal("3"))
                .kind(kind)
                .companyId(company)
                .preparationFactor(new BigDecimal("1.5"))
                .nextMeetingOn(next)
                .build();
    }

    @Test
    void theWorkloadPageRanksPeopleWithAChartAndTables() throws Exception {
        mvc.perform(get("/workload").with(user("editor").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(view().name(WorkloadController.VIEW))
                .andExpect(content().string(containsString("<h1>Tidsåtgång</h1>")))
                .andExpect(content().string(containsString("id=\"workload-chart\"")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("id=\"workload-people\"")))
                .andExpect(content().string(containsString("/js/workload-chart.js")))
                .andExpect(content().string(containsString(ELECTED)))
                .andExpect(content().string(containsString(OFFICIAL)))
                .andExpect(content().string(containsString("data-hours=\"36.0\"")))
                .andExpect(content().string(containsString(BOARD)))
                .andExpect(content().string(containsString("Politisk nivå")));
    }

    @Test
    void theWorkloadPageShowsAnotherDate() throws Exception {
        mvc.perform(get("/workload").param("date", "1990-01-01").with(user("editor").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1990-01-01\"")))
                .andExpect(content().string(containsString("Inga uppdrag är aktiva 1990-01-01.")))
                .andExpect(content().string(not(containsString(ELECTED))));
    }

    @Test
    void theWorkloadPageNeedsALogin() throws Exception {
        mvc.perform(get("/workload").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theCompaniesPageShowsOwnershipBodiesNomineesAndTheNextGeneralMeeting() throws Exception {
        mvc.perform(get("/companies"))
                .andExpect(status().isOk())
                .andExpect(view().name(CompanyController.VIEW))
                .andExpect(content().string(containsString(COMPANY)))
                .andExpect(content().string(containsString("25,00 % ägs av RJH")))
                .andExpect(content().string(containsString(BOARD)))
                .andExpect(content().string(containsString(GENERAL_MEETING)))
                .andExpect(content().string(containsString(generalMeetingOn.toString())))
                .andExpect(content().string(containsString(ELECTED)))
                .andExpect(content().string(containsString("Ordförande")))
                .andExpect(content().string(containsString("Testpartiet")))
                .andExpect(content().string(not(containsString(OFFICIAL))));
    }

    @Test
    void loggedInUsersSeeOfficialNomineesToo() throws Exception {
        mvc.perform(get("/companies").with(user("editor").roles("COORDINATOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ELECTED)))
                .andExpect(content().string(containsString(OFFICIAL)));
    }

    @Test
    void theCompaniesApiGivesBodiesAndBoardMembershipsPopoloStyle() throws Exception {
        String company = "$[?(@.id == " + companyId + ")]";
        mvc.perform(get("/api/v1/companies"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath(company + ".name", contains(COMPANY)))
                .andExpect(jsonPath(company + ".ownershipShare", contains(25.0)))
                .andExpect(jsonPath(company + ".nextGeneralMeeting", contains(generalMeetingOn.toString())))
                .andExpect(jsonPath(company + ".bodies[*].kind", hasItem("BOARD")))
                .andExpect(jsonPath(company + ".bodies[*].kind", hasItem("GENERAL_MEETING")))
                .andExpect(jsonPath(company + ".boardMembers[*]", hasSize(1)))
                .andExpect(jsonPath(company + ".boardMembers[0].person.name", contains(ELECTED)))
                .andExpect(jsonPath(company + ".boardMembers[0].role", contains("CHAIR")))
                .andExpect(jsonPath(company + ".boardMembers[0].party", contains("Testpartiet")))
                .andExpect(jsonPath(company + ".boardMembers[0].start_date", contains(LocalDate.now(clock).minusDays(30).toString())));
        mvc.perform(get("/api/v1/companies").with(user("editor").roles("COORDINATOR")))
                .andExpect(jsonPath(company + ".boardMembers[*].person.name", hasItem(OFFICIAL)))
                .andExpect(jsonPath(company + ".boardMembers[*].end_date", hasItem(LocalDate.now(clock).plusYears(1).toString())));
    }

    @Test
    void theCompaniesApiRunsOneStatementPerList() throws Exception {
        statements.reset();
        mvc.perform(get("/api/v1/companies").with(user("editor").roles("COORDINATOR"))).andExpect(status().isOk());
        assertThat(statements.count()).as("companies, bodies, board members").isEqualTo(3);
    }

    @Test
    void onlyOwnedCompaniesAreListed() throws Exception {
        mvc.perform(get("/api/v1/companies"))
                .andExpect(jsonPath("$[*].name", not(hasItem("Swedavia"))))
                .andExpect(jsonPath("$[?(@.ownershipShare <= 0)]", hasSize(0)));
    }
}
