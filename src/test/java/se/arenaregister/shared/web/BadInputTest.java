package se.arenaregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.support.HttpUser;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.TestArenaForm;

/**
 * The requests a probe of the running application found ending in HTTP 500, one by one, with the answer each now
 * gets: refused with a message in the user's language (next to the field, or problem+json naming it), or served.
 * {@code NoInputBreaksAPageTest} covers every endpoint broadly; this says what the user sees.
 */
@IntegrationTest
class BadInputTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;

    private MockHttpServletRequestBuilder arenaForm(String name) {
        return TestArenaForm.postedByEditor(TestArenaForm.fields(catalog, areas, name));
    }

    @Test
    void aNulByteInASearchIsStrippedAtTheEdge() throws Exception {
        HttpUser visitor = HttpUser.anonymous(port);
        for (String path : new String[] {"/arenas?q=%00", "/api/v1/arenas?q=%00", "/export/arenas.csv?q=%00", "/arenas?q=Bott%00niska"}) {
            assertThat(visitor.send("GET", path, null, null, "*/*").statusCode()).as(path).isEqualTo(200);
        }
        assertThat(visitor.get("/arenas?q=Bott%00niska").body()).contains("Bottniska");
    }

    @Test
    void invalidUtf8IsRefusedNamingTheFieldInTheApiAndInPlainWordsOnAPage() throws Exception {
        HttpUser visitor = HttpUser.anonymous(port);
        HttpResponse<String> api = visitor.send("GET", "/api/v1/arenas?q=%ff%fe", null, null, "application/json");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(api.body()).contains("\"field\":\"q\"").contains("inte giltig text (UTF-8)");

        HttpResponse<String> page = visitor.get("/arenas?q=%ff%fe");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Begäran kunde inte läsas").contains("inte är giltig text (UTF-8)").doesNotContain("Exception");
        // What the reader sees never names the parameter (the header's search field is itself named q, in its markup).
        String text = page.body().replaceAll("(?s)<[^>]*>", " ");
        assertThat(text).doesNotContain("\"q\"").doesNotContainPattern("\\bq\\b");
    }

    @Test
    void datesPostgresqlCannotHoldAreRefusedAsDatesOutsideTheRange() throws Exception {
        mvc.perform(get("/api/v1/agenda").param("from", "+999999999-01-01").param("to", "+999999999-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("from")))
                .andExpect(jsonPath("$.errors[0].message", containsString("mellan år 1900 och 2200")));
        mvc.perform(get("/api/v1/changes").param("from", "0000-01-01").param("to", "2022-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field", is("from")));
        mvc.perform(get("/changes").param("from", "0000-01-01").param("to", "2022-12-31"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ange ett datum som ÅÅÅÅ-MM-DD, mellan år 1900 och 2200.")))
                .andExpect(content().string(containsString("Region Jämtland Härjedalen")));
        mvc.perform(get("/api/v1/agenda").param("from", "1900-01-01").param("to", "1900-12-31")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/agenda").param("from", "2200-01-01").param("to", "2200-12-31")).andExpect(status().isOk());

        int before = arenas();
        mvc.perform(arenaForm(PeopleFixtures.unique("Datumforum")).param("startDate", "+999999999-12-31").param("nextMeetingOn", "-4714-01-01"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "startDate", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("form", "nextMeetingOn", "typeMismatch"))
                .andExpect(content().string(containsString("mellan år 1900 och 2200")));
        assertThat(arenas()).isEqualTo(before);
    }

    @Test
    void decimalsTheDatabaseWouldRoundAwayAreRefusedNextToTheField() throws Exception {
        int before = arenas();
        mvc.perform(arenaForm(PeopleFixtures.unique("Decimalforum")).param("hoursPerMeeting", "0.0000000000000000000001"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "hoursPerMeeting", "Digits"))
                .andExpect(content().string(containsString("Ange ett tal med högst 2 decimaler.")));
        assertThat(arenas()).isEqualTo(before);
    }

    @Test
    void aNulByteInAFormFieldIsStrippedAndTheRestSaved() throws Exception {
        String name = PeopleFixtures.unique("Nollforum");
        mvc.perform(arenaForm(name.replace(" ", " \u0000")).param("purpose", "Syfte\u0000 med\ttab\r\noch rad"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT purpose FROM arena WHERE name = :name").param("name", name).query(String.class).single())
                .isEqualTo("Syfte med\ttab\r\noch rad");
    }

    @Test
    void aLanguageCookieNobodyCouldHaveSetIsIgnored() throws Exception {
        for (String path : new String[] {"/arenas", "/login", "/api/v1/arenas"}) {
            mvc.perform(get(path).cookie(new Cookie("arenaregister-lang", "!!"))).andExpect(status().isOk());
        }
        mvc.perform(get("/arenas").cookie(new Cookie("arenaregister-lang", "xx")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"sv\"")));
        mvc.perform(get("/arenas").cookie(new Cookie("arenaregister-lang", "en")))
                .andExpect(content().string(containsString("lang=\"en\"")));
    }

    @Test
    void anAppointmentWithoutItsArenaIsABadRequestNotAnError() throws Exception {
        mvc.perform(post("/appointments").with(user("editor").roles("COORDINATOR")).with(csrf()).param("personId", "1").param("role", "MEMBER")
                        .param("startDate", "2026-01-01"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theErrorPageByItsOwnAddressIsAPageThatDoesNotExist() throws Exception {
        assertThat(HttpUser.anonymous(port).get("/error").statusCode()).isEqualTo(404);
    }

    private int arenas() {
        return jdbc.sql("SELECT count(*) FROM arena").query(Integer.class).single();
    }
}
