package se.arenaregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.support.HttpUser;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.TestArenaForm;

/**
 * A form posted twice makes one record: a double click, back-and-resubmit, or two posts at the same moment. The
 * second post is sent where the first went and told it was saved once. A refused post frees its token, so the
 * corrected form can be sent.
 */
@IntegrationTest
class OneTimeFormsTest {

    private static final Pattern TOKEN = Pattern.compile("name=\"_formToken\" value=\"([^\"]+)\"");

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

    @Test
    void everyPostFormCarriesAFreshTokenAndGetFormsNone() throws Exception {
        String page = mvc.perform(get("/arenas/new").with(user("editor").roles("COORDINATOR"))).andReturn().getResponse().getContentAsString();
        List<String> tokens = TOKEN.matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(tokens).isNotEmpty().doesNotHaveDuplicates();
        String register = mvc.perform(get("/arenas")).andReturn().getResponse().getContentAsString();
        assertThat(register).contains("role=\"search\"").doesNotContain("_formToken");
    }

    @Test
    void anAssessmentPostedThreeTimesIsStoredOnce() throws Exception {
        long arena = jdbc.sql("SELECT min(id) FROM arena").query(Long.class).single();
        String token = token("/arenas/" + arena + "/assessments/new");
        int before = assessments(arena);
        String first = null;
        for (int i = 0; i < 3; i++) {
            MvcResult result = mvc.perform(post("/arenas/" + arena + "/assessments").with(user("editor").roles("COORDINATOR")).with(csrf())
                            .param("_formToken", token).param("arenaId", String.valueOf(arena)).param("assessedOn", "2026-11-30").param("verdict", "RELEVANT")
                            .param("motivation", "Dubbelklick").param("assessor", "Samordningskansliet"))
                    .andExpect(status().is3xxRedirection()).andReturn();
            String location = result.getResponse().getRedirectedUrl();
            if (i == 0) {
                first = location;
            } else {
                assertThat(location).isEqualTo(first);
                assertThat(result.getFlashMap().get("message")).isEqualTo("form.alreadySubmitted");
            }
        }
        assertThat(assessments(arena)).isEqualTo(before + 1);
    }

    @Test
    void aRefusedPostFreesItsTokenForTheCorrectedForm() throws Exception {
        String token = token("/arenas/new");
        String name = PeopleFixtures.unique("Rättat forum");
        mvc.perform(arenaForm("", token)).andExpect(status().isOk());
        mvc.perform(arenaForm(name, token)).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("message", "arena.created"));
        assertThat(named(name)).isEqualTo(1);
    }

    @Test
    void twoPostsAtTheSameMomentMakeOneRecordAndBothAnswersLeadToIt() throws Exception {
        HttpUser editor = HttpUser.loggedIn(port, IntegrationTest.ADMIN, IntegrationTest.ADMIN_PASSWORD);
        Matcher matcher = TOKEN.matcher(editor.get("/arenas/new").body());
        assertThat(matcher.find()).isTrue();
        String name = PeopleFixtures.unique("Samtidigt forum");
        Map<String, String> fields = TestArenaForm.fields(catalog, areas, name);
        fields.put("_formToken", matcher.group(1));
        fields.put("_csrf", editor.csrf());
        byte[] body = fields.entrySet().stream().map(f -> f.getKey() + "=" + HttpUser.encode(f.getValue()))
                .collect(java.util.stream.Collectors.joining("&")).getBytes(StandardCharsets.UTF_8);
        Callable<HttpResponse<String>> post = () -> editor.send("POST", "/arenas", "application/x-www-form-urlencoded", body, "text/html");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HttpResponse<String>>> answers = pool.invokeAll(List.of(post, post, post, post));
            List<String> locations = answers.stream().map(OneTimeFormsTest::location).distinct().toList();
            assertThat(locations).hasSize(1);
            assertThat(locations.get(0)).matches(".*/arenas/\\d+");
        } finally {
            pool.shutdownNow();
        }
        assertThat(named(name)).isEqualTo(1);
    }

    private static String location(Future<HttpResponse<String>> answer) {
        try {
            HttpResponse<String> response = answer.get();
            assertThat(response.statusCode()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder arenaForm(String name, String token) {
        return TestArenaForm.postedByEditor(TestArenaForm.fields(catalog, areas, name)).param("_formToken", token);
    }

    private String token(String formPage) throws Exception {
        String page = mvc.perform(get(formPage).with(user("editor").roles("COORDINATOR"))).andReturn().getResponse().getContentAsString();
        List<String> tokens = TOKEN.matcher(page).results().map(m -> m.group(1)).toList();
        assertThat(tokens).isNotEmpty();
        return tokens.get(tokens.size() - 1);
    }

    private int assessments(long arena) {
        return jdbc.sql("SELECT count(*) FROM assessment WHERE arena_id = :a").param("a", arena).query(Integer.class).single();
    }

    private int named(String name) {
        return jdbc.sql("SELECT count(*) FROM arena WHERE name = :n").param("n", name).query(Integer.class).single();
    }
}
