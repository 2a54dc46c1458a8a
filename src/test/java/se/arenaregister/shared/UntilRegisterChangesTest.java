package se.arenaregister.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.arenaregister.support.IntegrationTest;

/**
 * A kept result holds until a change to the register commits, whoever makes it and however (a service, SQL, a
 * transaction under way while the result was computed); a change rolled back or to a table the register's figures do not
 * read keeps it; a transaction that has changed something itself neither reads nor keeps results.
 */
@IntegrationTest
class UntilRegisterChangesTest {

    private static final String TOPIC = "Hålls tills registret ändras";

    @Autowired
    UntilRegisterChanges changes;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    PlatformTransactionManager transactions;

    final AtomicInteger computed = new AtomicInteger();
    UntilRegisterChanges.Kept<String, Integer> kept;

    @BeforeEach
    void keepTheCountOfTheTestsTopics() {
        kept = changes.keep("test.topics", 4);
        removeTheTopics();
    }

    @AfterEach
    void removeTheTopics() {
        jdbc.sql("DELETE FROM topic WHERE name LIKE :n").param("n", TOPIC + "%").update();
    }

    /** The number of the test's topics, counted in PostgreSQL; {@link #computed} says how often it was. */
    int topics() {
        return kept.get("topics", k -> {
            computed.incrementAndGet();
            return jdbc.sql("SELECT count(*) FROM topic WHERE name LIKE :n").param("n", TOPIC + "%").query(Integer.class).single();
        });
    }

    void addTopic(String suffix) {
        jdbc.sql("INSERT INTO topic (name) VALUES (:n)").param("n", TOPIC + " " + suffix).update();
    }

    @Test
    void aResultIsKeptUntilAChangeCommits() {
        assertThat(topics()).isZero();
        assertThat(topics()).isZero();
        assertThat(computed).as("computed once, then kept").hasValue(1);

        addTopic("1");
        assertThat(topics()).isEqualTo(1);
        assertThat(computed).hasValue(2);
        assertThat(topics()).isEqualTo(1);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aChangeUnderWayWhileTheResultWasComputedMakesItStaleWhenItCommits() throws Exception {
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.executeUpdate("INSERT INTO topic (name) VALUES ('" + TOPIC + " under way')");
            }
            assertThat(topics()).as("computed while the change is under way: not seen").isZero();
            assertThat(topics()).isZero();
            assertThat(computed).hasValue(1);
            other.commit();
        }
        assertThat(topics()).as("the change committed after the snapshot").isEqualTo(1);
        assertThat(computed).hasValue(2);
    }

    @Test
    void aChangeRolledBackOrOutsideTheRegisterKeepsTheResult() throws Exception {
        assertThat(topics()).isZero();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                statement.executeUpdate("INSERT INTO topic (name) VALUES ('" + TOPIC + " rolled back')");
            }
            other.rollback();
        }
        jdbc.sql("INSERT INTO form_submission (token, username) VALUES (gen_random_uuid(), 'until-register-changes-test')").update();
        jdbc.sql("DELETE FROM form_submission WHERE username = 'until-register-changes-test'").update();
        assertThat(topics()).isZero();
        assertThat(computed).hasValue(1);
    }

    @Test
    void aTransactionThatChangedSomethingNeitherReadsNorKeepsResults() {
        assertThat(topics()).isZero();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            addTopic("not committed");
            assertThat(topics()).as("its own change, computed for it alone").isEqualTo(1);
            status.setRollbackOnly();
        });
        assertThat(topics()).as("what it saw was not kept").isZero();
        assertThat(computed).as("kept before, computed once inside").hasValue(2);
    }

    @Test
    void forgetAllMakesTheNextRequestCompute() {
        topics();
        changes.forgetAll();
        topics();
        assertThat(computed).hasValue(2);
    }
}
