package se.arenaregister.demo;

import static se.arenaregister.demo.DemoLookup.nonNull;
import static se.arenaregister.demo.DemoLookup.one;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.arena.ArenaFilter;
import se.arenaregister.arena.ArenaQueries;
import se.arenaregister.arena.ArenaRelationForm;
import se.arenaregister.arena.ArenaRelations;
import se.arenaregister.arena.ArenaRow;
import se.arenaregister.arena.RelationKind;

/**
 * Loads {@code demo/relations.yml}, the memo's arenas in relation to each other, after the demo register: once, when
 * there are arenas and no relation yet, in one transaction through the same service as the relations page. An
 * unknown arena name stops the load with its name, and nothing is stored.
 */
@Component
@Order(12)
@ConditionalOnBooleanProperty(name = "arenaregister.demo-data.enabled", matchIfMissing = true)
class RelationsDemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RelationsDemoLoader.class);
    static final String RESOURCE = "demo/relations.yml";

    record DemoRelations(List<Entry> relations) {
    }

    record Entry(String from, RelationKind kind, String to, String comment) {
    }

    private final ArenaRelations relations;
    private final ArenaQueries arenas;
    private final TransactionTemplate transaction;

    RelationsDemoLoader(ArenaRelations relations, ArenaQueries arenas, TransactionTemplate transaction) {
        this.relations = relations;
        this.arenas = arenas;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (relations.any()) {
            return;
        }
        List<ArenaRow> rows = arenas.list(ArenaFilter.none());
        if (rows.isEmpty()) {
            return;
        }
        Map<String, List<Long>> ids = new HashMap<>();
        rows.forEach(r -> ids.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r.id()));
        DemoRelations demo = DemoFiles.read(RESOURCE, DemoRelations.class);
        transaction.executeWithoutResult(status -> {
            for (Entry e : nonNull(demo.relations())) {
                String what = "Demo relation '" + e.from() + "' " + e.kind() + " '" + e.to() + "'";
                long from = one(ids, e.from(), what, "arena");
                long to = one(ids, e.to(), what, "arena");
                ArenaRelationForm.Relation relation = switch (e.kind()) {
                    case PART_OF -> ArenaRelationForm.Relation.PART_OF;
                    case ANCHORED_IN -> ArenaRelationForm.Relation.ANCHORED_IN;
                    case LINKED -> ArenaRelationForm.Relation.LINKED;
                };
                try {
                    relations.relate(from, new ArenaRelationForm(to, relation, e.comment()));
                } catch (RuntimeException ex) {
                    throw new IllegalStateException(what + " is invalid: " + ex.getMessage(), ex);
                }
            }
        });
        log.info("Loaded demo relations: {}", nonNull(demo.relations()).size());
    }
}
