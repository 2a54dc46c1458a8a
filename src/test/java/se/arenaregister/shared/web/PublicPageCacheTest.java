package se.arenaregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.arenaregister.shared.UntilRegisterChanges;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.MockMvcDrawsPagesAnew;
import se.arenaregister.support.StatementCounter;

/**
 * The public list pages kept until the register changes ({@link PublicPageCache}): the second anonymous request is one
 * statement and the same bytes, a change shows on the next request, and whatever is not the public's page (a signed-in
 * user's, another language, an htmx part, a request for a fresh answer) is its own or drawn anew.
 */
@IntegrationTest
class PublicPageCacheTest {

    static final String TOPIC = "Sidcachetestets ämne";

    @Autowired
    MockMvc mvc;
    @Autowired
    StatementCounter statements;
    @Autowired
    UntilRegisterChanges changes;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void nothingKept() {
        changes.forgetAll();
    }

    @AfterEach
    void removeTheTopic() {
        jdbc.sql("DELETE FROM topic WHERE name = :name").param("name", TOPIC).update();
    }

    @Test
    void theSecondAnonymousRequestForAPublicPageIsOneStatementAndTheSameBytes() throws Exception {
        long arena = jdbc.sql("SELECT min(id) FROM arena").query(Long.class).single();
        for (String page : new String[] {"/arenas", "/arenas?area=1", "/arenas/" + arena, "/search?q=region", "/analysis", "/coverage",
                "/network", "/topics"}) {
            Answer first = answer(get(page));
            Answer second = answer(get(page));
            assertThat(first.statements()).as("statements drawing %s", page).isGreaterThan(1);
            assertThat(second.statements()).as("statements for %s kept", page).isEqualTo(1);
            assertThat(second.response().getContentAsByteArray()).as(page).isEqualTo(first.response().getContentAsByteArray());
            assertThat(second.response().getContentType()).isEqualTo(first.response().getContentType()).startsWith("text/html");
            assertThat(second.response().getHeader("Content-Language")).isEqualTo("sv");
            // Security's headers are written on the kept answer as on any.
            assertThat(second.response().getHeader("Content-Security-Policy")).contains("default-src 'self'");
            assertThat(second.response().getHeader("Cache-Control")).contains("no-store");
        }
    }

    @Test
    void aChangeToTheRegisterShowsOnTheNextRequest() throws Exception {
        assertThat(answer(get("/topics")).body()).doesNotContain(TOPIC);
        assertThat(answer(get("/topics")).statements()).isEqualTo(1);
        jdbc.sql("INSERT INTO topic (name) VALUES (:name)").param("name", TOPIC).update();
        Answer after = answer(get("/topics"));
        assertThat(after.body()).contains(TOPIC);
        assertThat(after.statements()).isGreaterThan(1);
    }

    @Test
    void theApisListOfArenasIsKeptAsJson() throws Exception {
        Answer first = answer(get("/api/v1/arenas?size=5").header("Accept", "application/json"));
        Answer second = answer(get("/api/v1/arenas?size=5").header("Accept", "application/json"));
        assertThat(second.statements()).isEqualTo(1);
        assertThat(second.response().getContentType()).startsWith("application/json");
        assertThat(second.body()).isEqualTo(first.body()).contains("\"name\"");
        // A signed-in client (Basic credentials, a token) sees officials: never the public's answer.
        assertThat(answer(get("/api/v1/arenas?size=5").with(user("läsaren").roles("READER"))).statements()).isGreaterThan(1);
    }

    @Test
    void aPublicNoteChangedShowsOnItsArenasPageAndInSearchAtOnce() throws Exception {
        long arena = jdbc.sql("SELECT min(id) FROM arena").query(Long.class).single();
        String learned = "Sidcachetestets lärdom om kollektivtrafikplanering";
        answer(get("/arenas/" + arena));
        answer(get("/search?q=sidcachetestets"));
        assertThat(answer(get("/arenas/" + arena)).statements()).as("kept").isEqualTo(1);
        long note = jdbc.sql("INSERT INTO note (arena_id, held_on, learned, public) VALUES (:arena, current_date, :learned, true) RETURNING id")
                .param("arena", arena).param("learned", learned).query(Long.class).single();
        try {
            assertThat(answer(get("/arenas/" + arena)).body()).contains(learned);
        } finally {
            jdbc.sql("DELETE FROM note WHERE id = :id").param("id", note).update();
        }
        assertThat(answer(get("/arenas/" + arena)).body()).doesNotContain(learned);
    }

    @Test
    void aSignedInUserGetsThePageDrawnForThemEveryTime() throws Exception {
        answer(get("/arenas"));
        Answer signedIn = answer(get("/arenas").with(user("läsaren").roles("READER")));
        assertThat(signedIn.body()).contains("läsaren");
        assertThat(answer(get("/arenas").with(user("läsaren").roles("READER"))).statements()).isGreaterThan(1);
        assertThat(answer(get("/arenas")).body()).doesNotContain("läsaren");
    }

    @Test
    void anotherLanguageAnHtmxPartAndAFreshAnswerAreNotThePublicsKeptPage() throws Exception {
        String swedish = answer(get("/arenas")).body();
        Answer english = answer(get("/arenas").cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "en")));
        assertThat(english.response().getHeader("Content-Language")).isEqualTo("en");
        assertThat(english.body()).isNotEqualTo(swedish).contains("lang=\"en\"");
        assertThat(answer(get("/arenas").cookie(new Cookie(WebConfiguration.LANGUAGE_COOKIE, "en"))).statements()).isEqualTo(1);

        // htmx asks for the whole page and selects its part: kept under a key of its own all the same.
        assertThat(answer(get("/arenas").header("HX-Request", "true")).statements()).isGreaterThan(1);
        assertThat(answer(get("/arenas").header("HX-Request", "true")).statements()).isEqualTo(1);
        assertThat(answer(get("/arenas")).body()).isEqualTo(swedish);
        // Other parameters, another page; the same ones in another order, the same page.
        assertThat(answer(get("/arenas").param("area", "1").param("level", "P")).statements()).isGreaterThan(1);
        assertThat(answer(get("/arenas").param("level", "P").param("area", "1")).statements()).isEqualTo(1);

        assertThat(answer(get("/arenas").header("Cache-Control", "no-cache")).statements()).isGreaterThan(1);
        assertThat(answer(get("/arenas").cookie(new Cookie("JSESSIONID", "not-a-session"))).statements()).isGreaterThan(1);
        assertThat(answer(get("/arenas").header("Accept", "application/json")).statements()).isGreaterThan(1);
    }

    @Test
    void aPageThatIsNotFoundIsNotKept() throws Exception {
        mvc.perform(get("/analysis/areas/999999").header(HttpHeaders.CACHE_CONTROL, MockMvcDrawsPagesAnew.KEPT_IS_FINE))
                .andExpect(status().isNotFound());
        statements.reset();
        mvc.perform(get("/analysis/areas/999999").header(HttpHeaders.CACHE_CONTROL, MockMvcDrawsPagesAnew.KEPT_IS_FINE))
                .andExpect(status().isNotFound());
        assertThat(statements.count()).isGreaterThan(1);
    }

    record Answer(MockHttpServletResponse response, int statements) {

        String body() throws java.io.UnsupportedEncodingException {
            return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** The request as the public's browser sends it, content with a kept page (MockMvc's own default asks for a fresh one). */
    private Answer answer(MockHttpServletRequestBuilder request) throws Exception {
        statements.reset();
        MockHttpServletResponse response = mvc.perform(request.header(HttpHeaders.CACHE_CONTROL, MockMvcDrawsPagesAnew.KEPT_IS_FINE))
                .andExpect(status().isOk()).andReturn().getResponse();
        return new Answer(response, statements.count());
    }
}
