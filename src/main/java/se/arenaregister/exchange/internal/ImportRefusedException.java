package se.arenaregister.exchange.internal;

import se.arenaregister.shared.RefusedException;

/**
 * A file that cannot be imported at all (not a spreadsheet, encrypted, corrupt, too large, no name
 * column). The code is a message key; nothing has been stored when this is thrown.
 */
public class ImportRefusedException extends RefusedException {

    public ImportRefusedException(String code, Object... args) {
        super(code, args);
    }
}
