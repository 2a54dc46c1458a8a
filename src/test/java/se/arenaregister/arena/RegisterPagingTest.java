package se.arenaregister.arena;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.support.IntegrationTest;

/**
 * The register never renders all of itself (issue 14): the unfiltered page shows every group's count and the first
 * arenas of each, with a link to all of a larger group; a filtered page and the API page by cursor, without gaps or
 * repeats, in register order.
 */
@IntegrationTest
class RegisterPagingTest {

    static final String AREA = "Sidindelningstest";
    static final int LARGE = 250;

    private static final Pattern ARENA_LINK = Pattern.compile("<a href=\"/arenas/\\d+\">(Sidarena [^<]*)</a>");
    private static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]*)\" rel=\"next\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;

    long areaId;
    long largeId;
    long smallId;

    @BeforeEach
    void aLargeAndASmallSubArea() {
        areaId = areas.findTopLevelByName(AREA).map(Area::id).orElseGet(() -> catalog.createArea(new AreaForm(AREA, null, null, 97, null)).id());
        largeId = areas.findSubAreaByName(areaId, AREA + " stor").map(Area::id)
                .orElseGet(() -> catalog.createArea(new AreaForm(AREA + " stor", areaId, null, 1, null)).id());
        smallId = areas.findSubAreaByName(areaId, AREA + " liten").map(Area::id)
                .orElseGet(() -> catalog.createArea(new AreaForm(AREA + " liten", areaId, null, 2, null)).id());
        insert(largeId, "Sidarena stor ", LARGE);
        insert(smallId, "Sidarena liten ", 3);
    }

    @AfterEach
    void removeTheArenas() {
        jdbc.sql("DELETE FROM arena WHERE area_id = :area").param("area", areaId).update();
    }

    @Test
    void theUnfilteredRegisterShowsEachGroupsCountAndItsFirstArenasWithALinkToAll() throws Exception {
        String page = overviewPageWith(AREA + " stor");
        List<String> large = names(page).stream().filter(n -> n.startsWith("Sidarena stor")).toList();
        assertThat(large).hasSize(20).first().isEqualTo("Sidarena stor 000");
        assertThat(page).contains("Visa alla " + LARGE + " i " + AREA + " stor")
                .contains("href=\"/arenas?subArea=" + largeId + "\"")
                // the contents list every group with its count, counted in SQL
                .contains("(" + LARGE + ")");
        String small = overviewPageWith(AREA + " liten");
        assertThat(names(small)).filteredOn(n -> n.startsWith("Sidarena liten")).hasSize(3);
        assertThat(small).doesNotContain("Visa alla 3 i " + AREA + " liten");
    }

    @Test
    void aFilteredRegisterPagesByCursorWithoutGapsOrRepeats() throws Exception {
        List<String> seen = new ArrayList<>();
        String url = "/arenas?subArea=" + largeId;
        int pages = 0;
        while (url != null) {
            String page = html(url);
            List<String> names = names(page);
            assertThat(names.size()).as("arenas on page %d", pages + 1).isLessThanOrEqualTo(100);
            seen.addAll(names);
            Matcher next = NEXT.matcher(page);
            url = next.find() ? HtmlUtils.htmlUnescape(next.group(1)) : null;
            pages++;
            assertThat(pages).isLessThan(10);
        }
        assertThat(pages).isEqualTo(3);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < LARGE; i++) {
            expected.add(String.format("Sidarena stor %03d", i));
        }
        assertThat(seen).containsExactlyElementsOf(expected);
    }

    @Test
    void theApisCursorWalksTheSameArenasAsItsPageNumbers() throws Exception {
        List<Integer> byPage = new ArrayList<>();
        for (int p = 0; p < 8; p++) {
            byPage.addAll(JsonPath.read(json("/api/v1/arenas?size=40&area=" + areaId + "&page=" + p), "$.items[*].id"));
        }
        List<Integer> byCursor = new ArrayList<>();
        String body = json("/api/v1/arenas?size=40&area=" + areaId);
        int pages = 1;
        byCursor.addAll(JsonPath.read(body, "$.items[*].id"));
        while (optional(body, "$.nextPage") != null) {
            assertThat((Integer) JsonPath.read(body, "$.total")).isEqualTo(LARGE + 3);
            body = json(JsonPath.read(body, "$.nextPage"));
            byCursor.addAll(JsonPath.read(body, "$.items[*].id"));
            pages++;
        }
        assertThat(pages).isEqualTo(7);
        assertThat(byCursor).hasSize(LARGE + 3).doesNotHaveDuplicates().containsExactlyElementsOf(byPage);
        assertThat((Integer) JsonPath.read(json("/api/v1/arenas?size=40&withTotal=false&area=" + areaId), "$.total")).isEqualTo(-1);
    }

    @Test
    void aCursorTheRegisterDidNotGiveIsAProblemNamingTheField() throws Exception {
        for (String bad : new String[] {"!!!", "bm9wZQ", "MTox", "LTE6MDp4", "OTk5OTk5OTk5OTk5OTk5OTk5OTk5OjA6"}) {
            mvc.perform(get("/api/v1/arenas").param("cursor", bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field", is("cursor")));
            mvc.perform(get("/arenas").param("cursor", bad).param("subArea", String.valueOf(largeId)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("Ett filter hade ett okänt värde")));
        }
        // a well-formed cursor of a group with no arenas (any more) is an empty last page, not an error
        mvc.perform(get("/api/v1/arenas").param("cursor", ArenaCursor.startOf(Long.MAX_VALUE).token()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items.length()", is(0)))
                .andExpect(jsonPath("$.next").doesNotExist());
    }

    /** The overview page, following its "next page" links, that shows this group. */
    private String overviewPageWith(String group) throws Exception {
        String url = "/arenas";
        for (int i = 0; i < 50 && url != null; i++) {
            String page = html(url);
            if (page.contains(">" + group + "</span>")) {
                return page;
            }
            Matcher next = NEXT.matcher(page);
            url = next.find() ? HtmlUtils.htmlUnescape(next.group(1)) : null;
        }
        throw new AssertionError("no overview page shows " + group);
    }

    private String html(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String json(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The value at the path, null when the response leaves it out (null fields are not written). */
    private static String optional(String json, String path) {
        return JsonPath.using(com.jayway.jsonpath.Configuration.defaultConfiguration().addOptions(com.jayway.jsonpath.Option.SUPPRESS_EXCEPTIONS))
                .parse(json).read(path);
    }

    private static List<String> names(String page) {
        List<String> names = new ArrayList<>();
        Matcher m = ARENA_LINK.matcher(page);
        while (m.find()) {
            names.add(HtmlUtils.htmlUnescape(m.group(1)));
        }
        return names;
    }

    private void insert(long subArea, String prefix, int count) {
        jdbc.sql("""
                        INSERT INTO arena (name, area_id, sub_area_id, scope, status)
                        SELECT :prefix || lpad(n::text, 3, '0'), :area, :subArea, 'REGIONAL', 'ACTIVE' FROM generate_series(0, :count - 1) AS n""")
                .param("prefix", prefix).param("area", areaId).param("subArea", subArea).param("count", count).update();
    }
}
