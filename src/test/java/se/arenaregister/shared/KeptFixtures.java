package se.arenaregister.shared;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link UntilRegisterChanges} over a database of a test's choosing (one that does not answer, say), for unit tests. */
public final class KeptFixtures {

    private KeptFixtures() {
    }

    public static UntilRegisterChanges over(JdbcClient jdbc, ObjectProvider<io.micrometer.core.instrument.MeterRegistry> meters) {
        return new UntilRegisterChanges(jdbc, meters);
    }
}
