package se.arenaregister.governance;

import java.time.LocalDate;

/**
 * An agreement as pages and the API show it, with the names of what it refers to (the responsible person and the
 * comment only for internal viewers: null otherwise) and its state on the day asked about.
 */
public record AgreementRow(long id, String title, Long organisationId, String organisationName, Long arenaId, String arenaName,
                           Long decisionId, String decisionReference, LocalDate validFrom, LocalDate validUntil, LocalDate endedOn,
                           Long responsiblePersonId, String responsiblePersonName, String comment, State state) {

    /** ENDED: recorded as ended; EXPIRED: its date has passed and nobody has extended or ended it; VALID otherwise. */
    public enum State { VALID, EXPIRED, ENDED }

    static State stateOn(LocalDate validUntil, LocalDate endedOn, LocalDate today) {
        if (endedOn != null) {
            return State.ENDED;
        }
        return validUntil != null && validUntil.isBefore(today) ? State.EXPIRED : State.VALID;
    }
}
