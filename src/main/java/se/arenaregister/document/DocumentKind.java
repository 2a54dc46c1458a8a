package se.arenaregister.document;

/** What a document is. Labels in messages: {@code documentKind.CODE}. */
public enum DocumentKind {
    /** Avtal, överenskommelse. */
    AGREEMENT,
    /** Arbetsordning. */
    RULES,
    /** Protokoll, minnesanteckningar. */
    MINUTES,
    /** Positionspapper. */
    POSITION_PAPER,
    OTHER
}
