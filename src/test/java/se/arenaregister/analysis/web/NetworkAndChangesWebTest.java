package se.arenaregister.analysis.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.person.AppointmentForm;
import se.arenaregister.person.Appointments;
import se.arenaregister.person.Role;
import se.arenaregister.shared.UntilRegisterChanges;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;
import se.arenaregister.support.StatementCounter;

/** The network map (page and JSON) and the changes over time (page and JSON), as the public and a logged-in user see them. */
@IntegrationTest
class NetworkAndChangesWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UntilRegisterChanges changes;
    @Autowired
    PeopleFixtures fixtures;
    @Autowired
    Appointments appointments;
    @Autowired
    AreaRepository areas;
    @Autowired
    StatementCounter statements;
    @Autowired
    Clock clock;

    long arena;
    long official;
    long elected;

    @BeforeEach
    void anArenaWithAnElectedAndAnOfficialRepresentative() {
        LocalDate today = LocalDate.now(clock);
        arena = fixtures.arena("Nätverksarena", false, 4, "2", null);
        official = fixtures.official("Tora Tjänsteperson");
        elected = fixtures.elected("Erik Förtroendevald", "S");
        appointments.appoint(new AppointmentForm(official, arena, Role.MEMBER, today.minusMonths(1), null, null, null, null, null));
        appointments.appoint(new AppointmentForm(elected, arena, Role.CHAIR, today.minusMonths(1), null, null, null, null, null));
    }

    @Test
    void theNetworkApiGivesNodesAndEdgesInTheDocumentedShape() throws Exception {
        mvc.perform(get("/api/v1/network"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.nodes.length()", greaterThan(100)))
                .andExpect(jsonPath("$.nodes[*].kind", everyItem(isOneOf("arena", "organisation", "person"))))
                .andExpect(jsonPath("$.nodes[*].kind", hasItem("organisation")))
                .andExpect(jsonPath("$.nodes[0].id").isString())
                .andExpect(jsonPath("$.nodes[0].label").isString())
                .andExpect(jsonPath("$.nodes[0].url").isString())
                .andExpect(jsonPath("$.nodes[0].types").isArray())
                .andExpect(jsonPath("$.nodes[0].levels").isArray())
                .andExpect(jsonPath("$.edges[*].kind", everyItem(isOneOf("convenes", "member", "represents", "partOf", "anchoredIn", "linked"))))
                .andExpect(jsonPath("$.edges[*].kind", hasItem("partOf")))
                .andExpect(jsonPath("$.edges[*].kind", hasItem("convenes")))
                .andExpect(jsonPath("$.edges[*].kind", hasItem("member")))
                .andExpect(jsonPath("$.nodes[?(@.id == 'a%d')].url".formatted(arena), hasItem("/arenas/" + arena)));
    }

    @Test
    void thePublicSeesElectedRepresentativesOnlyAndALoggedInUserSeesOfficialsToo() throws Exception {
        String officialNode = "p" + official;
        String electedNode = "p" + elected;
        mvc.perform(get("/api/v1/network"))
                .andExpect(jsonPath("$.nodes[*].id", hasItem(electedNode)))
                .andExpect(jsonPath("$.nodes[*].id", not(hasItem(officialNode))))
                .andExpect(jsonPath("$.edges[*].source", not(hasItem(officialNode))));
        mvc.perform(get("/api/v1/network").with(user("kansliet").roles("COORDINATOR")))
                .andExpect(jsonPath("$.nodes[*].id", hasItem(officialNode)))
                .andExpect(jsonPath("$.edges[?(@.source == '%s')].kind".formatted(officialNode), hasItem("represents")));
        mvc.perform(get("/network"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Tora Tjänsteperson"))));
    }

    /** Areas are plain in the filter, their sub-areas indented under them (once all were shown as sub-areas). */
    @Test
    void theAreaFilterTellsAreasFromSubAreas() throws Exception {
        long growth = Register.areaId(areas, "Hållbar tillväxt");
        long infrastructure = Register.subAreaId(areas, "Hållbar tillväxt", "Infrastruktur");
        mvc.perform(get("/network"))
                .andExpect(content().string(containsString("<option value=\"" + growth + "\">Hållbar tillväxt</option>")))
                .andExpect(content().string(containsString("<option value=\"" + infrastructure + "\">– Infrastruktur</option>")));
    }

    @Test
    void theFiltersNarrowTheMapAndABadFilterIsAProblem() throws Exception {
        long testArea = Register.areaId(areas, Register.TEST_AREA);
        mvc.perform(get("/api/v1/network").param("area", String.valueOf(testArea)).param("type", "INFLUENCE").param("level", "POLITICAL"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[?(@.kind == 'arena')].area", everyItem(is(Register.TEST_SUB_AREA))))
                .andExpect(jsonPath("$.nodes[*].id", hasItem("a" + arena)));
        mvc.perform(get("/api/v1/network").param("type", "NO_SUCH_TYPE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("type"));
    }

    @Test
    void theNetworkRunsAFixedNumberOfStatements() throws Exception {
        String testArea = String.valueOf(Register.areaId(areas, Register.TEST_AREA));
        // Counted as the first requests after a change: nothing kept (UntilRegisterChanges).
        changes.forgetAll();
        statements.reset();
        mvc.perform(get("/api/v1/network")).andExpect(status().isOk());
        int whole = statements.count();
        changes.forgetAll();
        statements.reset();
        mvc.perform(get("/api/v1/network").param("area", testArea)).andExpect(status().isOk());
        // The snapshot the view is kept with, how many arenas the filter selects (whole or clusters), then arenas,
        // organisations, people, and the relations between arenas.
        org.assertj.core.api.Assertions.assertThat(whole).isEqualTo(statements.count()).isLessThanOrEqualTo(6);
    }

    @Test
    void theNetworkPageHasTheFiltersTheMapAndItsTextAlternative() throws Exception {
        mvc.perform(get("/network").param("level", "POLITICAL"))
                .andExpect(status().isOk())
                .andExpect(view().name(NetworkController.VIEW))
                .andExpect(content().string(containsString("id=\"network-graph\"")))
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("/api/v1/network?level=POLITICAL")))
                .andExpect(content().string(containsString("<option value=\"POLITICAL\" selected=\"selected\"")))
                .andExpect(content().string(containsString("id=\"network-text\"")))
                .andExpect(content().string(containsString("/js/network.js")))
                // The table's level badges in words before the table, without "Vi leder", which the table does not show.
                .andExpect(content().string(org.hamcrest.Matchers.matchesPattern(
                        "(?s).*<p class=\"legend\">.*Politisk nivå.*Tjänstepersonsnivå.*</p>.*<table class=\"register network-table.*")))
                .andExpect(content().string(not(containsString("”Vi leder”"))));
    }

    /** Asked for clusters (as a large register gets them unasked): areas and kinds of organisation with counts, no names of people. */
    @Test
    void theClustersCountArenasLinksAndRepresentativesAndExpandOnDemand() throws Exception {
        long testArea = Register.areaId(areas, Register.TEST_AREA);
        long testSubArea = Register.subAreaId(areas, Register.TEST_AREA, Register.TEST_SUB_AREA);
        String cluster = "area:" + testArea;
        mvc.perform(get("/api/v1/network").param("clusters", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.view").value("clusters"))
                .andExpect(jsonPath("$.arenas", greaterThan(90)))
                .andExpect(jsonPath("$.nodes[*].kind", everyItem(isOneOf("area", "organisations"))))
                .andExpect(jsonPath("$.nodes[*].id", hasItem(cluster)))
                .andExpect(jsonPath("$.nodes[*].id", hasItem("organisations:MUNICIPALITY")))
                .andExpect(jsonPath("$.nodes[?(@.id == '%s')].expand".formatted(cluster), hasItem(cluster)))
                .andExpect(jsonPath("$.nodes[?(@.id == '%s')].count".formatted(cluster), everyItem(greaterThan(0))))
                .andExpect(jsonPath("$.nodes[?(@.id == 'area:%d')]".formatted(Register.areaId(areas, "Hållbar tillväxt"))).exists())
                .andExpect(jsonPath("$.edges[*].kind", everyItem(isOneOf("links", "partOf", "anchoredIn", "linked"))))
                .andExpect(jsonPath("$.edges[*].count", everyItem(greaterThan(0))))
                .andExpect(jsonPath("$.page").doesNotExist());
        // The public counts the elected representative of the test area, a signed-in reader the official too.
        int publicCount = representatives(get("/api/v1/network").param("clusters", "true"), cluster);
        int internalCount = representatives(get("/api/v1/network").param("clusters", "true").with(user("läsare").roles("READER")), cluster);
        org.assertj.core.api.Assertions.assertThat(internalCount).isGreaterThan(publicCount).isPositive();

        // Expanding the test area: its sub-area as a cluster (our arena is there), then the sub-area: the arena and its people.
        mvc.perform(get("/api/v1/network").param("expand", cluster).param("clusters", "true"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nodes[*].id", hasItem("area:" + testSubArea)))
                .andExpect(jsonPath("$.nodes[*].id", not(hasItem(cluster))));
        mvc.perform(get("/api/v1/network").param("expand", "area:" + testSubArea).param("clusters", "true"))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.more").value(0))
                .andExpect(jsonPath("$.nodes[*].id", hasItem("a" + arena)))
                .andExpect(jsonPath("$.nodes[*].id", hasItem("p" + elected)))
                .andExpect(jsonPath("$.nodes[*].id", not(hasItem("p" + official))))
                .andExpect(jsonPath("$.edges[?(@.source == 'p%d')].role".formatted(elected), hasItem("CHAIR")));
        mvc.perform(get("/api/v1/network").param("expand", "area:" + testSubArea).with(user("kansliet").roles("COORDINATOR")))
                .andExpect(jsonPath("$.nodes[*].id", hasItem("p" + official)));
        // Without the flag a small area comes whole.
        mvc.perform(get("/api/v1/network").param("expand", "area:" + testSubArea))
                .andExpect(jsonPath("$.view").value("whole"))
                .andExpect(jsonPath("$.nodes[*].id", hasItem("a" + arena)));
        // A kind of organisation: its organisations, each with its links counted and an edge to the areas it is linked in.
        mvc.perform(get("/api/v1/network").param("expand", "organisations:MUNICIPALITY").param("clusters", "true"))
                .andExpect(jsonPath("$.nodes[*].kind", everyItem(is("organisation"))))
                .andExpect(jsonPath("$.nodes[*].count", everyItem(greaterThan(0))))
                .andExpect(jsonPath("$.edges[*].target", everyItem(containsString("area:"))));

        // The page: the clusters as tables, each area linked to its own map, and no one named.
        mvc.perform(get("/network").param("clusters", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-cluster=\"" + cluster + "\"")))
                .andExpect(content().string(containsString("/network?area=" + testArea + "&amp;clusters=true")))
                .andExpect(content().string(containsString("/api/v1/network?clusters=true")))
                .andExpect(content().string(containsString("Kommun")))
                .andExpect(content().string(not(containsString("Erik Förtroendevald"))))
                .andExpect(content().string(not(containsString("Tora Tjänsteperson"))));
        mvc.perform(get("/network").param("clusters", "true").param("area", String.valueOf(testSubArea)))
                .andExpect(content().string(containsString("Erik Förtroendevald")))
                .andExpect(content().string(not(containsString("Tora Tjänsteperson"))));
    }

    @Test
    void aBadExpandOrPageIsAProblemNamingTheField() throws Exception {
        for (String expand : new String[] {"area:x", "organisations:NO_SUCH_KIND", "person:3", "area:123456789012345678901"}) {
            mvc.perform(get("/api/v1/network").param("expand", expand))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("expand"));
        }
        mvc.perform(get("/api/v1/network").param("expand", "area:1").param("page", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/api/v1/network").param("page", "x"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("page"));
        mvc.perform(get("/network").param("page", "-3").param("clusters", "true")).andExpect(status().isOk());
    }

    private int representatives(org.springframework.test.web.servlet.RequestBuilder request, String cluster) throws Exception {
        String json = mvc.perform(request).andReturn().getResponse().getContentAsString();
        java.util.List<Integer> counts = com.jayway.jsonpath.JsonPath.read(json, "$.nodes[?(@.id == '%s')].representatives".formatted(cluster));
        return counts.get(0);
    }

    @Test
    void changesBetweenYesterdayAndTomorrowListTheNewArena() throws Exception {
        LocalDate today = LocalDate.now(clock);
        mvc.perform(get("/api/v1/changes").param("from", today.minusDays(1).toString()).param("to", today.plusDays(1).toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value(today.minusDays(1).toString()))
                .andExpect(jsonPath("$.added[*].arena_id", hasItem((int) arena)))
                .andExpect(jsonPath("$.added[?(@.arena_id == %d)].url".formatted(arena), hasItem("/arenas/" + arena)))
                .andExpect(jsonPath("$.ended").isArray())
                .andExpect(jsonPath("$.reclassified").isArray())
                .andExpect(jsonPath("$.verdicts").isArray());
        mvc.perform(get("/changes"))
                .andExpect(status().isOk())
                .andExpect(view().name(ChangesController.VIEW))
                .andExpect(content().string(containsString("value=\"" + today.minusYears(1) + "\"")))
                .andExpect(content().string(containsString("/arenas/" + arena)));
    }

    @Test
    void aPeriodEndingBeforeItBeginsIsRefused() throws Exception {
        mvc.perform(get("/api/v1/changes").param("from", "2024-06-01").param("to", "2024-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/changes").param("from", "2024-06-01").param("to", "2024-01-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(get("/api/v1/changes").param("from", "not-a-date"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
    }
}
