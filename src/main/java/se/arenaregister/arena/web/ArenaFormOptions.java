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

/** The choices a filter bar or an arena form offers: three queries, whatever the register's size. */
@Component
class ArenaFormOptions {

    record AreaOption(Area area, List<Area> subAreas) {
    }

    record Options(List<AreaOption> areas, List<Organisation> organisations, List<Topic> topics) {
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

        public List<Organisation> companies() {
            return organisations.stream().filter(o -> o.kind() == se.arenaregister.catalog.OrganisationKind.COMPANY).toList();
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
        List<Area> all = catalog.areas();
        List<AreaOption> tree = all.stream().filter(a -> !a.isSubArea())
                .map(top -> new AreaOption(top, all.stream().filter(a -> top.id().equals(a.parentId())).toList()))
                .toList();
        return new Options(tree, catalog.organisations(), catalog.topics());
    }
}
