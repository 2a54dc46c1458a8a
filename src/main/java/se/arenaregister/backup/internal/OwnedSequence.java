package se.arenaregister.backup.internal;

/** A sequence behind an identity or serial column: after a restore it must continue after the restored rows. */
record OwnedSequence(String sequence, String table, String column) {

    /** Next value max + 1; on an empty table the sequence starts again at its first value. */
    String resetSql() {
        return "SELECT setval(CAST(? AS regclass), coalesce(x.m, s.seqmin), x.m IS NOT NULL)"
                + " FROM (SELECT max(" + BackupTable.quote(column) + ") AS m FROM " + BackupTable.quote(table) + ") x,"
                + " pg_sequence s WHERE s.seqrelid = CAST(? AS regclass)";
    }
}
