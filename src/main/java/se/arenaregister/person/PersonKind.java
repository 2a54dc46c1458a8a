package se.arenaregister.person;

/** Förtroendevald or tjänsteperson. Labels: {@code personKind.CODE}. */
public enum PersonKind {
    ELECTED, OFFICIAL
}
