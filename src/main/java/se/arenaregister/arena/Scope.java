package se.arenaregister.arena;

/** Geografisk nivå. Labels: {@code scope.CODE}. */
public enum Scope {
    LOCAL, REGIONAL, INTERREGIONAL, NATIONAL, CROSS_BORDER, EU, GLOBAL
}
