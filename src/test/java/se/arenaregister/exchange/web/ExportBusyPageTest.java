package se.arenaregister.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import se.arenaregister.exchange.internal.ArenaExports;
import se.arenaregister.exchange.internal.OpenDataExport;
import se.arenaregister.support.WebSliceConfiguration;

/**
 * An export refused because others have the turns tells a person in a browser so on a page, in their language, as
 * every page does; a script that asks for JSON or for anything gets the RFC 9457 problem. Either way a 503 with
 * Retry-After, and no download begun.
 */
@WebMvcTest(controllers = ExportController.class,
        properties = {"arenaregister.exchange.exports-at-once=1", "arenaregister.exchange.export-wait=10ms"})
@Import(WebSliceConfiguration.class)
@WithAnonymousUser
class ExportBusyPageTest {

    /** What Chromium sends when a link is followed. */
    static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @Autowired
    MockMvc mvc;
    @MockitoBean
    ArenaExports exports;
    @MockitoBean
    OpenDataExport openData;

    final CountDownLatch exporting = new CountDownLatch(1);
    final CountDownLatch finish = new CountDownLatch(1);
    CompletableFuture<Void> running;

    /** One export has the node's only turn (and holds it until the test ends): the next is refused as busy. */
    @BeforeEach
    void anotherExportHasTheTurn() throws Exception {
        willAnswer(call -> {
            exporting.countDown();
            finish.await(10, TimeUnit.SECONDS);
            return null;
        }).given(openData).write(any(), any(), any());
        running = CompletableFuture.runAsync(() -> {
            try {
                mvc.perform(get("/export/open-data.json").with(anonymous())).andReturn();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(exporting.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @AfterEach
    void theOtherExportEnds() throws Exception {
        finish.countDown();
        running.get(10, TimeUnit.SECONDS);
        verify(exports, never()).csv(any(), any(), any(), anyBoolean(), any());
        verify(exports, never()).xlsx(any(), any(), anyBoolean(), any());
    }

    @Test
    void aBrowserGetsThePageThatSaysTheRegisterIsBusy() throws Exception {
        MvcResult page = mvc.perform(get("/export/arenas.csv").header(HttpHeaders.ACCEPT, BROWSER))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                .andExpect(view().name("error/busy"))
                .andReturn();

        assertThat(page.getResponse().getContentType()).startsWith(MediaType.TEXT_HTML_VALUE);
        assertThat(page.getResponse().getContentAsString())
                .contains("Flera exporter av registret görs just nu")
                .doesNotContain("\"detail\"");
        assertThat(page.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).isNull();
    }

    @Test
    void inEnglishTooAndForTheSpreadsheet() throws Exception {
        MvcResult page = mvc.perform(get("/export/arenas.xlsx").param("lang", "en").header(HttpHeaders.ACCEPT, BROWSER))
                .andExpect(status().isServiceUnavailable())
                .andExpect(view().name("error/busy"))
                .andReturn();

        assertThat(page.getResponse().getContentAsString())
                .contains("Several exports of the register are being made right now").doesNotContain("Flera exporter");
    }

    @Test
    void aScriptThatAsksForJsonOrForAnythingGetsTheProblem() throws Exception {
        for (String accept : new String[] {MediaType.APPLICATION_JSON_VALUE, MediaType.ALL_VALUE, null}) {
            var request = get("/export/arenas.csv");
            if (accept != null) {
                request.header(HttpHeaders.ACCEPT, accept);
            }
            MvcResult problem = mvc.perform(request)
                    .andExpect(status().isServiceUnavailable())
                    .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
                    .andReturn();

            assertThat(problem.getResponse().getContentType()).as("Accept: %s", accept)
                    .startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(problem.getResponse().getContentAsString()).as("Accept: %s", accept)
                    .contains("\"status\":503").contains("Flera exporter av registret görs just nu");
        }
    }
}
