package se.arenaregister.backup.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The backup's table of contents ({@value #ENTRY}): which format, which schema version it was taken at, when, by
 * whom and of whose register, and per table its columns, rows, bytes and the SHA-256 of its COPY text. A restore
 * checks every table's rows and hash against it; the hash finds damage and tampering with the data, but whoever can
 * change the data can also change the manifest, so the file must be kept as safely as the database itself.
 */
record BackupManifest(String format, int formatVersion, String schemaVersion, String postgresVersion, Instant takenAt,
                      String takenBy, Organisation organisation, List<Table> tables) {

    static final String ENTRY = "manifest.json";
    static final String FORMAT = "arenaregister-backup";
    static final int FORMAT_VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    record Organisation(String name, String shortName) {
    }

    record Table(String name, String entry, List<String> columns, long rows, long bytes, String sha256) {
    }

    BackupManifest {
        tables = tables == null ? List.of() : List.copyOf(tables);
    }

    void write(OutputStream out) {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, this);
    }

    /** The manifest in the stream; refused if it is not one of ours. */
    static BackupManifest read(InputStream in) {
        BackupManifest manifest;
        try {
            manifest = JSON.readValue(in, BackupManifest.class);
        } catch (JacksonException e) {
            throw new RestoreRefusedException("backup.refused.badManifest");
        }
        if (manifest == null || !FORMAT.equals(manifest.format()) || manifest.formatVersion() != FORMAT_VERSION
                || manifest.schemaVersion() == null || manifest.tables().isEmpty()) {
            throw new RestoreRefusedException("backup.refused.badManifest");
        }
        return manifest;
    }
}
