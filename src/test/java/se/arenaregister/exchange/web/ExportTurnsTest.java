package se.arenaregister.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.exchange.internal.ArenaExports;
import se.arenaregister.exchange.internal.OpenDataExport;
import se.arenaregister.shared.BusyException;

/**
 * Exports of the whole register take turns ({@code arenaregister.exchange.exports-at-once}): one past the turns waits,
 * then is refused as busy before it has written a header of its download, and gets its turn once one is free.
 */
class ExportTurnsTest {

    @Test
    void anExportPastItsTurnsWaitsThenIsRefusedAsBusyWithoutADownloadAndGetsATurnOnceOneIsFree() throws Exception {
        ArenaExports exports = mock(ArenaExports.class);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        doAnswer(call -> {
            started.countDown();
            finish.await(5, TimeUnit.SECONDS);
            return null;
        }).when(exports).csv(any(), any(), any(), anyBoolean(), any());
        ExportController controller = new ExportController(exports, mock(OpenDataExport.class), Clock.systemUTC(), 1, Duration.ofMillis(200));

        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
            try {
                controller.csv(ArenaFilter.none(), "comma", Locale.ROOT, null, new MockHttpServletResponse());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse refused = new MockHttpServletResponse();
        assertThatThrownBy(() -> controller.xlsx(ArenaFilter.none(), Locale.ROOT, null, refused))
                .isInstanceOf(BusyException.class).hasMessage("exchange.exportBusy");
        assertThat(refused.getHeader("Content-Disposition")).as("no download begun").isNull();

        finish.countDown();
        first.get(5, TimeUnit.SECONDS);
        MockHttpServletResponse next = new MockHttpServletResponse();
        controller.csv(ArenaFilter.none(), "comma", Locale.ROOT, null, next);
        assertThat(next.getHeader("Content-Disposition")).contains("attachment");
    }
}
