package se.arenaregister.followup;

import java.time.LocalDate;
import java.util.List;

import se.arenaregister.person.PersonQueries;
import se.arenaregister.shared.InvalidInputException.Rejection;

/**
 * Who is responsible, assessed or reported, as the follow-up's forms take it: a person of the register, chosen from a
 * list, or a name typed for someone who is not in it (a unit, a role, someone outside the organisation), not both.
 * A chosen person must exist and not be erased.
 */
final class PersonOrName {

    private PersonOrName() {
    }

    /**
     * @param required whether one of the two must be given
     */
    static void check(Long personId, String name, String personField, String nameField, boolean required, PersonQueries people,
                      LocalDate today, List<Rejection> rejections) {
        boolean named = name != null && !name.isBlank();
        if (personId != null && named) {
            rejections.add(new Rejection(nameField, "followup.who.both"));
        }
        if (required && personId == null && !named) {
            rejections.add(new Rejection(personField, "followup.who.required"));
        }
        if (personId != null && people.person(personId, today).filter(p -> !p.erased()).isEmpty()) {
            rejections.add(new Rejection(personField, "appointment.person.unknown"));
        }
    }

    /** The typed name as stored: stripped, or null when a person was chosen or nothing typed. */
    static String name(Long personId, String name) {
        return personId != null || name == null || name.isBlank() ? null : name.strip();
    }
}
