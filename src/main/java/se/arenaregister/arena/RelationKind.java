package se.arenaregister.arena;

/**
 * How one arena stands to another. {@code PART_OF}: a working group is part of its commission (a tree: one parent, no
 * cycles); {@code ANCHORED_IN}: questions handled in one are anchored in the other (the EU arenas in Regionens
 * samverkansråd); {@code LINKED}: connected both ways (Samverkan tågtrafikutveckling ↔ Partnerskapet Mittstråket).
 */
public enum RelationKind {
    PART_OF, ANCHORED_IN, LINKED
}
