package se.arenaregister.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.arenaregister.support.IntegrationTest;

/** ARENAREGISTER_RESTORE_FROM: restores into an empty database, leaves one with data alone, stops on a bad file. */
@IntegrationTest
class RestoreAtStartupTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    DataSource postgres;

    @Test
    void restoresOnceIntoTheEmptyDatabaseAndThenLeavesItAlone(@TempDir Path dir) throws Exception {
        Path backup = Files.write(dir.resolve("backup.zip"), mvc.perform(get("/admin/backup/download")
                .with(user(IntegrationTest.ADMIN).roles("ADMIN"))).andReturn().getResponse().getContentAsByteArray());
        try (FreshDatabase fresh = new FreshDatabase(postgres)) {
            Restores restores = fresh.restores(event -> { });
            new RestoreAtStartup(restores, backup.toString()).run(null);
            long accounts = fresh.jdbc().sql("SELECT count(*) FROM app_user").query(Long.class).single();
            assertThat(accounts).isPositive();
            assertThat(restores.tablesWithRegisterData()).contains("arena");

            new RestoreAtStartup(restores, backup.toString()).run(null);
            assertThat(fresh.jdbc().sql("SELECT count(*) FROM app_user").query(Long.class).single()).isEqualTo(accounts);
        }
    }

    @Test
    void aFileThatCannotBeRestoredStopsTheStart(@TempDir Path dir) throws Exception {
        Path notABackup = Files.writeString(dir.resolve("notes.zip"), "inte en zip");
        try (FreshDatabase fresh = new FreshDatabase(postgres)) {
            Restores restores = fresh.restores(event -> { });
            assertThatThrownBy(() -> new RestoreAtStartup(restores, notABackup.toString()).run(null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("backup.refused.notZip");
            assertThatThrownBy(() -> new RestoreAtStartup(restores, dir.resolve("missing.zip").toString()).run(null))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no such file");
            new RestoreAtStartup(restores, "").run(null);
            assertThat(restores.tablesWithRegisterData()).isEmpty();
        }
    }
}
