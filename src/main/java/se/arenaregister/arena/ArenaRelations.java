package se.arenaregister.arena;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.audit.EntityType;
import se.arenaregister.audit.Traceability;
import se.arenaregister.shared.FormValidator;
import se.arenaregister.shared.InvalidInputException;
import se.arenaregister.shared.InvalidInputException.Rejection;
import se.arenaregister.shared.NotFoundException;

/**
 * Arenas in relation to each other: add and remove, validated and audited, and read for an arena's page and the API.
 * A change is logged in the history of the arena it was made on (field {@code relation} or {@code relationRemoved},
 * e.g. "PART_OF → CPMR"): relations have no life of their own, they belong to the arenas they join.
 * Whoever may edit that arena may change its relations ({@link ArenaAccess}).
 */
@Service
@Transactional
public class ArenaRelations {

    /**
     * The relations of the arenas {@code :ids}, each from the arena's side ({@code arena_id}, the {@code other} arena, and
     * whether it points away from it): those it points from and those pointing to it, each branch read from its index
     * (one lateral over every relation, filtered after, read all of them: 10 ms at 8,000 relations).
     */
    private static final String ROWS = """
            SELECT r.id, r.kind, r.comment, r.from_arena_id, r.to_arena_id, x.arena_id, o.id AS other_id, o.name AS other_name
            FROM (SELECT id, from_arena_id AS arena_id, to_arena_id AS other, TRUE AS outgoing FROM arena_relation WHERE from_arena_id IN (:ids)
                  UNION ALL
                  SELECT id, to_arena_id, from_arena_id, FALSE FROM arena_relation WHERE to_arena_id IN (:ids)) x
            JOIN arena_relation r ON r.id = x.id
            JOIN arena o ON o.id = x.other AND NOT o.archived
            """;

    private final JdbcClient jdbc;
    private final ArenaAccess access;
    private final FormValidator validator;
    private final Traceability trail;

    ArenaRelations(JdbcClient jdbc, ArenaAccess access, FormValidator validator, Traceability trail) {
        this.jdbc = jdbc;
        this.access = access;
        this.validator = validator;
        this.trail = trail;
    }

    /** Adds a relation from {@code arenaId}'s side; returns its id. Refused with a field message when it breaks a rule. */
    public long relate(long arenaId, ArenaRelationForm form) {
        String arenaName = nameOf(arenaId).orElseThrow(() -> new NotFoundException("arena", arenaId));
        access.requireEdit(arenaId);
        List<Rejection> rejections = new ArrayList<>();
        String otherName = form.otherArenaId() == null ? null : nameOf(form.otherArenaId()).orElse(null);
        if (form.otherArenaId() != null && otherName == null) {
            rejections.add(new Rejection("otherArenaId", "relation.other.unknown"));
        } else if (form.otherArenaId() != null && form.otherArenaId() == arenaId) {
            rejections.add(new Rejection("otherArenaId", "relation.self"));
        }
        validator.check(form, rejections);
        RelationKind kind = form.relation().kind();
        long from = form.relation().towardsThis() ? form.otherArenaId() : arenaId;
        long to = form.relation().towardsThis() ? arenaId : form.otherArenaId();
        if (kind == RelationKind.LINKED && from > to) {
            long lower = to;
            to = from;
            from = lower;
        }
        if (kind == RelationKind.PART_OF) {
            // One writer of the tree at a time, so two concurrent additions cannot close a cycle between them.
            jdbc.sql("SELECT pg_advisory_xact_lock(hashtext('arena_relation.part_of'))").query(Object.class).single();
        }
        if (exists(from, to, kind)) {
            throw InvalidInputException.of("otherArenaId", "relation.duplicate", otherName);
        }
        if (kind == RelationKind.PART_OF) {
            String parent = parentName(from);
            if (parent != null) {
                throw InvalidInputException.of("otherArenaId", "relation.oneParent", from == arenaId ? arenaName : otherName, parent);
            }
            if (isAncestorOrSelf(from, to)) {
                throw InvalidInputException.of("otherArenaId", "relation.cycle", otherName);
            }
        }
        long id;
        try {
            id = jdbc.sql("""
                            INSERT INTO arena_relation (from_arena_id, to_arena_id, kind, comment)
                            VALUES (:from, :to, :kind, :comment) RETURNING id""")
                    .param("from", from).param("to", to).param("kind", kind.name()).param("comment", strip(form.comment()))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw InvalidInputException.of("otherArenaId", "relation.duplicate", otherName);
        }
        trail.noted(EntityType.ARENA, arenaId, "relation", describe(form.relation(), otherName, strip(form.comment())));
        return id;
    }

    /** Removes one of the arena's relations (either side may remove it). */
    public void remove(long arenaId, long relationId) {
        ArenaRelationRow row = of(arenaId).stream().filter(r -> r.id() == relationId).findFirst()
                .orElseThrow(() -> new NotFoundException("arenaRelation", relationId));
        access.requireEdit(arenaId);
        jdbc.sql("DELETE FROM arena_relation WHERE id = :id").param("id", relationId).update();
        ArenaRelationForm.Relation relation = switch (row.kind()) {
            case PART_OF -> row.outgoing() ? ArenaRelationForm.Relation.PART_OF : ArenaRelationForm.Relation.HAS_PART;
            case ANCHORED_IN -> row.outgoing() ? ArenaRelationForm.Relation.ANCHORED_IN : ArenaRelationForm.Relation.ANCHORS;
            case LINKED -> ArenaRelationForm.Relation.LINKED;
        };
        trail.noted(EntityType.ARENA, arenaId, "relationRemoved", describe(relation, row.other().name(), row.comment()));
    }

    /** The arena's relations to arenas in use, in the order the page shows them: by kind, then the other arena's name. */
    @Transactional(readOnly = true)
    public List<ArenaRelationRow> of(long arenaId) {
        return ofArenas(List.of(arenaId)).getOrDefault(arenaId, List.of());
    }

    /** The relations of many arenas in one statement (an API page), by arena. */
    @Transactional(readOnly = true)
    public Map<Long, List<ArenaRelationRow>> ofArenas(Collection<Long> arenaIds) {
        Map<Long, List<ArenaRelationRow>> byArena = new LinkedHashMap<>();
        if (arenaIds.isEmpty()) {
            return byArena;
        }
        jdbc.sql(ROWS + """
                         ORDER BY x.arena_id, CASE r.kind WHEN 'PART_OF' THEN 0 WHEN 'ANCHORED_IN' THEN 1 ELSE 2 END,
                                  x.outgoing DESC, lower(o.name), o.id""")
                .param("ids", arenaIds)
                .query(rs -> {
                    long arena = rs.getLong("arena_id");
                    boolean outgoing = rs.getLong("from_arena_id") == arena;
                    byArena.computeIfAbsent(arena, k -> new ArrayList<>()).add(new ArenaRelationRow(rs.getLong("id"), arena,
                            RelationKind.valueOf(rs.getString("kind")), outgoing,
                            new ArenaRow.Ref(rs.getLong("other_id"), rs.getString("other_name")), rs.getString("comment")));
                });
        return byArena;
    }

    /** Whether any relation is recorded (the demo data loads its relations once, into a register without any). */
    @Transactional(readOnly = true)
    public boolean any() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM arena_relation)").query(Boolean.class).single();
    }

    private java.util.Optional<String> nameOf(long arenaId) {
        return jdbc.sql("SELECT name FROM arena WHERE id = :id").param("id", arenaId).query(String.class).optional();
    }

    private boolean exists(long from, long to, RelationKind kind) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM arena_relation WHERE from_arena_id = :from AND to_arena_id = :to AND kind = :kind)")
                .param("from", from).param("to", to).param("kind", kind.name()).query(Boolean.class).single();
    }

    private String parentName(long child) {
        return jdbc.sql("""
                        SELECT p.name FROM arena_relation r JOIN arena p ON p.id = r.to_arena_id
                        WHERE r.from_arena_id = :child AND r.kind = 'PART_OF'""")
                .param("child", child).query(String.class).optional().orElse(null);
    }

    /** Whether {@code child} is {@code parent} or above it in the tree: making it {@code parent}'s part would close a cycle. */
    private boolean isAncestorOrSelf(long child, long parent) {
        return jdbc.sql("""
                        WITH RECURSIVE up(id) AS (
                            SELECT CAST(:parent AS BIGINT)
                            UNION
                            SELECT r.to_arena_id FROM arena_relation r JOIN up ON r.from_arena_id = up.id AND r.kind = 'PART_OF')
                        SELECT EXISTS (SELECT 1 FROM up WHERE id = :child)""")
                .param("parent", parent).param("child", child).query(Boolean.class).single();
    }

    private static String describe(ArenaRelationForm.Relation relation, String other, String comment) {
        return relation.name() + " → " + other + (comment == null ? "" : " (" + comment + ")");
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
