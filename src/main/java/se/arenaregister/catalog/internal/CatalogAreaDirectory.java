package se.arenaregister.catalog.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.security.AreaDirectory;

/** The catalog's areas for security: what an administrator can make someone editor of, and what a group names. */
@Component
class CatalogAreaDirectory implements AreaDirectory {

    private final Catalog catalog;

    CatalogAreaDirectory(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<Choice> choices() {
        List<Area> areas = catalog.areas();
        Map<Long, String> names = new HashMap<>();
        areas.forEach(area -> names.put(area.id(), area.name()));
        return areas.stream().map(area -> new Choice(area.id(),
                area.parentId() == null ? area.name() : names.get(area.parentId()) + " › " + area.name())).toList();
    }

    @Override
    public Optional<Long> byName(String name) {
        String wanted = normal(name);
        List<Area> matching = catalog.areas().stream().filter(area -> normal(area.name()).equals(wanted)).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0).id()) : Optional.empty();
    }

    private static String normal(String name) {
        return name == null ? "" : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
