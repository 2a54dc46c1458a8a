package se.arenaregister.arena.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.arenaregister.arena.ArenaRow;

/**
 * The register as the memo's appendix shows it: area › sub-area, each with its count. Built from
 * rows already in register order, so grouping is one pass and no further query. Within a group, an arena that is
 * part of another arena of the same group follows it, folded under it ({@link #depth}: 0 for the top, 1 for a
 * working group, …); one whose parent is elsewhere (another group, or filtered out) keeps its place.
 */
public record ArenaGroups(List<AreaGroup> areas, int total, Map<Long, Integer> depths) {

    public record AreaGroup(ArenaRow.Ref area, int count, List<ArenaRow> direct, List<SubAreaGroup> subAreas) {
    }

    public record SubAreaGroup(ArenaRow.Ref subArea, List<ArenaRow> arenas) {
        public int count() {
            return arenas.size();
        }
    }

    /** How deep the arena is folded under others of its group: 0 when it is shown at the top level. */
    public int depth(long arenaId) {
        return depths.getOrDefault(arenaId, 0);
    }

    /** Whether any arena is folded under another, so the toggle has something to show or hide. */
    public boolean hasFolded() {
        return !depths.isEmpty();
    }

    public static ArenaGroups of(List<ArenaRow> rows) {
        Map<Long, List<ArenaRow>> byArea = new LinkedHashMap<>();
        Map<Long, ArenaRow.Ref> areaRefs = new LinkedHashMap<>();
        for (ArenaRow row : rows) {
            byArea.computeIfAbsent(row.area().id(), k -> new ArrayList<>()).add(row);
            areaRefs.putIfAbsent(row.area().id(), row.area());
        }
        Map<Long, Integer> depths = new HashMap<>();
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
            List<SubAreaGroup> folded = subGroups.values().stream()
                    .map(s -> new SubAreaGroup(s.subArea(), fold(s.arenas(), depths))).toList();
            groups.add(new AreaGroup(areaRefs.get(areaId), areaRows.size(), fold(direct, depths), folded));
        });
        return new ArenaGroups(groups, rows.size(), Map.copyOf(depths));
    }

    /** The rows with each arena's parts right after it (depth first), the rest in their order. */
    static List<ArenaRow> fold(List<ArenaRow> rows, Map<Long, Integer> depths) {
        Set<Long> here = rows.stream().map(ArenaRow::id).collect(Collectors.toSet());
        Map<Long, List<ArenaRow>> parts = new LinkedHashMap<>();
        List<ArenaRow> top = new ArrayList<>();
        for (ArenaRow row : rows) {
            if (row.partOf() != null && here.contains(row.partOf().id())) {
                parts.computeIfAbsent(row.partOf().id(), k -> new ArrayList<>()).add(row);
            } else {
                top.add(row);
            }
        }
        if (parts.isEmpty()) {
            return rows;
        }
        List<ArenaRow> ordered = new ArrayList<>(rows.size());
        for (ArenaRow row : top) {
            add(row, 0, parts, ordered, depths);
        }
        return ordered;
    }

    private static void add(ArenaRow row, int depth, Map<Long, List<ArenaRow>> parts, List<ArenaRow> ordered, Map<Long, Integer> depths) {
        ordered.add(row);
        if (depth > 0) {
            depths.put(row.id(), depth);
        }
        for (ArenaRow part : parts.getOrDefault(row.id(), List.of())) {
            add(part, depth + 1, parts, ordered, depths);
        }
    }
}
