package se.arenaregister.arena;

/** Nivå: politisk (P), övergripande tjänsteperson (ÖT), tjänsteperson (T). Labels: {@code level.CODE}. */
public enum Level {
    POLITICAL, SENIOR_OFFICIAL, OFFICIAL
}
