package se.arenaregister.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import se.arenaregister.arena.ArenaRow;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.Topic;

/**
 * The register as an import needs it, looked up by name (ignoring case): the catalogues (areas, organisations, topics)
 * loaded whole, the arenas only those the file names ({@link #addArenas}).
 */
final class RegisterIndex {

    final ImportVocabulary vocabulary;
    private final Map<Long, Area> areasById = new HashMap<>();
    private final Map<String, Area> topLevelByName = new HashMap<>();
    private final Map<String, List<Area>> subAreasByName = new HashMap<>();
    private final Map<String, List<Organisation>> organisationsByName = new HashMap<>();
    private final Map<String, Topic> topicsByName = new HashMap<>();
    private final Map<String, ArenaRow> arenasByKey = new HashMap<>();

    RegisterIndex(ImportVocabulary vocabulary, List<Area> areas, List<Organisation> organisations, List<Topic> topics) {
        this.vocabulary = vocabulary;
        for (Area a : areas) {
            areasById.put(a.id(), a);
            if (a.isSubArea()) {
                subAreasByName.computeIfAbsent(key(a.name()), k -> new ArrayList<>()).add(a);
            } else {
                topLevelByName.put(key(a.name()), a);
            }
        }
        for (Organisation o : organisations) {
            organisationsByName.computeIfAbsent(key(o.name()), k -> new ArrayList<>()).add(o);
            if (o.shortName() != null && !o.shortName().isBlank() && !key(o.shortName()).equals(key(o.name()))) {
                organisationsByName.computeIfAbsent(key(o.shortName()), k -> new ArrayList<>()).add(o);
            }
        }
        topics.forEach(t -> topicsByName.put(key(t.name()), t));
    }

    /** Live arenas found by the file's names; each is matched within its group (sub-area, else area). */
    void addArenas(List<ArenaRow> arenas) {
        arenas.forEach(r -> arenasByKey.put(arenaKey(r.group().id(), r.name()), r));
    }

    private static String key(String name) {
        return ImportVocabulary.normalise(name);
    }

    /** Arenas are matched by name (ignoring case) within their group: the sub-area, else the area. */
    static String arenaKey(long groupId, String name) {
        return groupId + "\u0000" + name.toLowerCase(ImportVocabulary.SWEDISH);
    }

    Area area(Long id) {
        return areasById.get(id);
    }

    Area topLevelArea(String name) {
        return topLevelByName.get(key(name));
    }

    List<Area> subAreas(String name) {
        return subAreasByName.getOrDefault(key(name), List.of());
    }

    List<Organisation> organisations(String name) {
        return organisationsByName.getOrDefault(key(name), List.of());
    }

    Topic topic(String name) {
        return topicsByName.get(key(name));
    }

    ArenaRow arena(long groupId, String name) {
        return arenasByKey.get(arenaKey(groupId, name));
    }

    /** The area a sheet is named after (the export names sheets by area, shortened to 31 characters). */
    Area areaNamed(String sheetName) {
        Area exact = topLevelByName.get(key(sheetName));
        if (exact != null) {
            return exact;
        }
        return topLevelByName.values().stream()
                .filter(a -> key(Cells.sheetName(a.name(), new HashSet<>())).equals(key(sheetName)))
                .findFirst().orElse(null);
    }
}
