package se.arenaregister.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SnapshotsTest {

    enum Colour { RED, GREEN }

    record Code(Colour code) {
    }

    @Traced(value = EntityType.TOPIC, tables = "topic")
    record Sample(Long id, String name, @Traced.As("parent") Long parentId, BigDecimal share, LocalDate on, Set<Code> codes,
                  @Traced.Omitted Instant updatedAt, @Traced.Omitted String secretHash, Long version) {
    }

    record Untraced(Long id) {
    }

    @Test
    void readsTheRecordsComponentsWithoutIdVersionAndOmittedOnes() {
        Sample sample = new Sample(7L, "Namn", 3L, new BigDecimal("2.50"), LocalDate.of(2026, 1, 2),
                Set.of(new Code(Colour.GREEN), new Code(Colour.RED)), Instant.now(), "hash", 4L);

        assertThat(Snapshots.of(sample, Labels.<Long>of("parent", id -> "Område " + id)))
                .containsExactly(java.util.Map.entry("name", "Namn"), java.util.Map.entry("parent", "Område 3"),
                        java.util.Map.entry("share", "2.5"), java.util.Map.entry("on", "2026-01-02"),
                        java.util.Map.entry("codes", "RED, GREEN"));
        assertThat(Snapshots.type(sample)).isEqualTo(EntityType.TOPIC);
        assertThat(Snapshots.id(sample)).isEqualTo(7);
        assertThat(Snapshots.version(sample)).isEqualTo(4);
    }

    @Test
    void anEmptyCollectionAndAMissingVersionReadAsNothing() {
        Sample sample = new Sample(1L, "N", null, null, null, Set.of(), null, null, null);
        assertThat(Snapshots.of(sample, Labels.NONE)).containsEntry("codes", null).containsEntry("parent", null);
        assertThat(Snapshots.version(sample)).isEqualTo(-1);
    }

    @Test
    void refusesWhatIsNotATracedRecord() {
        assertThatThrownBy(() -> Snapshots.of(new Untraced(1L), Labels.NONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
