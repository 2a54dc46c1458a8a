package se.arenaregister.arena.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import se.arenaregister.arena.ArenaGroupCount;
import se.arenaregister.arena.ArenaRow;

/**
 * The register as the memo's appendix shows it: area › sub-area, each with its count. Built from
 * rows already in register order, so grouping is one pass and no further query; the counts are the rows' own, or, for
 * a page of a larger register, those SQL counted for every group ({@link #of(List, List)}), so a group can show fewer
 * arenas than it holds ({@link SubAreaGroup#more}). Within a group, an arena that is
 * part of another arena of the same group follows it, folded under it ({@link #depth}: 0 for the top, 1 for a
 * working group, …); one whose parent is elsewhere (another group, or filtered out) keeps its place.
 */
public record ArenaGroups(List<AreaGroup> areas, long total, Map<Long, Integer> depths) {

    /** An area: {@code count} arenas in all, {@code directCount} of them placed in it directly ({@code direct} shown). */
    public record AreaGroup(ArenaRow.Ref area, long count, List<ArenaRow> direct, long directCount, List<SubAreaGroup> subAreas) {

        /** Whether the area's directly placed arenas are more than those shown. */
        public boolean moreDirect() {
            return directCount > direct.size();
        }
    }

    /** A sub-area: {@code count} arenas, {@code arenas} of them shown. */
    public record SubAreaGroup(ArenaRow.Ref subArea, List<ArenaRow> arenas, long count) {

        public boolean more() {
            return count > arenas.size();
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
        return of(rows, null);
    }

    /**
     * The rows grouped, with each group's count (and each area's, the sum of its groups) from {@code counts}; null
     * counts the rows.
     */
    public static ArenaGroups of(List<ArenaRow> rows, List<ArenaGroupCount> counts) {
        Map<Long, Long> groupCounts = new HashMap<>();
        Map<Long, Long> areaCounts = new HashMap<>();
        if (counts != null) {
            for (ArenaGroupCount c : counts) {
                groupCounts.put(c.key(), c.count());
                areaCounts.merge(c.area().id(), c.count(), Long::sum);
            }
        }
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
                    subGroups.computeIfAbsent(row.subArea().id(), k -> new SubAreaGroup(row.subArea(), new ArrayList<>(), 0)).arenas().add(row);
                }
            }
            List<SubAreaGroup> folded = subGroups.values().stream()
                    .map(s -> new SubAreaGroup(s.subArea(), fold(s.arenas(), depths),
                            counts == null ? s.arenas().size() : groupCounts.getOrDefault(s.subArea().id(), (long) s.arenas().size())))
                    .toList();
            long areaCount = counts == null ? areaRows.size() : areaCounts.getOrDefault(areaId, (long) areaRows.size());
            long directCount = counts == null ? direct.size() : groupCounts.getOrDefault(areaId, (long) direct.size());
            groups.add(new AreaGroup(areaRefs.get(areaId), areaCount, fold(direct, depths), directCount, folded));
        });
        long total = counts == null ? rows.size() : counts.stream().mapToLong(ArenaGroupCount::count).sum();
        return new ArenaGroups(groups, total, Map.copyOf(depths));
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
