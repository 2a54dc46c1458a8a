package se.arenaregister.arena;

/**
 * What kind of body an arena is. Most are forums (networks, partnerships, councils); a company the
 * home organisation owns has its owner council, general meeting and board as arenas of their own
 * kind, where the nominees play another role than in a network. Labels: {@code arenaKind.CODE}.
 */
public enum ArenaKind {
    FORUM, OWNER_COUNCIL, GENERAL_MEETING, BOARD
}
