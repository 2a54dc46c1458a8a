package se.arenaregister.report;

/** A memo edition is written as a draft; sending it to the committee freezes it. */
public enum EditionStatus {
    DRAFT, SENT
}
