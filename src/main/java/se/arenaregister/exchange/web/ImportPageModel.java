package se.arenaregister.exchange.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import se.arenaregister.catalog.Area;
import se.arenaregister.catalog.Catalog;
import se.arenaregister.exchange.internal.ImportLimits;

/** What the upload form needs: the sub-areas a file without area columns can be placed in, and the limits. */
@Component
class ImportPageModel {

    static final String FORM_VIEW = "exchange/import";

    record Placement(long id, String label) {
    }

    private final Catalog catalog;
    private final int maxRows;

    ImportPageModel(Catalog catalog, @Value("${arenaregister.import.max-rows:" + ImportLimits.DEFAULT_MAX_ROWS + "}") int maxRows) {
        this.catalog = catalog;
        this.maxRows = maxRows;
    }

    String form(Model model) {
        return fill(model::addAttribute);
    }

    String fill(java.util.function.BiConsumer<String, Object> model) {
        List<Area> tree = catalog.areas();
        Map<Long, String> names = new HashMap<>();
        tree.forEach(a -> names.put(a.id(), a.name()));
        List<Placement> placements = new ArrayList<>();
        for (Area a : tree) {
            placements.add(new Placement(a.id(), a.isSubArea() ? names.get(a.parentId()) + " › " + a.name() : a.name()));
        }
        model.accept("placements", placements);
        model.accept("maxMegabytes", ImportLimits.MAX_FILE_MEGABYTES);
        model.accept("maxRows", maxRows);
        return FORM_VIEW;
    }
}
