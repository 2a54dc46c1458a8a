package se.arenaregister.arena;

/**
 * A relation as an arena's page shows it: {@code outgoing} when it points from this arena (this is part of, anchored
 * in, linked to {@code other}); a LINKED relation reads the same from both sides.
 */
public record ArenaRelationRow(long id, long arenaId, RelationKind kind, boolean outgoing, ArenaRow.Ref other, String comment) {

    /** The message key of the heading it is shown under: {@code relation.PART_OF.out} "Del av", {@code relation.PART_OF.in} "Delar". */
    public String labelKey() {
        return "relation." + kind + (kind == RelationKind.LINKED ? "" : outgoing ? ".out" : ".in");
    }
}
