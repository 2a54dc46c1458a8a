package se.arenaregister.arena;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import se.arenaregister.arena.internal.ArenaGroups;

class ArenaGroupsTest {

    static ArenaRow row(long id, long area, String areaName, Long subArea, String subAreaName) {
        return new ArenaRow(id, "Arena " + id, null, new ArenaRow.Ref(area, areaName),
                subArea == null ? null : new ArenaRow.Ref(subArea, subAreaName), List.of(), List.of(ArenaType.INFLUENCE),
                List.of(Level.POLITICAL), Scope.REGIONAL, null, false, List.of(), null, null, List.of(), ArenaStatus.ACTIVE,
                null, null, null, null, null, null, ArenaKind.FORUM, null, java.math.BigDecimal.ONE, false, null, false, 0,
                ArenaStatus.ACTIVE, null, null, null, 0);
    }

    @Test
    void groupsRowsByAreaAndSubAreaWithCountsInRegisterOrder() {
        ArenaGroups groups = ArenaGroups.of(List.of(
                row(1, 10, "Kollektivtrafik", null, null),
                row(2, 10, "Kollektivtrafik", 11L, "Samverkan med kommunerna"),
                row(3, 20, "Hållbar tillväxt", 21L, "EU"),
                row(4, 20, "Hållbar tillväxt", 21L, "EU"),
                row(5, 20, "Hållbar tillväxt", 22L, "Infrastruktur")));

        assertThat(groups.total()).isEqualTo(5);
        assertThat(groups.areas()).extracting(g -> g.area().name()).containsExactly("Kollektivtrafik", "Hållbar tillväxt");
        ArenaGroups.AreaGroup kollektivtrafik = groups.areas().get(0);
        assertThat(kollektivtrafik.count()).isEqualTo(2);
        assertThat(kollektivtrafik.direct()).extracting(ArenaRow::id).containsExactly(1L);
        ArenaGroups.AreaGroup tillvaxt = groups.areas().get(1);
        assertThat(tillvaxt.count()).isEqualTo(3);
        assertThat(tillvaxt.subAreas()).extracting(s -> s.subArea().name() + "=" + s.count()).containsExactly("EU=2", "Infrastruktur=1");
    }

    @Test
    void anEmptyRegisterHasNoGroups() {
        assertThat(ArenaGroups.of(List.of()).areas()).isEmpty();
    }
}
