package se.arenaregister.report.web;

import java.time.Duration;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import se.arenaregister.shared.AtOnce;

/**
 * At most {@code arenaregister.report.documents-at-once} (default 2) draft memos are made at a time on this node: each
 * holds its whole document in memory (about 100 MB of heap at 10,000 arenas), and sixteen at once ran a 512 MB heap out
 * of memory. Others wait up to {@code arenaregister.report.document-wait} (30 s), outside any transaction (they hold no
 * database connection while waiting), then get a 503 with Retry-After ({@link AtOnce}).
 */
@Component
class DocumentSlots {

    private final AtOnce turns;

    DocumentSlots(@Value("${arenaregister.report.documents-at-once:2}") int atOnce,
                  @Value("${arenaregister.report.document-wait:30s}") Duration wait) {
        this.turns = new AtOnce(atOnce, wait, "memo.busy");
    }

    <T> T run(Supplier<T> work) {
        return turns.run(work);
    }
}
