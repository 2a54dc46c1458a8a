package se.arenaregister.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.arenaregister.backup.internal.TableOrder.ForeignKey;

/** Tables are filled referenced tables first; a self-reference needs no order, a cycle through tables is refused. */
class TableOrderTest {

    @Test
    void referencedTablesComeFirstAndTiesGoByName() {
        var order = TableOrder.parentsFirst(List.of("appointment", "person", "arena", "area"), List.of(
                new ForeignKey("appointment", "person", false), new ForeignKey("appointment", "arena", false),
                new ForeignKey("arena", "area", false)));
        assertThat(order).containsExactly("area", "arena", "person", "appointment");
    }

    @Test
    void aTableReferringToItselfIsNoCycle() {
        assertThat(TableOrder.parentsFirst(List.of("review", "area"), List.of(
                new ForeignKey("review", "review", false), new ForeignKey("area", "area", false))))
                .containsExactly("area", "review");
    }

    @Test
    void aCycleThroughTablesIsRefusedNamingThem() {
        assertThatThrownBy(() -> TableOrder.parentsFirst(List.of("a", "b", "c"), List.of(
                new ForeignKey("a", "b", false), new ForeignKey("b", "a", false))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[a, b]");
    }

    @Test
    void aDeferrableKeyIsCheckedAtCommitSoItBreaksTheCycle() {
        assertThat(TableOrder.parentsFirst(List.of("a", "b"), List.of(
                new ForeignKey("a", "b", false), new ForeignKey("b", "a", true))))
                .containsExactly("b", "a");
    }
}
