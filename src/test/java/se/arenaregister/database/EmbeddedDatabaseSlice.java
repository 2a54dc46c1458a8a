package se.arenaregister.database;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The embedded PostgreSQL of the application, for test slices that have no application (see {@code QuerySlice}). */
@TestConfiguration(proxyBeanMethods = false)
@Import(EmbeddedPostgresConfiguration.class)
public class EmbeddedDatabaseSlice {
}
