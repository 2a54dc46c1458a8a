package se.arenaregister.backup.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * A table's entry as it streams into COPY: hashed and counted, and cut off as soon as it grows past the size the
 * manifest states, so that a changed (or deliberately inflated) entry cannot pour unbounded data into the database.
 */
final class BoundedHashingInputStream extends FilterInputStream {

    static final class TooLongException extends IOException {
        TooLongException() {
            super("The entry is longer than the manifest says");
        }
    }

    private final MessageDigest digest = Digests.sha256();
    private final long limit;
    private long bytes;

    BoundedHashingInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            count(1);
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
        if (n > 0) {
            count(n);
            digest.update(buffer, offset, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        throw new IOException("Skipping would leave bytes unhashed");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(int n) throws TooLongException {
        bytes += n;
        if (bytes > limit) {
            throw new TooLongException();
        }
    }

    long bytes() {
        return bytes;
    }

    String sha256() {
        return Digests.hex(digest);
    }
}
