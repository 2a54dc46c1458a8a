package se.arenaregister.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.data.jdbc.test.autoconfigure.DataJdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import se.arenaregister.database.EmbeddedDatabaseSlice;

/**
 * A query class against the real schema, without the application: the embedded PostgreSQL with every Flyway migration,
 * JdbcClient, Spring Data JDBC and the message bundles, and no web, no security and no demo data, so each test writes the rows it reads.
 * Every test runs in a transaction that is rolled back. Import the query class under test (and what it needs) with
 * {@code @Import}. All query slices share one database server per test JVM (apart from the application's); each
 * distinct set of imports is a context of its own on it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@DataJdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({EmbeddedDatabaseSlice.class, QuerySliceBeans.class})
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
@ActiveProfiles("test")
@TestPropertySource(properties = "arenaregister.embedded-db.data-directory=target/test-postgres-queries-${test.fork:fork1}")
public @interface QuerySlice {
}
