package se.arenaregister.exchange.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import se.arenaregister.catalog.Area;

/**
 * Where a row's arena goes. First the row's own Område and Sakområde columns. Then the heading the row stands under and
 * the sheet's name, each naming an area or a sub-area (as the appendix's headings do: "Infrastruktur"). The area a
 * sub-area's name is looked up in is the row's Område, else an area named by the sheet or heading, else the area of the
 * placement chosen on upload; without one, a sub-area name found in several areas is a problem naming them all. Last,
 * the placement chosen on upload.
 */
final class RowPlacement {

    /** Reports a problem about a column of the row. */
    interface Problems {
        void add(Column column, String code, Object... args);
    }

    private final RegisterIndex register;
    private final Area fallback;
    private final Problems problems;

    RowPlacement(RegisterIndex register, Area fallback, Problems problems) {
        this.register = register;
        this.fallback = fallback;
        this.problems = problems;
    }

    /** The placement, or null with a problem reported. */
    Placement place(String areaText, String subText, String heading, String sheetName) {
        Area area = null;
        if (areaText != null && !areaText.isBlank()) {
            area = register.topLevelArea(areaText);
            if (area == null) {
                problems.add(Column.AREA, "import.row.unknownArea", areaText);
                return null;
            }
        }
        if (subText != null && !subText.isBlank()) {
            return bySubAreaColumn(area, subText);
        }
        List<String> names = new ArrayList<>();
        if (heading != null) {
            names.add(heading);
        }
        names.add(sheetName);
        Area context = area;
        for (String name : names) {
            if (context == null) {
                context = register.areaNamed(name);
            }
        }
        boolean contextChosen = context == null && fallback != null;
        if (contextChosen) {
            context = fallback.isSubArea() ? register.area(fallback.parentId()) : fallback;
        }
        for (String name : names) {
            if (register.areaNamed(name) != null) {
                continue;
            }
            List<Area> named = register.subAreasNamed(name);
            Area within = context;
            List<Area> candidates = within == null ? named
                    : named.stream().filter(s -> Objects.equals(s.parentId(), within.id())).toList();
            if (candidates.size() == 1) {
                return new Placement(register.area(candidates.get(0).parentId()), candidates.get(0));
            }
            if (candidates.size() > 1) {
                problems.add(Column.SUB_AREA, "import.row.ambiguousPlace", name, labels(candidates));
                return null;
            }
        }
        if (context != null && !contextChosen) {
            return new Placement(context, null);
        }
        if (fallback != null) {
            return fallback.isSubArea() ? new Placement(register.area(fallback.parentId()), fallback) : new Placement(fallback, null);
        }
        problems.add(Column.AREA, "import.row.noArea");
        return null;
    }

    private Placement bySubAreaColumn(Area area, String subText) {
        List<Area> candidates = register.subAreas(subText);
        List<Area> matching = area == null ? candidates
                : candidates.stream().filter(s -> Objects.equals(s.parentId(), area.id())).toList();
        if (matching.size() != 1) {
            if (matching.isEmpty()) {
                problems.add(Column.SUB_AREA, "import.row.unknownSubArea", subText);
            } else {
                problems.add(Column.SUB_AREA, "import.row.ambiguousSubArea", subText, labels(matching));
            }
            return null;
        }
        Area sub = matching.get(0);
        return new Placement(register.area(sub.parentId()), sub);
    }

    private String labels(List<Area> areas) {
        return areas.stream().map(register::label).sorted().collect(Collectors.joining(", "));
    }
}
