package se.arenaregister.report;

import se.arenaregister.shared.RefusedException;

/** A change to an edition that has been sent: it is the committee's document and stays as it was sent. */
public class EditionFrozenException extends RefusedException {

    private final long editionId;

    public EditionFrozenException(MemoEdition edition) {
        super("memo.edition.frozen", edition.label());
        this.editionId = edition.id();
    }

    public long editionId() {
        return editionId;
    }
}
