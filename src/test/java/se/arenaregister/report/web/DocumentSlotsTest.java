package se.arenaregister.report.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import se.arenaregister.shared.BusyException;

/** Draft memos are made a few at a time: one more waits for a slot, and past its wait is told the register is busy. */
class DocumentSlotsTest {

    @Test
    void aDocumentPastTheSlotsWaitsThenIsRefusedAsBusyAndGetsTheSlotOnceItIsFree() throws Exception {
        DocumentSlots slots = new DocumentSlots(1, Duration.ofMillis(200));
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        CompletableFuture<String> first = CompletableFuture.supplyAsync(() -> slots.run(() -> {
            started.countDown();
            await(finish);
            return "first";
        }));
        assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

        long before = System.nanoTime();
        assertThatThrownBy(() -> slots.run(() -> "second")).isInstanceOf(BusyException.class).hasMessage("memo.busy");
        assertThat(Duration.ofNanos(System.nanoTime() - before)).as("waited for the slot first").isGreaterThanOrEqualTo(Duration.ofMillis(150));

        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(slots.run(() -> "third")).as("the slot is given back, also after a failure").isEqualTo("third");
        assertThatThrownBy(() -> slots.run(() -> {
            throw new IllegalStateException("render failed");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(slots.run(() -> "fourth")).isEqualTo("fourth");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
