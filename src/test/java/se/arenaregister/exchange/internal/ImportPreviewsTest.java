package se.arenaregister.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ImportPreviewsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final ImportPreviews previews = new ImportPreviews(clock);

    @Test
    void anotherUsersPreviewsNeverEvictOnesOwn() {
        ImportPreview mine = preview("anna");
        previews.put(mine);
        for (int i = 0; i < 50; i++) {
            previews.put(preview("bertil"));
        }
        assertThat(previews.take(mine.id(), "anna")).contains(mine);
    }

    @Test
    void aUsersOwnNewestPreviewsPushOutTheirOldest() {
        ImportPreview oldest = preview("anna");
        previews.put(oldest);
        List<ImportPreview> newer = java.util.stream.IntStream.range(0, ImportPreviews.MAX_PER_USER)
                .mapToObj(i -> preview("anna")).peek(previews::put).toList();
        assertThat(previews.take(oldest.id(), "anna")).isEmpty();
        assertThat(previews.take(newer.get(0).id(), "anna")).isPresent();
    }

    @Test
    void aPreviewIsTakenOnceOnlyByItsOwnerAndExpires() {
        ImportPreview mine = preview("anna");
        previews.put(mine);
        assertThat(previews.take(mine.id(), "bertil")).isEmpty();
        assertThat(previews.take(mine.id(), "anna")).isPresent();
        assertThat(previews.take(mine.id(), "anna")).isEmpty();

        ImportPreview later = preview("anna");
        previews.put(later);
        clock.now = clock.now.plus(ImportPreviews.TIME_TO_LIVE).plusSeconds(1);
        assertThat(previews.take(later.id(), "anna")).isEmpty();
    }

    private ImportPreview preview(String owner) {
        return new ImportPreview(UUID.randomUUID().toString(), owner, clock.instant(), "f.csv", List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
