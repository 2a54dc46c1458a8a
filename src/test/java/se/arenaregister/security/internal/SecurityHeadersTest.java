package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.support.WebSliceConfiguration;

/**
 * Every answer, public or not, tells the browser to run only the application's own scripts and styles, never to be
 * framed, never to guess content types, and to send the address only to this site: the real
 * {@link SecurityConfiguration} in a web slice, as in {@link AccessRulesTest}.
 */
@WebMvcTest(controllers = AccessRulesTest.AnswersEveryPath.class)
@Import({SecurityConfiguration.class, WebSliceConfiguration.class, AccessRulesTest.AnswersEveryPath.class})
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/arenas", "/login", "/api/v1/arenas", "/dashboard", "/reports/memo.pdf"})
    void everyAnswerCarriesTheBrowsersRules(String path) throws Exception {
        for (MockHttpServletResponse response : new MockHttpServletResponse[] {
                mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(anonymous())).andReturn().getResponse(),
                mvc.perform(get(path).accept(MediaType.TEXT_HTML).with(user("redaktör").roles("COORDINATOR"))).andReturn().getResponse()}) {
            String policy = response.getHeader("Content-Security-Policy");
            assertThat(policy).as("Content-Security-Policy of %s", path).isNotNull();
            assertThat(policy).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'")
                    .doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(response.getHeader("X-Content-Type-Options")).as("X-Content-Type-Options of %s", path).isEqualTo("nosniff");
            assertThat(response.getHeader("X-Frame-Options")).as("X-Frame-Options of %s", path).isEqualTo("DENY");
            assertThat(response.getHeader("Referrer-Policy")).as("Referrer-Policy of %s", path).isEqualTo("same-origin");
            assertThat(response.getHeader("Cache-Control")).as("Cache-Control of %s", path).contains("no-store");
        }
    }
}
