package se.arenaregister.arena.web;

import java.util.List;

import org.springframework.stereotype.Component;
import se.arenaregister.arena.ArenaStatus;
import se.arenaregister.arena.ArenaType;
import se.arenaregister.arena.Level;
import se.arenaregister.arena.Scope;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.catalog.Organisation;
import se.arenaregister.catalog.Topic;

/** The choices a filter bar or an arena form offers: three queries for a form, one given the areas for the filter bar, whatever the register's size. */
@Component
class ArenaFormOptions {

    record AreaOption(Area area, List<Area> subAreas) {
    }

    /**
     * @param areas     the whole tree (filters, secondary areas)
     * @param placeable where the user may place an arena: the areas they edit, or whose sub-areas they edit
     * @param companies the companies an arena of kind company may be (not every organisation: the convener and members
     *                  are typed, see {@link OrganisationFields})
     */
    record Options(List<AreaOption> areas, List<AreaOption> placeable, List<Organisation> companies, List<Topic> topics) {

        /** The same choices, with the areas an arena can be placed in narrowed to those the user edits. */
        Options placeableIn(java.util.Set<Long> editable) {
            List<AreaOption> narrowed = areas.stream()
                    .map(o -> new AreaOption(o.area(), o.subAreas().stream().filter(s -> editable.contains(s.id())).toList()))
                    .filter(o -> editable.contains(o.area().id()) || !o.subAreas().isEmpty())
                    .toList();
            return new Options(areas, narrowed, companies, topics);
        }

        public ArenaType[] types() {
            return ArenaType.values();
        }

        public Level[] levels() {
            return Level.values();
        }

        public Scope[] scopes() {
            return Scope.values();
        }

        public ArenaStatus[] statuses() {
            return ArenaStatus.values();
        }

        public se.arenaregister.arena.ArenaKind[] kinds() {
            return se.arenaregister.arena.ArenaKind.values();
        }

        public List<Area> allAreas() {
            return areas.stream().flatMap(o -> java.util.stream.Stream.concat(java.util.stream.Stream.of(o.area()), o.subAreas().stream())).toList();
        }
    }

    private final Catalog catalog;

    ArenaFormOptions(Catalog catalog) {
        this.catalog = catalog;
    }

    Options load() {
        return load(catalog.areas());
    }

    /**
     * The register's filter bar: the areas as the register page already read them (with its counts), so the page asks
     * for them once (the published area view's columns, in the same tree order), and the topics; no organisations, as
     * the convener is a field with suggestions ({@link se.arenaregister.arena.Conveners}), not a list of thousands.
     */
    Options load(java.util.Collection<se.arenaregister.arena.ArenaAreaCount> areas) {
        return new Options(tree(areas.stream().map(a -> new Area(a.id(), a.parentId(), a.name(), null, a.sortOrder(), null)).toList()),
                List.of(), List.of(), catalog.topics());
    }

    private Options load(List<Area> all) {
        List<AreaOption> tree = tree(all);
        return new Options(tree, tree, catalog.companies(), catalog.topics());
    }

    private static List<AreaOption> tree(List<Area> all) {
        return all.stream().filter(a -> !a.isSubArea())
                .map(top -> new AreaOption(top, all.stream().filter(a -> top.id().equals(a.parentId())).toList()))
                .toList();
    }
}
