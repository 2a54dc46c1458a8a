package se.arenaregister.arena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.OrganisationRepository;
import se.arenaregister.catalog.internal.TopicRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.StatementCounter;

/**
 * The register page (unfiltered, filtered, one group, its second page) and the API (by page number near and far, by
 * cursor) run the same number of SQL statements for 10 and for 1,000 arenas.
 */
@IntegrationTest
class ArenaListQueryCountTest {

    static final String AREA = "Mängdtest";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatementCounter statements;
    @Autowired
    se.arenaregister.shared.UntilRegisterChanges kept;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;
    @Autowired
    OrganisationRepository organisations;
    @Autowired
    TopicRepository topics;

    long areaId;
    long subAreaId;

    @AfterEach
    void removeTheGeneratedArenas() {
        jdbc.sql("DELETE FROM arena_relation WHERE from_arena_id IN (SELECT id FROM arena WHERE area_id = :area)").param("area", areaId).update();
        jdbc.sql("DELETE FROM arena WHERE area_id = :area").param("area", areaId).update();
    }

    @Test
    void listRunsAFixedNumberOfStatementsWhateverTheRowCount() throws Exception {
        areaId = areas.findTopLevelByName(AREA).map(Area::id)
                .orElseGet(() -> catalog.createArea(new AreaForm(AREA, null, null, 98, null)).id());
        subAreaId = areas.findSubAreaByName(areaId, AREA + " A").map(Area::id)
                .orElseGet(() -> catalog.createArea(new AreaForm(AREA + " A", areaId, null, 1, null)).id());

        insertArenas(0, 10);
        int pageFor10 = statementsFor("/arenas?area=" + areaId);
        int apiFor10 = statementsFor("/api/v1/arenas?size=500&area=" + areaId);
        int overviewFor10 = statementsFor("/arenas");
        int groupFor10 = statementsFor("/arenas?subArea=" + subAreaId);
        int apiPageFor10 = statementsFor("/api/v1/arenas?size=5&page=1&area=" + areaId);
        var convener = organisations.findAllByOrderByName().get(0);
        var byConvener = get("/arenas").param("area", String.valueOf(areaId)).param("convenerName", convener.name());
        int convenerFor10 = statementsForRequest(byConvener);

        insertArenas(10, 1000);
        int pageFor1000 = statementsFor("/arenas?area=" + areaId);
        int apiFor1000 = statementsFor("/api/v1/arenas?size=500&area=" + areaId);
        int overviewFor1000 = statementsFor("/arenas");
        int groupFor1000 = statementsFor("/arenas?subArea=" + subAreaId);
        int convenerFor1000 = statementsForRequest(byConvener);
        int convenerIdFor1000 = statementsFor("/arenas?area=" + areaId + "&convener=" + convener.id());
        String secondPage = nextLink("/arenas?subArea=" + subAreaId);
        int groupPage2For1000 = statementsFor(secondPage);
        int apiPageFor1000 = statementsFor("/api/v1/arenas?size=5&page=150&area=" + areaId);
        int apiCursorFor1000 = statementsFor(com.jayway.jsonpath.JsonPath.read(
                mvc.perform(get("/api/v1/arenas?size=50&area=" + areaId)).andReturn().getResponse().getContentAsString(), "$.nextPage"));

        assertThat(jdbc.sql("SELECT count(*) FROM arena WHERE area_id = :a").param("a", areaId).query(Integer.class).single())
                .isEqualTo(1000);
        assertThat(pageFor1000).as("statements for the register page").isEqualTo(pageFor10).isLessThanOrEqualTo(4);
        assertThat(overviewFor1000).as("statements for the unfiltered register").isEqualTo(overviewFor10).isLessThanOrEqualTo(4);
        assertThat(groupFor1000).as("statements for all of one group").isEqualTo(groupFor10).isEqualTo(pageFor10);
        assertThat(groupPage2For1000).as("statements for its second page").isEqualTo(groupFor10);
        assertThat(convenerFor1000).as("statements for the register by a convener's name: the name looked up, then as by id")
                .isEqualTo(convenerFor10).isEqualTo(convenerIdFor1000).isEqualTo(pageFor10 + 1);
        // The groups' counts (the total), the page's arenas, and in a third statement the relations of those arenas.
        assertThat(apiFor1000).as("statements for the API list").isEqualTo(apiFor10).isEqualTo(3);
        assertThat(apiPageFor1000).as("statements for a page far in").isEqualTo(apiPageFor10).isEqualTo(3);
        assertThat(apiCursorFor1000).as("statements for a page by cursor").isEqualTo(3);
    }

    /** The register page's "next page" link. */
    private String nextLink(String url) throws Exception {
        String page = mvc.perform(get(url)).andReturn().getResponse().getContentAsString();
        java.util.regex.Matcher next = java.util.regex.Pattern.compile("<a href=\"([^\"]*)\" rel=\"next\"").matcher(page);
        assertThat(next.find()).as("a next page link on %s", url).isTrue();
        return org.springframework.web.util.HtmlUtils.htmlUnescape(next.group(1));
    }

    private int statementsFor(String url) throws Exception {
        return statementsForRequest(get(url));
    }

    /** The statements of drawing the page: nothing kept from an earlier request (see RegisterPagesTest for that). */
    private int statementsForRequest(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        kept.forgetAll();
        statements.reset();
        mvc.perform(request).andExpect(status().isOk());
        return statements.count();
    }

    /** Arenas with every collection filled (types, levels, members, topics), so sub-selects have work to do. */
    private void insertArenas(int from, int to) {
        long organisation = organisations.findAllByOrderByName().get(0).id();
        long topic = topics.findAllByOrderByName().get(0).id();
        jdbc.sql("""
                        INSERT INTO arena (name, area_id, sub_area_id, scope, convener_id, status, purpose)
                        SELECT 'Mängdarena ' || n, :area, :subArea, 'REGIONAL', :organisation, 'ACTIVE', 'Syfte ' || n
                        FROM generate_series(:from, :to - 1) AS n""")
                .param("area", areaId).param("subArea", subAreaId).param("organisation", organisation)
                .param("from", from).param("to", to).update();
        String arenas = "SELECT id FROM arena WHERE area_id = :area AND name LIKE 'Mängdarena %' AND id NOT IN (SELECT arena_id FROM arena_type)";
        jdbc.sql("INSERT INTO arena_level (arena_id, code) SELECT id, 'OFFICIAL' FROM (" + arenas + ") x").param("area", areaId).update();
        jdbc.sql("INSERT INTO arena_member (arena_id, organisation_id) SELECT id, :o FROM (" + arenas + ") x")
                .param("area", areaId).param("o", organisation).update();
        jdbc.sql("INSERT INTO arena_topic (arena_id, topic_id) SELECT id, :t FROM (" + arenas + ") x")
                .param("area", areaId).param("t", topic).update();
        jdbc.sql("INSERT INTO arena_type (arena_id, code) SELECT id, 'COLLABORATION' FROM (" + arenas + ") x").param("area", areaId).update();
        // Every third arena is a working group of the first, so the page folds them under it and the API lists relations.
        jdbc.sql("""
                        INSERT INTO arena_relation (from_arena_id, to_arena_id, kind)
                        SELECT a.id, f.id, 'PART_OF' FROM arena a
                        JOIN (SELECT min(id) AS id FROM arena WHERE area_id = :area) f ON a.id <> f.id
                        WHERE a.area_id = :area AND a.id % 3 = 0
                        ON CONFLICT DO NOTHING""").param("area", areaId).update();
    }
}
