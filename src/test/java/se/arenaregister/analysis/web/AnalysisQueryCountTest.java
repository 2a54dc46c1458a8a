package se.arenaregister.analysis.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.analysis.internal.Coverage;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.StatementCounter;

/**
 * The analysis, an area's analysis, the coverage (page and API) and the dashboard run the same number of SQL statements
 * for 10 and for 1,000 arenas, and list a bounded number of a coverage cell's arenas with the count of all of them.
 */
@IntegrationTest
class AnalysisQueryCountTest {

    static final String AREA = "Mängdtest analys";
    static final String TOPIC = "Mängdämne analys";

    @Autowired
    MockMvc mvc;
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
    long topicId;

    @AfterEach
    void removeTheGeneratedArenas() {
        jdbc.sql("DELETE FROM review WHERE arena_id IN (SELECT id FROM arena WHERE area_id = :area)").param("area", areaId).update();
        jdbc.sql("DELETE FROM arena WHERE area_id = :area").param("area", areaId).update();
    }

    @Test
    void analysisCoverageAndDashboardRunAFixedNumberOfStatementsWhateverTheRowCount() throws Exception {
        areaId = areas.findTopLevelByName(AREA).map(Area::id)
                .orElseGet(() -> catalog.createArea(new AreaForm(AREA, null, null, 97, null)).id());
        subAreaId = areas.findSubAreaByName(areaId, AREA + " A").map(Area::id)
                .orElseGet(() -> catalog.createArea(new AreaForm(AREA + " A", areaId, null, 1, null)).id());
        topicId = jdbc.sql("SELECT id FROM topic WHERE name = :n").param("n", TOPIC).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("INSERT INTO topic (name) VALUES (:n) RETURNING id").param("n", TOPIC).query(Long.class).single());

        // Figures, coverage and network are kept until the register changes (UntilRegisterChanges): the first request
        // after a change computes them (plus two statements: is what was kept still valid, and the snapshot), the next
        // reads them (one statement in place of the figures). Both counts are fixed whatever the rows.
        statementsForEachPage();
        insertArenas(0, 10);
        Map<String, Integer> changed10 = statementsForEachPage();
        Map<String, Integer> kept10 = statementsForEachPage();
        insertArenas(10, 1000);
        Map<String, Integer> changed1000 = statementsForEachPage();
        Map<String, Integer> kept1000 = statementsForEachPage();

        assertThat(jdbc.sql("SELECT count(*) FROM arena WHERE area_id = :a").param("a", areaId).query(Integer.class).single())
                .isEqualTo(1000);
        assertThat(changed1000).isEqualTo(changed10);
        assertThat(kept1000).isEqualTo(kept10);
        assertThat(changed1000.get("/analysis")).isLessThanOrEqualTo(6);
        assertThat(changed1000.get("/coverage")).isLessThanOrEqualTo(6);
        assertThat(kept1000.get("/analysis")).isLessThanOrEqualTo(4);
        assertThat(kept1000.get("/coverage")).isLessThanOrEqualTo(3);
        assertThat(kept1000.get("/analysis")).isLessThan(changed1000.get("/analysis"));

        String coverage = mvc.perform(get("/coverage").param("view", "levels")).andReturn().getResponse().getContentAsString();
        // The topic's cell at official level lists the first arenas and links to the register for all 1,000.
        // Counts are formatted as Swedish numbers: "1 000" with a (no-break) space.
        assertThat(coverage).containsPattern("Visa alla 1\\h?000 \\(ytterligare " + (1000 - Coverage.FIRST_ARENAS) + " i registret\\)")
                .contains("/arenas?topic=" + topicId + "&amp;level=OFFICIAL")
                .contains("Mängdarena analys 0000").doesNotContain("Mängdarena analys 0" + Coverage.FIRST_ARENAS + "<");
        String dashboard = mvc.perform(get("/dashboard").with(user("admin").roles("COORDINATOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(dashboard).contains("/arenas?notAssessedMonths=240").doesNotContain("Mängdarena analys 0999");
    }

    private Map<String, Integer> statementsForEachPage() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String url : new String[] {"/analysis", "/analysis/areas/" + areaId, "/analysis/areas/" + subAreaId, "/coverage",
                "/api/v1/analysis/areas", "/api/v1/coverage", "/api/v1/coverage/scope"}) {
            statements.reset();
            mvc.perform(get(url)).andExpect(status().isOk());
            counts.put(url, statements.count());
        }
        for (String url : new String[] {"/dashboard", "/dashboard?mine=true"}) {
            statements.reset();
            mvc.perform(get(url).with(user("admin").roles("COORDINATOR"))).andExpect(status().isOk());
            counts.put(url, statements.count());
        }
        return counts;
    }

    /** Arenas with a type, a level and the topic, never assessed, each with an overdue review, so every figure has rows. */
    private void insertArenas(int from, int to) {
        jdbc.sql("""
                        INSERT INTO arena (name, area_id, sub_area_id, scope, status, purpose, meetings_per_year, hours_per_meeting)
                        SELECT 'Mängdarena analys ' || lpad(n::text, 4, '0'), :area, CASE WHEN n % 2 = 0 THEN :subArea END,
                               CASE WHEN n % 3 = 0 THEN 'EU' ELSE 'REGIONAL' END, 'ACTIVE', 'Syfte ' || n, 4, 2
                        FROM generate_series(:from, :to - 1) AS n""")
                .param("area", areaId).param("subArea", subAreaId).param("from", from).param("to", to).update();
        String arenas = "SELECT id FROM arena WHERE area_id = :area AND id NOT IN (SELECT arena_id FROM arena_type)";
        jdbc.sql("INSERT INTO arena_level (arena_id, code) SELECT id, 'OFFICIAL' FROM (" + arenas + ") x").param("area", areaId).update();
        jdbc.sql("INSERT INTO arena_topic (arena_id, topic_id) SELECT id, :t FROM (" + arenas + ") x")
                .param("area", areaId).param("t", topicId).update();
        jdbc.sql("""
                        INSERT INTO review (arena_id, due_on, reason, responsible)
                        SELECT id, current_date - 3, 'Omprövning', 'Mängdansvarig' FROM (""" + arenas + ") x")
                .param("area", areaId).update();
        jdbc.sql("INSERT INTO arena_type (arena_id, code) SELECT id, 'COLLABORATION' FROM (" + arenas + ") x").param("area", areaId).update();
    }
}
