package se.arenaregister.report.web;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.arenaregister.shared.BusyException;

/**
 * At most {@code arenaregister.report.documents-at-once} (default 2) draft memos are made at a time on this node: each
 * holds its whole document in memory (about 100 MB of heap at 10,000 arenas), and sixteen at once ran a 512 MB heap out
 * of memory. Others wait up to {@code arenaregister.report.document-wait} (30 s), outside any transaction (they hold no
 * database connection while waiting), then get a 503 with Retry-After.
 */
@Component
class DocumentSlots {

    private final Semaphore slots;
    private final Duration wait;

    DocumentSlots(@Value("${arenaregister.report.documents-at-once:2}") int atOnce,
                  @Value("${arenaregister.report.document-wait:30s}") Duration wait) {
        this.slots = new Semaphore(Math.max(1, atOnce), true);
        this.wait = wait;
    }

    <T> T run(Supplier<T> work) {
        boolean taken;
        try {
            taken = slots.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            taken = false;
        }
        if (!taken) {
            throw new BusyException("memo.busy");
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
