package se.arenaregister.backup.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The order in which tables can be filled so that every foreign key finds its row: referenced tables first
 * (Kahn's algorithm, ties by name so the order is stable). A table referring to itself (area's parent, review's
 * previous review) needs no order: PostgreSQL checks a non-deferred foreign key at the end of the COPY statement,
 * when all of the table's rows are there. A cycle through several tables cannot be filled one table at a time
 * with immediate constraints, so it is refused with the tables named instead of failing half-way; a deferrable
 * key does not count, because the restore defers it to the commit.
 */
final class TableOrder {

    private TableOrder() {
    }

    record ForeignKey(String table, String referencedTable, boolean deferrable) {
    }

    static List<String> parentsFirst(Collection<String> tables, Collection<ForeignKey> foreignKeys) {
        Map<String, Set<String>> parents = new TreeMap<>();
        tables.forEach(table -> parents.put(table, new TreeSet<>()));
        for (ForeignKey key : foreignKeys) {
            if (!key.deferrable() && !key.table().equals(key.referencedTable()) && parents.containsKey(key.table())
                    && parents.containsKey(key.referencedTable())) {
                parents.get(key.table()).add(key.referencedTable());
            }
        }
        List<String> order = new ArrayList<>();
        Map<String, Set<String>> waiting = new LinkedHashMap<>(parents);
        while (!waiting.isEmpty()) {
            List<String> ready = waiting.entrySet().stream()
                    .filter(entry -> order.containsAll(entry.getValue()))
                    .map(Map.Entry::getKey)
                    .toList();
            if (ready.isEmpty()) {
                throw new IllegalStateException("Foreign keys form a cycle through the tables " + waiting.keySet()
                        + ": they cannot be restored one table at a time");
            }
            order.add(ready.get(0));
            waiting.remove(ready.get(0));
        }
        return order;
    }
}
