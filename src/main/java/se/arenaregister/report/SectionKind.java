package se.arenaregister.report;

/**
 * What a section of the outline holds: the writer's text (with inserted figures), the edition's decision proposals
 * written out, or the comparison of this edition's figures with the previous edition's.
 */
public enum SectionKind {
    TEXT, PROPOSALS, COMPARISON
}
