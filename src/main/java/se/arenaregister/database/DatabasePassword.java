package se.arenaregister.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * The embedded server's superuser password, generated once and kept in a file only its owner can read,
 * next to the data directory (initdb wants an empty directory, so it cannot live inside).
 */
final class DatabasePassword {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final String value;

    private DatabasePassword(Path file, String value) {
        this.file = file;
        this.value = value;
    }

    static Path fileFor(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
    }

    /** Reads the password file of this data directory, creating it with a new random password if missing. */
    static DatabasePassword forDataDirectory(Path dataDirectory) throws IOException {
        Path file = fileFor(dataDirectory);
        if (!Files.exists(file)) {
            create(file);
        }
        // An owner-only file made readable by someone else is put right rather than trusted as is.
        if (!Files.getPosixFilePermissions(file).equals(OWNER_ONLY)) {
            Files.setPosixFilePermissions(file, OWNER_ONLY);
        }
        String value = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (value.isEmpty()) {
            throw new IOException("The database password file " + file + " is empty");
        }
        return new DatabasePassword(file, value);
    }

    private static void create(Path file) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            // Created with owner-only permissions, so the password is never readable by others, not even briefly.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(file, password, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
    }

    Path file() {
        return file;
    }

    String value() {
        return value;
    }

    @Override
    public String toString() {
        return "DatabasePassword[" + file + "]";
    }
}
