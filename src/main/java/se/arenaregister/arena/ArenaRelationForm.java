package se.arenaregister.arena;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A relation to add, as seen from the arena whose page it is added on: {@code relation} says which way it goes
 * ({@code HAS_PART}: the other arena is part of this one).
 */
public record ArenaRelationForm(@NotNull Long otherArenaId, @NotNull Relation relation, @Size(max = 1000) String comment) {

    /** A kind with its direction from this arena. */
    public enum Relation {
        PART_OF(RelationKind.PART_OF, false), HAS_PART(RelationKind.PART_OF, true),
        ANCHORED_IN(RelationKind.ANCHORED_IN, false), ANCHORS(RelationKind.ANCHORED_IN, true),
        LINKED(RelationKind.LINKED, false);

        private final RelationKind kind;
        private final boolean towardsThis;

        Relation(RelationKind kind, boolean towardsThis) {
            this.kind = kind;
            this.towardsThis = towardsThis;
        }

        public RelationKind kind() {
            return kind;
        }

        /** Whether the relation points from the other arena to this one. */
        public boolean towardsThis() {
            return towardsThis;
        }
    }

    public static ArenaRelationForm empty() {
        return new ArenaRelationForm(null, Relation.PART_OF, "");
    }
}
