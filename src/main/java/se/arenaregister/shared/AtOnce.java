package se.arenaregister.shared;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most so many of a heavy kind of work at a time on this node (a memo made from the register, an export of the whole
 * register): the others wait for a turn, first come first served, up to {@code wait}, and then get a
 * {@link BusyException} (503 with Retry-After and the message {@code busyCode}). Callers take their turn before they
 * open a transaction or write a byte of the answer, so waiting holds no database connection and a refusal is a clean
 * error page.
 */
public final class AtOnce {

    /** Work that writes an answer and may fail to. */
    @FunctionalInterface
    public interface Writing {
        void write() throws IOException;
    }

    private final Semaphore turns;
    private final Duration wait;
    private final String busyCode;

    public AtOnce(int atOnce, Duration wait, String busyCode) {
        this.turns = new Semaphore(Math.max(1, atOnce), true);
        this.wait = wait;
        this.busyCode = busyCode;
    }

    public <T> T run(Supplier<T> work) {
        take();
        try {
            return work.get();
        } finally {
            turns.release();
        }
    }

    public void write(Writing work) throws IOException {
        take();
        try {
            work.write();
        } finally {
            turns.release();
        }
    }

    private void take() {
        boolean taken;
        try {
            taken = turns.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            taken = false;
        }
        if (!taken) {
            throw new BusyException(busyCode);
        }
    }
}
