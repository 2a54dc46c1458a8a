package se.arenaregister.arena.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.arenaregister.arena.ArenaRow;

/**
 * The register as the memo's appendix shows it: area › sub-area, each with its count. Built from
 * rows already in register order, so grouping is one pass and no further query.
 */
public record ArenaGroups(List<AreaGroup> areas, int total) {

    public record AreaGroup(ArenaRow.Ref area, int count, List<ArenaRow> direct, List<SubAreaGroup> subAreas) {
    }

    public record SubAreaGroup(ArenaRow.Ref subArea, List<ArenaRow> arenas) {
        public int count() {
            return arenas.size();
        }
    }

    public static ArenaGroups of(List<ArenaRow> rows) {
        Map<Long, List<ArenaRow>> byArea = new LinkedHashMap<>();
        Map<Long, ArenaRow.Ref> areaRefs = new LinkedHashMap<>();
        for (ArenaRow row : rows) {
            byArea.computeIfAbsent(row.area().id(), k -> new ArrayList<>()).add(row);
            areaRefs.putIfAbsent(row.area().id(), row.area());
        }
        List<AreaGroup> groups = new ArrayList<>();
        byArea.forEach((areaId, areaRows) -> {
            List<ArenaRow> direct = new ArrayList<>();
            Map<Long, SubAreaGroup> subGroups = new LinkedHashMap<>();
            for (ArenaRow row : areaRows) {
                if (row.subArea() == null) {
                    direct.add(row);
                } else {
                    subGroups.computeIfAbsent(row.subArea().id(), k -> new SubAreaGroup(row.subArea(), new ArrayList<>())).arenas().add(row);
                }
            }
            groups.add(new AreaGroup(areaRefs.get(areaId), areaRows.size(), direct, List.copyOf(subGroups.values())));
        });
        return new ArenaGroups(groups, rows.size());
    }
}
