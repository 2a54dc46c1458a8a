package se.arenaregister.report.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Renders the memo once, in the background, when the application is ready, and throws it away. The first DOCX
 * otherwise takes more than a second (POI loads its XML schema classes on first use; measured 1.3 s against
 * 0.1–0.2 s warm), and that first one is a user's. Nothing is stored or audited. Off with
 * {@code arenaregister.report.warm-up=false}. Per node by nature, so not behind {@code OnceAcrossNodes}: what it warms
 * is this JVM's classes, and with several nodes each one's first memo would otherwise be the slow cold one.
 */
@Component
@ConditionalOnProperty(name = "arenaregister.report.warm-up", havingValue = "true", matchIfMissing = true)
public class DocumentWarmUp {

    private static final Logger log = LoggerFactory.getLogger(DocumentWarmUp.class);

    private final MemoContent content;
    private final MemoDocx docx;
    private final MemoPdf pdf;
    private final se.arenaregister.report.MemoEditions editions;
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile boolean rendered;

    DocumentWarmUp(MemoContent content, MemoDocx docx, MemoPdf pdf, se.arenaregister.report.MemoEditions editions) {
        this.editions = editions;
        this.content = content;
        this.docx = docx;
        this.pdf = pdf;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(this::render, "memo-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private void render() {
        long start = System.nanoTime();
        try {
            var newest = editions.newest();
            if (newest.isEmpty()) {
                return;
            }
            var memo = content.assemble(editions.data(newest.get().id()), true);
            docx.render(memo);
            pdf.render(memo);
            rendered = true;
            log.info("Memo documents warmed up in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // A warm-up that fails costs the first user a slower memo, nothing else; the real request reports errors.
            log.warn("Memo warm-up failed: {}", e.toString());
        } finally {
            done.countDown();
        }
    }

    /** Whether the warm-up rendered both documents (false while it runs or if it failed). */
    public boolean rendered() {
        return rendered;
    }

    /** Waits for the warm-up to end (for the benchmark's first request); true if it ended in time. */
    public boolean await(Duration timeout) throws InterruptedException {
        return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }
}
