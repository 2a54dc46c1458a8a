package se.arenaregister.arena;

/** Typ av forum. Several per arena ("Påverkan/verkställande"). Labels: {@code arenaType.CODE}. */
public enum ArenaType {
    INFLUENCE, EXECUTIVE, EXPERIENCE_EXCHANGE, INFORMATION_EXCHANGE, COLLABORATION
}
