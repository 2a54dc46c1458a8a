package se.arenaregister.backup.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Backups changed on purpose: one entry rewritten, or left out. */
final class BackupFiles {

    private BackupFiles() {
    }

    /** The ZIP with {@code entry} passed through {@code change}; a change answering null leaves the entry out. */
    static byte[] rewrite(byte[] zip, String entry, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream rewritten = new ZipOutputStream(out)) {
            for (ZipEntry next = in.getNextEntry(); next != null; next = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (next.getName().equals(entry)) {
                    content = change.apply(content);
                    if (content == null) {
                        continue;
                    }
                }
                rewritten.putNextEntry(new ZipEntry(next.getName()));
                rewritten.write(content);
                rewritten.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
