package se.arenaregister.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import se.arenaregister.support.IntegrationTest;

/**
 * Links to the WebJars still get their versions, from one filter of ours that asks the resource chain about static
 * paths only (issue 14: Boot's asked it about every link of every page).
 */
@IntegrationTest
class ResourceLinkFilterTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void webJarLinksAreVersionedAndPageLinksLeftAlone() throws Exception {
        for (int i = 0; i < 2; i++) {
            String page = mvc.perform(get("/arenas")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            Matcher htmx = Pattern.compile("src=\"/webjars/htmx.org/([0-9][^/\"]*)/dist/htmx.min.js\"").matcher(page);
            assertThat(htmx.find()).as("the htmx script with its version").isTrue();
            mvc.perform(get("/webjars/htmx.org/" + htmx.group(1) + "/dist/htmx.min.js")).andExpect(status().isOk());
            assertThat(page).contains("href=\"/arenas\"").doesNotContain("href=\"/webjars/htmx.org/dist");
        }
    }

    @Test
    void bootsOwnFilterIsNotRegistered() {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .<Object>extracting(r -> r.getFilter())
                .filteredOn(f -> f instanceof ResourceUrlEncodingFilter)
                .singleElement().isInstanceOf(ResourceLinkFilter.class);
    }
}
