package se.arenaregister.exchange.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import se.arenaregister.arena.ArenaRow;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.Topic;
import se.arenaregister.person.PersonKind;
import se.arenaregister.person.PersonQueries;

/**
 * The register as an import needs it, looked up by name (ignoring case): the catalogues (areas, organisations, topics)
 * loaded whole, the arenas only those the file names ({@link #addArenas}), the people and today's appointments when a
 * row names representatives.
 */
final class RegisterIndex {

    final ImportVocabulary vocabulary;
    private final Map<Long, Area> areasById = new HashMap<>();
    private final Map<String, Area> topLevelByName = new HashMap<>();
    private final Map<String, List<Area>> subAreasByName = new HashMap<>();
    private final Map<String, List<Organisation>> organisationsByName = new HashMap<>();
    private final Map<String, Topic> topicsByName = new HashMap<>();
    private final Map<String, ArenaRow> arenasByKey = new HashMap<>();
    private final Map<Long, String> organisationNames = new HashMap<>();
    private final Map<Long, String> topicNames = new HashMap<>();
    private final Supplier<People> people;

    RegisterIndex(ImportVocabulary vocabulary, List<Area> areas, List<Organisation> organisations, List<Topic> topics) {
        this(vocabulary, areas, organisations, topics, List::of, List::of);
    }

    /**
     * With the people and today's appointments, read (one statement each) only when a row names representatives.
     */
    RegisterIndex(ImportVocabulary vocabulary, List<Area> areas, List<Organisation> organisations, List<Topic> topics,
                  Supplier<List<PersonQueries.PersonRow>> persons, Supplier<List<PersonQueries.Seated>> seated) {
        this.vocabulary = vocabulary;
        this.people = memoised(() -> new People(persons.get(), seated.get()));
        for (Area a : areas) {
            areasById.put(a.id(), a);
            if (a.isSubArea()) {
                subAreasByName.computeIfAbsent(key(a.name()), k -> new ArrayList<>()).add(a);
            } else {
                topLevelByName.put(key(a.name()), a);
            }
        }
        for (Organisation o : organisations) {
            organisationNames.put(o.id(), o.name());
            organisationsByName.computeIfAbsent(key(o.name()), k -> new ArrayList<>()).add(o);
            if (o.shortName() != null && !o.shortName().isBlank() && !key(o.shortName()).equals(key(o.name()))) {
                organisationsByName.computeIfAbsent(key(o.shortName()), k -> new ArrayList<>()).add(o);
            }
        }
        topics.forEach(t -> {
            topicsByName.put(key(t.name()), t);
            topicNames.put(t.id(), t.name());
        });
    }

    /** Live arenas found by the file's names; each is matched within its group (sub-area, else area). */
    void addArenas(List<ArenaRow> arenas) {
        arenas.forEach(r -> arenasByKey.put(arenaKey(r.group().id(), r.name()), r));
    }

    /** People by name (erased ones left out), officials' titles, and who sits where today. */
    private record People(Map<String, List<PersonQueries.PersonRow>> byName, Set<String> officialTitles,
                          Map<Long, List<PersonQueries.Seated>> seats) {

        People(List<PersonQueries.PersonRow> persons, List<PersonQueries.Seated> seated) {
            this(new HashMap<>(), new HashSet<>(), new HashMap<>());
            for (PersonQueries.PersonRow p : persons) {
                if (p.erased()) {
                    continue;
                }
                byName.computeIfAbsent(key(p.name()), k -> new ArrayList<>()).add(p);
                if (p.kind() == PersonKind.OFFICIAL && p.title() != null && !p.title().isBlank()) {
                    officialTitles.add(key(p.title()));
                }
            }
            seated.forEach(s -> seats.computeIfAbsent(s.arenaId(), k -> new ArrayList<>()).add(s));
        }
    }

    private static <T> Supplier<T> memoised(Supplier<T> supplier) {
        Object[] value = new Object[1];
        return () -> {
            if (value[0] == null) {
                value[0] = supplier.get();
            }
            @SuppressWarnings("unchecked")
            T t = (T) value[0];
            return t;
        };
    }

    /** The (not erased) people of that name. */
    List<PersonQueries.PersonRow> people(String name) {
        return people.get().byName().getOrDefault(key(name), List.of());
    }

    /** What a public export writes for an official instead of a name: the official's title, or "Tjänsteperson". */
    boolean standsForAnOfficial(String text) {
        return vocabulary.isOfficialWord(text) || people.get().officialTitles().contains(key(text));
    }

    /** The arena's appointments today. */
    List<PersonQueries.Seated> seats(long arenaId) {
        return people.get().seats().getOrDefault(arenaId, List.of());
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

    /** The name of an organisation the index holds (one a row was matched to). */
    String organisationName(long id) {
        return organisationNames.get(id);
    }

    /** The name of a topic the index holds. */
    String topicName(long id) {
        return topicNames.get(id);
    }

    Topic topic(String name) {
        return topicsByName.get(key(name));
    }

    ArenaRow arena(long groupId, String name) {
        return arenasByKey.get(arenaKey(groupId, name));
    }

    /**
     * The top-level area a sheet or a heading is named after: exactly (ignoring case and surrounding space), or as a sheet
     * name cuts it (the export names sheets by area, and a sheet name has at most 31 characters).
     */
    Area areaNamed(String sheetName) {
        Area exact = topLevelByName.get(key(sheetName));
        if (exact != null) {
            return exact;
        }
        return topLevelByName.values().stream()
                .filter(a -> key(Cells.sheetName(a.name(), new HashSet<>())).equals(key(sheetName)))
                .findFirst().orElse(null);
    }

    /** The sub-areas (in any area) a sheet or a heading is named after, exactly or as a sheet name cuts the name. */
    List<Area> subAreasNamed(String sheetName) {
        List<Area> exact = subAreas(sheetName);
        if (!exact.isEmpty()) {
            return exact;
        }
        return subAreasByName.values().stream().flatMap(List::stream)
                .filter(a -> key(Cells.sheetName(a.name(), new HashSet<>())).equals(key(sheetName)))
                .toList();
    }

    /** Whether a heading row's text names an area or a sub-area. */
    boolean namesAPlace(String text) {
        return areaNamed(text) != null || !subAreasNamed(text).isEmpty();
    }

    /** "Område › Sakområde", as the upload's choice of placement writes it. */
    String label(Area area) {
        Area parent = area.isSubArea() ? areasById.get(area.parentId()) : null;
        return parent == null ? area.name() : parent.name() + " › " + area.name();
    }
}
