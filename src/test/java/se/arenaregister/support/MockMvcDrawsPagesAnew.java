package se.arenaregister.support;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;

/**
 * MockMvc requests ask for a fresh answer ({@code Cache-Control: no-cache}) unless they say otherwise: they look at the
 * controller's model and view, which a page kept for the public ({@code PublicPageCache}) does not have, and the test
 * classes sharing one application would otherwise see each other's kept pages in an order that varies. The kept pages
 * themselves are tested over MockMvc in {@code PublicPageCacheTest} (whose requests say otherwise) and over HTTP, as the
 * public asks, by the browser tests, the fuzzer, {@code TwoNodesTest} and {@code DurabilityAfterKillTest}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class MockMvcDrawsPagesAnew {

    /** What a request sends to be answered with a kept page where there is one: a kept answer up to ten minutes old. */
    public static final String KEPT_IS_FINE = "max-age=600";

    @Bean
    MockMvcBuilderCustomizer drawPagesAnew() {
        return builder -> builder.defaultRequest(get("/").header(HttpHeaders.CACHE_CONTROL, "no-cache"));
    }
}
