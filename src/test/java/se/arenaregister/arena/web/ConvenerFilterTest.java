package se.arenaregister.arena.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.arena.Conveners;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.support.Register;
import se.arenaregister.support.IntegrationTest;

/**
 * The register's convener filter is a field with suggestions as one types, not a list of every organisation: a name
 * (whole, case ignored, or a part only one convener has) filters, and anything else is answered next to the field.
 */
@IntegrationTest
class ConvenerFilterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AreaRepository areas;
    @Autowired
    CatalogService catalog;

    /** A page's HTML, with what these tests read of it. */
    record Document(String html) {

        /** The opening tag of the element with this id. */
        String tag(String id) {
            Matcher m = Pattern.compile("<[a-z0-9]+\\s[^>]*\\bid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
            return m.find() ? m.group() : "";
        }

        String attr(String id, String name) {
            Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(tag(id));
            return m.find() ? m.group(1) : "";
        }

        boolean has(String id) {
            return !tag(id).isEmpty();
        }

        /** The text of the element with this id, which holds no other element. */
        String text(String id) {
            String tag = tag(id);
            int from = html.indexOf(tag) + tag.length();
            return tag.isEmpty() ? "" : html.substring(from, html.indexOf("</", from)).strip().replaceAll("\\s+", " ");
        }

        /** The values of the options of the element with this id (a datalist), or of a fragment of options. */
        List<String> options(String id) {
            String tag = id == null ? "" : tag(id);
            int from = id == null ? 0 : html.indexOf(tag) + tag.length();
            int to = id == null ? html.length() : html.indexOf("</datalist>", from);
            List<String> values = new ArrayList<>();
            Matcher m = Pattern.compile("<option value=\"([^\"]*)\"").matcher(html.substring(from, to));
            while (m.find()) {
                values.add(m.group(1).replace("&amp;", "&"));
            }
            return values;
        }
    }

    Document page(String... params) throws Exception {
        var request = get("/arenas");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return new Document(html);
    }

    List<String> suggestions(String text) throws Exception {
        return new Document(mvc.perform(get("/arenas/conveners").param("convenerName", text)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).options(null);
    }

    long trafikverket() {
        return jdbc.sql("SELECT id FROM organisation WHERE name = 'Trafikverket'").query(Long.class).single();
    }

    List<String> convenedBy(long organisation) {
        return jdbc.sql("SELECT name FROM arena WHERE convener_id = :o AND NOT archived ORDER BY name").param("o", organisation)
                .query(String.class).list();
    }

    @Test
    void theFieldOffersNoListOfEveryOrganisation() throws Exception {
        Document page = page();
        assertThat(page.has("convener")).as("no select of every organisation").isFalse();
        assertThat(page.attr("convenerName", "list")).isEqualTo("convener-options");
        assertThat(page.attr("convenerName", "aria-describedby")).isEqualTo("convener-message");
        assertThat(page.attr("convenerName", "hx-get")).isEqualTo("/arenas/conveners");
        assertThat(page.options("convener-options")).as("suggestions come as one types").isEmpty();
        assertThat(page.html()).contains("<label for=\"convenerName\">Sammankallande</label>");
        assertThat(page.text("convener-message")).isEqualTo("Skriv namnet eller en del av det, och välj bland förslagen.");
        assertThat(page.attr("convener-message", "class")).isEqualTo("hint");
    }

    @Test
    void aWholeNameCaseIgnoredFiltersAndTheIdInTheAddressShowsItsName() throws Exception {
        long id = trafikverket();
        assertThat(convenedBy(id)).isNotEmpty();
        Document byName = page("convenerName", "  trafikVERKET ");
        assertThat(byName.attr("convenerName", "value")).isEqualTo("Trafikverket");
        assertThat(byName.attr("convenerName", "aria-invalid")).isEmpty();
        Document byId = page("convener", String.valueOf(id));
        assertThat(byId.attr("convenerName", "value")).isEqualTo("Trafikverket");
        String count = byName.text("results-heading");
        assertThat(count).isEqualTo(byId.text("results-heading")).contains(String.valueOf(convenedBy(id).size()));
        assertThat(byName.html()).contains(convenedBy(id).get(0));
        assertThat(byName.html()).as("the exports of what is shown keep the convener, by id").contains("convener=" + id);
    }

    @Test
    void aPartOnlyOneConvenerHasFiltersWithoutScript() throws Exception {
        long id = trafikverket();
        assertThat(page("convenerName", "trafikverk").attr("convenerName", "value")).isEqualTo("Trafikverket");
        assertThat(page("convenerName", "trafikverk").text("results-heading"))
                .isEqualTo(page("convener", String.valueOf(id)).text("results-heading"));
    }

    @Test
    void aNameNoConvenerHasIsAnsweredNextToTheFieldAndFiltersNothing() throws Exception {
        Document page = page("convenerName", "Ingen sådan myndighet", "type", "INFLUENCE");
        assertThat(page.attr("convenerName", "value")).isEqualTo("Ingen sådan myndighet");
        assertThat(page.attr("convenerName", "aria-invalid")).isEqualTo("true");
        assertThat(page.text("convener-message")).isEqualTo("Ingen organisation som sammankallar en arena heter "
                + "Ingen sådan myndighet eller har det i namnet. Kontrollera stavningen eller välj bland förslagen.");
        assertThat(page.text("results-heading")).as("the other filters still apply")
                .isEqualTo(page("type", "INFLUENCE").text("results-heading"));
        String english = mvc.perform(get("/arenas").param("convenerName", "Nobody").param("lang", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(new Document(english).text("convener-message"))
                .startsWith("No organisation that convenes an arena is called Nobody");
    }

    @Test
    void aPartSeveralConvenersHaveAsksForMore() throws Exception {
        List<String> having = jdbc.sql("SELECT DISTINCT o.name FROM organisation o JOIN arena a ON a.convener_id = o.id"
                + " WHERE NOT a.archived AND o.name ILIKE '%region%'").query(String.class).list();
        assertThat(having).as("demo conveners with 'region' in their names").hasSizeGreaterThan(1);
        Document page = page("convenerName", "region");
        assertThat(page.text("convener-message")).startsWith("Flera organisationer som sammankallar arenor har region i namnet.");
        assertThat(page.attr("convenerName", "aria-invalid")).isEqualTo("true");
    }

    @Test
    void suggestionsAreConvenersWithTheTextBeginningsFirstAtMostTwenty() throws Exception {
        List<String> offered = suggestions("verket");
        List<String> expected = jdbc.sql("SELECT DISTINCT o.name FROM organisation o JOIN arena a ON a.convener_id = o.id"
                + " WHERE NOT a.archived AND o.name ILIKE '%verket%'").query(String.class).list();
        assertThat(offered).containsExactlyInAnyOrderElementsOf(expected.size() > Conveners.SUGGESTIONS
                ? offered : expected).hasSizeLessThanOrEqualTo(Conveners.SUGGESTIONS).contains("Trafikverket");

        List<String> begins = suggestions("tra");
        int firstNotBeginning = begins.size();
        for (int i = 0; i < begins.size(); i++) {
            if (!begins.get(i).toLowerCase().startsWith("tra")) {
                firstNotBeginning = Math.min(firstNotBeginning, i);
            }
        }
        assertThat(begins.subList(firstNotBeginning, begins.size())).as("after the first that does not begin so, none does")
                .noneMatch(name -> name.toLowerCase().startsWith("tra"));
        assertThat(begins).contains("Trafikverket");

        for (String nothing : new String[] {"", "   ", "%", "_", "x".repeat(400)}) {
            assertThat(suggestions(nothing)).as("'%s'", nothing).isEmpty();
        }
    }

    @Test
    void atMostTwentySuggestions() throws Exception {
        // A register with many conveners: thirty of the test's own, all with the same word in their names, written
        // around the services (so not in the search index) and removed again, as the index's own tests compare it
        // with a rebuild.
        Register.testSubArea(catalog, areas);
        long area = Register.areaId(areas, Register.TEST_AREA);
        for (int i = 0; i < 30; i++) {
            long organisation = jdbc.sql("INSERT INTO organisation (name, kind) VALUES (:n, 'OTHER') RETURNING id")
                    .param("n", "Förslagsprovets organisation " + i).query(Long.class).single();
            jdbc.sql("INSERT INTO arena (name, area_id, scope, convener_id, status) VALUES (:n, :a, 'REGIONAL', :o, 'ACTIVE')")
                    .param("n", "Förslagsprovets arena " + i).param("a", area).param("o", organisation).update();
        }
        try {
            assertThat(suggestions("förslagsprov")).hasSize(Conveners.SUGGESTIONS)
                    .startsWith("Förslagsprovets organisation 0", "Förslagsprovets organisation 1", "Förslagsprovets organisation 10");
        } finally {
            jdbc.sql("DELETE FROM arena WHERE name LIKE 'Förslagsprovets arena %'").update();
            jdbc.sql("DELETE FROM organisation WHERE name LIKE 'Förslagsprovets organisation %'").update();
        }
    }
}
