package se.arenaregister.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.support.MigratedDatabase;
import se.arenaregister.support.QuerySlice;

/**
 * A first start on an empty database: Flyway runs every migration and the schema is at the newest version, with what
 * the register needs of the server: Swedish sort order (ICU's {@code sv-x-icu}), full-text search in Swedish, pg_trgm
 * for typos and btree_gist for exclusion constraints. Runs against the embedded server and, in {@code .ci/run}, against
 * Debian's PostgreSQL ({@code -Pexternal-postgres}).
 */
@QuerySlice
@Tag("external-postgres")
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class SchemaFromEmptyTest {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

    @Autowired
    DataSource server;

    @Test
    void flywayMigratesAnEmptyDatabaseToTheNewestVersion() throws IOException {
        try (MigratedDatabase database = MigratedDatabase.fromEmpty(server)) {
            assertThat(database.schemaVersion()).isEqualTo(String.valueOf(newestMigration()));
            JdbcClient jdbc = database.jdbc();
            assertThat(jdbc.sql("SELECT count(*) FROM flyway_schema_history WHERE NOT success").query(Long.class).single())
                    .isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM arena").query(Long.class).single()).as("empty, no demo data").isZero();
            assertThat(jdbc.sql("SELECT extname FROM pg_extension").query(String.class).list())
                    .contains("pg_trgm", "btree_gist");
        }
    }

    @Test
    void theServerSortsInSwedishSearchesInSwedishAndToleratesTypos() {
        try (MigratedDatabase database = MigratedDatabase.fromEmpty(server)) {
            JdbcClient jdbc = database.jdbc();
            assertThat(jdbc.sql("""
                    SELECT n FROM (VALUES ('Ödeshög'), ('Älvdalen'), ('Åre'), ('Zinkgruvan'), ('Arvika')) v(n)
                    ORDER BY n COLLATE "sv-x-icu\"""").query(String.class).list())
                    .containsExactly("Arvika", "Zinkgruvan", "Åre", "Älvdalen", "Ödeshög");
            assertThat(jdbc.sql("SELECT to_tsvector('swedish', 'Samverkan kring arenorna') @@ plainto_tsquery('swedish', 'arena')")
                    .query(Boolean.class).single()).as("Swedish stemming").isTrue();
            assertThat(jdbc.sql("SELECT similarity('bottniska', 'botniska') > 0.5").query(Boolean.class).single())
                    .as("pg_trgm").isTrue();
        }
    }

    @Test
    void anExclusionConstraintRefusesOverlappingPeriods() {
        try (MigratedDatabase database = MigratedDatabase.fromEmpty(server)) {
            JdbcClient jdbc = database.jdbc();
            jdbc.sql("INSERT INTO term (name, start_date, end_date) VALUES ('2019–2022', DATE '2019-01-01', DATE '2022-12-31')")
                    .update();
            assertThatThrownBy(() -> jdbc.sql(
                    "INSERT INTO term (name, start_date, end_date) VALUES ('2022–2026', DATE '2022-12-31', DATE '2026-12-31')").update())
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .rootCause().isInstanceOfSatisfying(SQLException.class,
                            e -> assertThat(e.getSQLState()).as("exclusion_violation").isEqualTo("23P01"));
            jdbc.sql("INSERT INTO term (name, start_date, end_date) VALUES ('2023–2026', DATE '2023-01-01', DATE '2026-12-31')")
                    .update();
            assertThat(jdbc.sql("SELECT count(*) FROM term").query(Long.class).single()).isEqualTo(2);
        }
    }

    private static int newestMigration() throws IOException {
        Resource[] migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*__*.sql");
        List<Integer> versions = Arrays.stream(migrations).map(Resource::getFilename).map(VERSION::matcher)
                .filter(Matcher::matches).map(m -> Integer.parseInt(m.group(1))).toList();
        assertThat(versions).as("migrations on the class path").isNotEmpty();
        return versions.stream().max(Comparator.naturalOrder()).orElseThrow();
    }
}
