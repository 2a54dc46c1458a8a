package se.arenaregister.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.demo.DemoFiles.InvalidDemoEntry;

/**
 * How the demo loaders find what their files name: areas written as paths through the catalog, and the ids of
 * names in maps the loaders build. Whatever is not found, or is ambiguous, stops the load with an
 * {@link InvalidDemoEntry} that names the entry.
 */
@Component
@ConditionalOnBooleanProperty(name = "arenaregister.demo-data.enabled", matchIfMissing = true)
class DemoLookup {

    /** How an area path is written: "Hållbar tillväxt › Infrastruktur". */
    static final String PATH_SEPARATOR = " › ";

    private final Catalog catalog;

    DemoLookup(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The top-level area of this name; a missing name or an unknown area stops the load. */
    long topLevelAreaId(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new InvalidDemoEntry(what + " names no area");
        }
        return catalog.findTopLevelArea(name).map(Area::id).orElseThrow(() -> unknown(what, "area", name));
    }

    /** The sub-area of this name under the area {@code parentId}, named {@code parentName} in the message. */
    long subAreaId(long parentId, String parentName, String name, String what) {
        return catalog.findSubArea(parentId, name).map(Area::id)
                .orElseThrow(() -> unknown(what, "sub-area", parentName + PATH_SEPARATOR + name));
    }

    /** "Område" or "Område › Sakområde". */
    long areaId(String path, String what) {
        int separator = path.indexOf(PATH_SEPARATOR);
        if (separator < 0) {
            return catalog.findTopLevelArea(path.strip()).map(Area::id).orElseThrow(() -> unknown(what, "area", path));
        }
        return pathAreaId(path, separator, what);
    }

    /** "Område", "Område › Sakområde", or a sakområde's name when only one area has it. */
    long areaOrSubAreaId(String path, String what) {
        int separator = path.indexOf(PATH_SEPARATOR);
        if (separator >= 0) {
            return pathAreaId(path, separator, what);
        }
        return catalog.findTopLevelArea(path).map(Area::id).orElseGet(() -> {
            List<Area> named = catalog.areas().stream().filter(a -> a.isSubArea() && a.name().equalsIgnoreCase(path.strip())).toList();
            if (named.size() != 1) {
                throw named.isEmpty() ? unknown(what, "area", path)
                        : new InvalidDemoEntry(what + " refers to sub-area '" + path + "', which several areas have");
            }
            return named.get(0).id();
        });
    }

    private long pathAreaId(String path, int separator, String what) {
        String areaName = path.substring(0, separator).strip();
        String subAreaName = path.substring(separator + PATH_SEPARATOR.length()).strip();
        return catalog.findTopLevelArea(areaName)
                .flatMap(area -> catalog.findSubArea(area.id(), subAreaName))
                .map(Area::id).orElseThrow(() -> unknown(what, "area", path));
    }

    /** The one id of that name; none or several stop the load ("which names 2 entries"). */
    static long one(Map<String, List<Long>> ids, String name, String what, String kind) {
        return one(ids, name, what, kind, "entries");
    }

    /** The one id of that name; none or several stop the load, the several counted in {@code plural}. */
    static long one(Map<String, List<Long>> ids, String name, String what, String kind, String plural) {
        List<Long> found = ids.getOrDefault(name, List.of());
        if (found.isEmpty()) {
            throw unknown(what, kind, name);
        }
        if (found.size() > 1) {
            throw new InvalidDemoEntry(what + " refers to " + kind + " '" + name + "', which names " + found.size() + " " + plural);
        }
        return found.get(0);
    }

    /** The value of that name; an unknown name stops the load. */
    static <T> T require(Map<String, T> values, String name, String what, String kind) {
        T value = values.get(name);
        if (value == null) {
            throw unknown(what, kind, name);
        }
        return value;
    }

    /** The value of that name, for a name whose kind the message does not say ("refers to unknown 'X'"). */
    static <T> T require(Map<String, T> values, String name, String what) {
        T value = values.get(name);
        if (value == null) {
            throw new InvalidDemoEntry(what + " refers to unknown '" + name + "'");
        }
        return value;
    }

    static InvalidDemoEntry unknown(String what, String kind, String name) {
        return new InvalidDemoEntry(what + " refers to unknown " + kind + " '" + name + "'");
    }

    /** The ids of the names, in the names' order. */
    static Set<Long> ids(List<String> names, Function<String, Long> resolve) {
        Set<Long> ids = new LinkedHashSet<>();
        nonNull(names).forEach(name -> ids.add(resolve.apply(name)));
        return ids;
    }

    static <T> Set<T> set(List<T> values) {
        return new LinkedHashSet<>(nonNull(values));
    }

    static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values;
    }

    /**
     * A demo register entry as the form an arena is created with; names are turned into ids by the loader's own
     * lookups (the register loader knows what it has just created, the people loader asks the catalog).
     */
    static ArenaForm arenaForm(DemoRegister.ArenaEntry a, long areaId, Long subAreaId, Function<String, Long> area,
                               Function<String, Long> organisation, Function<String, Long> topic) {
        return ArenaForm.builder()
                .name(a.name())
                .shortName(a.shortName())
                .areaId(areaId)
                .subAreaId(subAreaId)
                .secondaryAreaIds(ids(a.secondaryAreas(), area))
                .types(set(a.types()))
                .levels(set(a.levels()))
                .scope(a.scope())
                .convenerId(a.convener() == null ? null : organisation.apply(a.convener()))
                .ledByHome(a.ledByHome())
                .memberIds(ids(a.members(), organisation))
                .purpose(a.purpose())
                .otherInfo(a.otherInfo())
                .topicIds(ids(a.topics(), topic))
                .status(a.status())
                .startDate(a.startDate())
                .endDate(a.endDate())
                .website(a.website())
                .meetingsPerYear(a.meetingsPerYear())
                .hoursPerMeeting(a.hoursPerMeeting())
                .responsibleOfficial(a.responsibleOfficial())
                .kind(a.kind())
                .companyId(a.company() == null ? null : organisation.apply(a.company()))
                .preparationFactor(a.preparationFactor())
                .requiresElected(a.requiresElected())
                .nextMeetingOn(a.nextMeetingOn())
                .awaiting(a.awaiting())
                .awaitingBy(a.awaitingBy())
                .build();
    }
}
