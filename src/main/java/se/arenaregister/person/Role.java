package se.arenaregister.person;

/** A person's role in an arena. Labels: {@code role.CODE}. */
public enum Role {
    MEMBER, SUBSTITUTE, CHAIR, VICE_CHAIR, CONVENER, RAPPORTEUR, OBSERVER, CO_OPTED
}
