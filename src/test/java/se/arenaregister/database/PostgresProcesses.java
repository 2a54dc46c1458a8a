package se.arenaregister.database;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Kills an embedded PostgreSQL the hard way, as the kernel's OOM killer or {@code kill -9} would. */
final class PostgresProcesses {

    private PostgresProcesses() {
    }

    /** SIGKILLs the postmaster of this data directory and all its processes, and waits until they are gone. */
    static long killServer(Path dataDirectory) throws IOException {
        long pid = EmbeddedPostgresServer.readPostmasterPid(dataDirectory.toAbsolutePath())
                .orElseThrow(() -> new AssertionError("No postmaster.pid in " + dataDirectory));
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("No process " + pid));
        // Taken before the kill: once the postmaster is gone its children are no longer its descendants.
        List<ProcessHandle> all = new ArrayList<>(postmaster.descendants().toList());
        all.add(0, postmaster);
        all.forEach(ProcessHandle::destroyForcibly);
        await().atMost(Duration.ofSeconds(10)).until(() -> all.stream().noneMatch(ProcessHandle::isAlive));
        return pid;
    }
}
