package se.arenaregister.arena.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.shared.UntilRegisterChanges;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.StatementCounter;

/**
 * A signed-in user's register is drawn for each request, but its rows are read once until the register changes: the
 * second request runs none of the register's statements, and an arena added in between is on the next page at once.
 */
@IntegrationTest
class RegisterPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    StatementCounter statements;
    @Autowired
    UntilRegisterChanges kept;

    String name;

    @AfterEach
    void removeTheArena() {
        jdbc.sql("DELETE FROM arena WHERE name = :name").param("name", name).update();
    }

    @Test
    void theRowsAreReadOnceAndAChangeIsOnTheNextPage() throws Exception {
        long area = jdbc.sql("SELECT id FROM area WHERE parent_id IS NULL ORDER BY sort_order, id LIMIT 1").query(Long.class).single();
        String path = "/arenas?area=" + area;
        name = "Registersidans arena " + UUID.randomUUID().toString().substring(0, 8);

        kept.forgetAll();
        statements.reset();
        String first = page(path);
        int drawn = statements.count();
        statements.reset();
        String second = page(path);
        int again = statements.count();

        assertThat(first).doesNotContain(name);
        assertThat(second).doesNotContain(name);
        // The register's two (its groups' counts and its rows) are not run again; one checks that nothing changed
        // instead of the first request's one that took the register's snapshot.
        assertThat(again).as("statements of the second request, against %d of the first", drawn).isEqualTo(drawn - 2);

        jdbc.sql("INSERT INTO arena (name, area_id, scope, status, purpose) VALUES (:name, :area, 'REGIONAL', 'ACTIVE', 'Syfte')")
                .param("name", name).param("area", area).update();

        assertThat(page(path)).as("the register after an arena was added").contains(name);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user("samordnare").roles("COORDINATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
