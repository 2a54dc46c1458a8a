package se.arenaregister.exchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.Scope;
import se.arenaregister.support.QuerySlice;

/**
 * Previews are kept in PostgreSQL: two instances on one database stand for two application nodes, so what one stores
 * the other finds (and takes once). Each test's rows are rolled back with its transaction.
 */
@QuerySlice
class ImportPreviewsTest {

    @Autowired
    JdbcClient jdbc;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private ImportPreviews nodeA;
    private ImportPreviews nodeB;

    private ImportPreviews a() {
        if (nodeA == null) {
            nodeA = new ImportPreviews(jdbc, clock);
            nodeB = new ImportPreviews(jdbc, clock);
        }
        return nodeA;
    }

    private ImportPreviews b() {
        a();
        return nodeB;
    }

    @Test
    void aPreviewMadeOnOneNodeIsConfirmedOnAnotherWithEverythingItPlanned() {
        ImportValues values = new ImportValues();
        ImportPreview.Planned create = new ImportPreview.Planned("Blad", 2, "Nytt forum", "Område", "Delområde", null, null, List.of(),
                values.of("Nytt forum"));
        ImportPreview.Planned update = new ImportPreview.Planned("Blad", 3, "Gammalt forum", "Område", null, 42L, 7L,
                List.of(Column.TYPES, Column.SCOPE), values.of("Gammalt forum"));
        ImportPreview preview = new ImportPreview(UUID.randomUUID().toString(), owner("anna"), clock.instant(), "arenor.xlsx",
                List.of(create), List.of(update), List.of(), List.of(),
                List.of(new Message("Blad", 1, "Färg", "import.notice.unknownColumn"), Message.file("import.notice.x", "text", 3)));
        a().put(preview);

        ImportPreview taken = b().take(preview.id(), preview.owner()).orElseThrow();

        assertThat(taken).usingRecursiveComparison().isEqualTo(preview);
        assertThat(taken.updates().get(0).values().has(Column.TOPICS)).isTrue();
        assertThat(a().take(preview.id(), preview.owner())).as("taken once, on any node").isEmpty();
    }

    @Test
    void anotherUsersPreviewsNeverEvictOnesOwn() {
        String anna = owner("anna");
        String bertil = owner("bertil");
        ImportPreview mine = preview(anna);
        a().put(mine);
        for (int i = 0; i < 20; i++) {
            (i % 2 == 0 ? a() : b()).put(preview(bertil));
        }
        assertThat(b().take(mine.id(), anna)).isPresent();
        assertThat(jdbc.sql("SELECT count(*) FROM import_preview WHERE owner = :o").param("o", bertil).query(Integer.class).single())
                .as("a user keeps their newest %d", ImportPreviews.MAX_PER_USER).isEqualTo(ImportPreviews.MAX_PER_USER);
    }

    @Test
    void aUsersOwnNewestPreviewsPushOutTheirOldestWhicheverNodeMadeThem() {
        String anna = owner("anna");
        ImportPreview oldest = preview(anna);
        a().put(oldest);
        List<ImportPreview> newer = java.util.stream.IntStream.range(0, ImportPreviews.MAX_PER_USER)
                .mapToObj(i -> preview(anna)).peek(p -> b().put(p)).toList();
        assertThat(a().take(oldest.id(), anna)).isEmpty();
        assertThat(a().take(newer.get(0).id(), anna)).isPresent();
    }

    @Test
    void aPreviewIsTakenOnceOnlyByItsOwnerAndExpires() {
        String anna = owner("anna");
        ImportPreview mine = preview(anna);
        a().put(mine);
        assertThat(b().take(mine.id(), owner("bertil"))).isEmpty();
        assertThat(b().take(mine.id(), anna)).isPresent();
        assertThat(a().take(mine.id(), anna)).isEmpty();

        ImportPreview later = preview(anna);
        a().put(later);
        clock.now = clock.now.plus(ImportPreviews.TIME_TO_LIVE).plusSeconds(1);
        assertThat(b().take(later.id(), anna)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM import_preview WHERE id = :id").param("id", later.id()).query(Integer.class).single())
                .as("expired rows are pruned").isZero();
    }

    private static String owner(String name) {
        return name + "-" + UUID.randomUUID();
    }

    private ImportPreview preview(String owner) {
        return new ImportPreview(UUID.randomUUID().toString(), owner, clock.instant(), "f.csv", List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    /** Values with every kind of field filled, so the stored plan is proved for all of them. */
    private static final class ImportValues {

        ImportedValues of(String name) {
            return new ImportedValues(name, Set.of(ArenaType.INFLUENCE, ArenaType.COLLABORATION), "Övrigt", "Syfte", 3L, 5L,
                    Set.of(Level.POLITICAL), Scope.REGIONAL, 11L, Boolean.TRUE, Set.of(13L, 17L), ArenaStatus.ACTIVE,
                    EnumSet.allOf(Column.class));
        }
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
