package se.arenaregister.exchange.internal;

import se.arenaregister.person.Role;

/** A person named in a row's representatives column, in a role: an appointment to confirm or to make. */
public record Representative(long personId, String name, Role role) {

    boolean sameSeat(long otherPerson, Role otherRole) {
        return personId == otherPerson && role == otherRole;
    }
}
