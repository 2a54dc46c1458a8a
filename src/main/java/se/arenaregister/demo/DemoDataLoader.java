package se.arenaregister.demo;

import static se.arenaregister.demo.DemoLookup.PATH_SEPARATOR;
import static se.arenaregister.demo.DemoLookup.nonNull;
import static se.arenaregister.demo.DemoLookup.require;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.arena.ArenaForm;
import se.arenaregister.arena.ArenaService;
import se.arenaregister.catalog.AreaForm;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.OrganisationForm;
import se.arenaregister.catalog.TopicForm;

/**
 * Loads the memo's register on first start of an empty database, in one transaction: a bad entry
 * in the file stops the load with the entry's name and the rule it breaks, and nothing is stored.
 */
@Component
@Order(10)
@ConditionalOnBooleanProperty(name = "arenaregister.demo-data.enabled", matchIfMissing = true)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String RESOURCE = "demo/register.yml";

    private final CatalogService catalog;
    private final ArenaService arenas;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    DemoDataLoader(CatalogService catalog, ArenaService arenas, JdbcClient jdbc, TransactionTemplate transaction) {
        this.catalog = catalog;
        this.arenas = arenas;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean empty = jdbc.sql("SELECT NOT EXISTS (SELECT 1 FROM area_overview) AND NOT EXISTS (SELECT 1 FROM arena_overview)").query(Boolean.class).single();
        if (!empty) {
            return;
        }
        DemoRegister register = read();
        transaction.executeWithoutResult(status -> load(register));
        log.info("Loaded demo register: {} areas, {} organisations, {} topics, {} arenas",
                register.areas().size(), register.organisations().size(), register.topics().size(), register.arenas().size());
    }

    static DemoRegister read() {
        return DemoFiles.read(RESOURCE, DemoRegister.class);
    }

    private void load(DemoRegister register) {
        Map<String, Long> areaIds = new HashMap<>();
        Map<String, Long> subAreaIds = new HashMap<>();
        int order = 1;
        for (DemoRegister.AreaEntry area : register.areas()) {
            long areaId = catalog.createArea(new AreaForm(area.name(), null, null, order++, null)).id();
            areaIds.put(area.name(), areaId);
            int subOrder = 1;
            for (String subArea : nonNull(area.subAreas())) {
                long id = catalog.createArea(new AreaForm(subArea, areaId, null, subOrder++, null)).id();
                subAreaIds.put(area.name() + PATH_SEPARATOR + subArea, id);
                subAreaIds.putIfAbsent(subArea, id);
            }
        }
        Map<String, Long> organisationIds = new HashMap<>();
        for (DemoRegister.OrganisationEntry o : nonNull(register.organisations())) {
            OrganisationForm form = new OrganisationForm(o.name(), o.shortName(), o.kind(), o.website(), null, o.ownershipShare(), null);
            organisationIds.put(o.name(), catalog.createOrganisation(form).id());
        }
        Map<String, Long> topicIds = new HashMap<>();
        for (DemoRegister.TopicEntry t : nonNull(register.topics())) {
            topicIds.put(t.name(), catalog.createTopic(new TopicForm(t.name(), t.description(), null)).id());
        }
        for (DemoRegister.ArenaEntry a : nonNull(register.arenas())) {
            String what = "Demo arena '" + a.name() + "'";
            Function<String, Long> area = name -> require(areaIds.containsKey(name) ? areaIds : subAreaIds, name, what);
            ArenaForm form = DemoLookup.arenaForm(a, require(areaIds, a.area(), what),
                    a.subArea() == null ? null : require(subAreaIds, a.area() + PATH_SEPARATOR + a.subArea(), what),
                    area, name -> require(organisationIds, name, what), name -> require(topicIds, name, what));
            try {
                arenas.create(form);
            } catch (RuntimeException e) {
                throw new IllegalStateException("Demo arena '" + a.name() + "' is invalid: " + e.getMessage(), e);
            }
        }
    }
}
