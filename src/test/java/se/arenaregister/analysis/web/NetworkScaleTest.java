package se.arenaregister.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.arenaregister.analysis.internal.NetworkQueries;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.shared.UntilRegisterChanges;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.StatementCounter;

/**
 * The network map of a large register: an area of this test's own grown from 10 to 1,000 arenas (half in a sub-area,
 * each with a convener, a member, an elected and an official representative). The page and the API run the same
 * number of statements at both sizes; above {@link NetworkQueries#WHOLE_LIMIT} arenas they answer with clusters, whose
 * size does not grow with the register; expanding a cluster gives at most a page of its arenas, with their links,
 * officials named only for a signed-in user. The generated rows are removed afterwards.
 */
@IntegrationTest
class NetworkScaleTest {

    static final String AREA = "Nätverksmängd";

    @Autowired
    MockMvc mvc;
    @Autowired
    UntilRegisterChanges changes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatementCounter statements;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;

    long areaId;
    long subAreaId;
    long convener;
    long member;
    long elected;
    long official;

    @AfterEach
    void removeTheGeneratedRows() {
        jdbc.sql("DELETE FROM appointment WHERE arena_id IN (SELECT id FROM arena WHERE area_id = :area)").param("area", areaId).update();
        jdbc.sql("DELETE FROM arena_relation WHERE from_arena_id IN (SELECT id FROM arena WHERE area_id = :area)").param("area", areaId).update();
        jdbc.sql("DELETE FROM arena WHERE area_id = :area").param("area", areaId).update();
        jdbc.sql("DELETE FROM person WHERE name LIKE 'Nätverksmängd %'").update();
        jdbc.sql("DELETE FROM organisation WHERE name LIKE 'Nätverksmängd %'").update();
    }

    @Test
    void theMapRunsAFixedNumberOfStatementsAndItsFirstViewDoesNotGrowWithTheRegister() throws Exception {
        areaId = areas.findTopLevelByName(AREA).map(Area::id)
                .orElseGet(() -> catalog.createArea(new AreaForm(AREA, null, null, 97, null)).id());
        subAreaId = areas.findSubAreaByName(areaId, AREA + " A").map(Area::id)
                .orElseGet(() -> catalog.createArea(new AreaForm(AREA + " A", areaId, null, 1, null)).id());
        convener = jdbc.sql("INSERT INTO organisation (name, kind) VALUES ('Nätverksmängd kommun', 'MUNICIPALITY') RETURNING id")
                .query(Long.class).single();
        member = jdbc.sql("INSERT INTO organisation (name, kind) VALUES ('Nätverksmängd förening', 'ASSOCIATION') RETURNING id")
                .query(Long.class).single();
        elected = jdbc.sql("INSERT INTO person (name, kind, party) VALUES ('Nätverksmängd Förtroendevald', 'ELECTED', 'S') RETURNING id")
                .query(Long.class).single();
        official = jdbc.sql("INSERT INTO person (name, kind) VALUES ('Nätverksmängd Tjänsteperson', 'OFFICIAL') RETURNING id")
                .query(Long.class).single();
        String area = String.valueOf(areaId);
        String expand = "area:" + areaId;

        insertArenas(0, 10);
        int pageFor10 = statementsFor(get("/network").param("clusters", "true").param("area", area));
        int firstViewFor10 = statementsFor(get("/api/v1/network").param("clusters", "true"));
        int expandFor10 = statementsFor(get("/api/v1/network").param("expand", expand).param("clusters", "true"));
        int kindFor10 = statementsFor(get("/api/v1/network").param("expand", "organisations:MUNICIPALITY"));
        int bytesFor10 = bytes(get("/api/v1/network").param("clusters", "true"));

        insertArenas(10, 1000);
        int pageFor1000 = statementsFor(get("/network").param("clusters", "true").param("area", area));
        int firstViewFor1000 = statementsFor(get("/api/v1/network").param("clusters", "true"));
        int expandFor1000 = statementsFor(get("/api/v1/network").param("expand", expand));
        int kindFor1000 = statementsFor(get("/api/v1/network").param("expand", "organisations:MUNICIPALITY"));
        int bytesFor1000 = bytes(get("/api/v1/network").param("clusters", "true"));

        // Each view computed (nothing kept) also takes the snapshot it is kept with: one statement more.
        assertThat(pageFor1000).as("statements for the page").isEqualTo(pageFor10).isLessThanOrEqualTo(10);
        // The snapshot, count, areas, organisation kinds, relations between areas.
        assertThat(firstViewFor1000).as("statements for the first view").isEqualTo(firstViewFor10).isEqualTo(5);
        assertThat(expandFor1000).as("statements to expand an area").isEqualTo(expandFor10).isLessThanOrEqualTo(9);
        assertThat(kindFor1000).as("statements to expand a kind of organisation").isEqualTo(kindFor10).isEqualTo(1);
        // The same clusters, only their counts have more digits.
        assertThat(bytesFor1000).as("bytes of the first view").isLessThan(bytesFor10 + 100);

        // Unfiltered, the register is now above the limit: the page and the API start from clusters on their own.
        String page = body(get("/network"));
        assertThat(page).contains("data-cluster=\"area:" + areaId + "\"", "/network?area=" + areaId)
                .doesNotContain("Nätverksarena 5", "Nätverksmängd Tjänsteperson");
        assertThat(page.getBytes(StandardCharsets.UTF_8).length).as("bytes of the page").isLessThan(200_000);
        mvc.perform(get("/api/v1/network"))
                .andExpect(jsonPath("$.view").value(NetworkQueries.CLUSTERS))
                .andExpect(jsonPath("$.arenas").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1000)))
                .andExpect(jsonPath("$.nodes[*].kind", everyItem(isOneOf("area", "organisations"))))
                .andExpect(jsonPath("$.nodes[?(@.id == 'area:%d')].count".formatted(areaId), hasItem(1000)))
                .andExpect(jsonPath("$.nodes[?(@.id == 'area:%d')].links".formatted(areaId), hasItem(2000)))
                // The public counts the elected representatives only.
                .andExpect(jsonPath("$.nodes[?(@.id == 'area:%d')].representatives".formatted(areaId), hasItem(1000)))
                .andExpect(jsonPath("$.nodes[?(@.id == 'organisations:MUNICIPALITY')].expand", hasItem("organisations:MUNICIPALITY")))
                .andExpect(jsonPath("$.edges[?(@.source == 'area:%d' && @.target == 'organisations:ASSOCIATION')].count"
                        .formatted(areaId), hasItem(1000)));
        mvc.perform(get("/api/v1/network").with(user("kansliet").roles("COORDINATOR")))
                .andExpect(jsonPath("$.nodes[?(@.id == 'area:%d')].representatives".formatted(areaId), hasItem(2000)));

        // Expanding the area: its sub-area as a cluster and the first 100 of the 500 arenas placed directly in it.
        mvc.perform(get("/api/v1/network").param("expand", expand))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.view").value(NetworkQueries.CLUSTERS))
                .andExpect(jsonPath("$.direct").value(500))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.more").value(400))
                .andExpect(jsonPath("$.nodes[?(@.id == 'area:%d')].count".formatted(subAreaId), hasItem(500)))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'arena')].id", hasSize(100)))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'arena')].label", hasItem("Nätverksarena 0")))
                .andExpect(jsonPath("$.nodes[*].id", hasItem("o" + convener)))
                .andExpect(jsonPath("$.nodes[*].id", hasItem("p" + elected)))
                .andExpect(jsonPath("$.nodes[*].id", not(hasItem("p" + official))))
                .andExpect(jsonPath("$.nodes[*].label", not(hasItem("Nätverksmängd Tjänsteperson"))));
        mvc.perform(get("/api/v1/network").param("expand", expand).param("page", "4").with(user("kansliet").roles("READER")))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'arena')].id", hasSize(100)))
                .andExpect(jsonPath("$.more").value(0))
                .andExpect(jsonPath("$.nodes[*].id", hasItem("p" + official)));
        // A sub-area's own arenas, paged.
        mvc.perform(get("/api/v1/network").param("expand", "area:" + subAreaId).param("page", "1"))
                .andExpect(jsonPath("$.direct").value(500))
                .andExpect(jsonPath("$.nodes[?(@.kind == 'area')]").isEmpty())
                .andExpect(jsonPath("$.nodes[?(@.kind == 'arena')].id", hasSize(100)))
                .andExpect(jsonPath("$.more").value(300));
        // A kind of organisation: its organisations, most linked first, with their links to each area.
        mvc.perform(get("/api/v1/network").param("expand", "organisations:MUNICIPALITY"))
                .andExpect(jsonPath("$.nodes[0].id").value("o" + convener))
                .andExpect(jsonPath("$.nodes[0].count").value(1000))
                .andExpect(jsonPath("$.nodes[0].url").value("/organisations/" + convener))
                .andExpect(jsonPath("$.edges[?(@.source == 'o%d' && @.target == 'area:%d')].count".formatted(convener, areaId),
                        hasItem(1000)));
        // The table without JavaScript: the area's arenas a hundred at a time.
        String areaPage = body(get("/network").param("area", area).param("page", "1"));
        // In Swedish order by name: page 0 ends with "Nätverksarena 276", page 1 runs from "… 278" to "… 456".
        assertThat(areaPage).contains("Arenor 101–200 av 500 direkt i området", "Nätverksarena 300<", "Nästa 100 arenor",
                "Föregående 100 arenor").doesNotContain("Nätverksarena 234<", "Nätverksarena 1<", "Nätverksmängd Tjänsteperson");
    }

    private int statementsFor(MockHttpServletRequestBuilder request) throws Exception {
        // Counted as the first request after a change: nothing kept (UntilRegisterChanges).
        changes.forgetAll();
        statements.reset();
        mvc.perform(request).andExpect(status().isOk());
        return statements.count();
    }

    private int bytes(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray().length;
    }

    private String body(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Even arenas directly in the area, odd ones in its sub-area; every arena convened, with a member and two representatives. */
    private void insertArenas(int from, int to) {
        jdbc.sql("""
                        INSERT INTO arena (name, area_id, sub_area_id, scope, convener_id, status)
                        SELECT 'Nätverksarena ' || n, :area, CASE WHEN n % 2 = 1 THEN :subArea END, 'REGIONAL', :convener, 'ACTIVE'
                        FROM generate_series(:from, :to - 1) AS n""")
                .param("area", areaId).param("subArea", subAreaId).param("convener", convener)
                .param("from", from).param("to", to).update();
        String arenas = "SELECT id FROM arena WHERE area_id = :area AND id NOT IN (SELECT arena_id FROM arena_member)";
        jdbc.sql("INSERT INTO appointment (person_id, arena_id, role, start_date) SELECT :p, id, 'MEMBER', DATE '2020-01-01' FROM ("
                + arenas + ") x").param("area", areaId).param("p", elected).update();
        jdbc.sql("INSERT INTO appointment (person_id, arena_id, role, start_date) SELECT :p, id, 'MEMBER', DATE '2020-01-01' FROM ("
                + arenas + ") x").param("area", areaId).param("p", official).update();
        jdbc.sql("INSERT INTO arena_member (arena_id, organisation_id) SELECT id, :o FROM (" + arenas + ") x")
                .param("area", areaId).param("o", member).update();
    }
}
