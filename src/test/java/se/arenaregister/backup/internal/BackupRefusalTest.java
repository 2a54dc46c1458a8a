package se.arenaregister.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import se.arenaregister.support.IntegrationTest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every way a restore is refused: a message next to the upload field (never a 500), and nothing changed, not even
 * half-way; and that only administrators may download or restore.
 */
@IntegrationTest
class BackupRefusalTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource postgres;

    byte[] backup() throws Exception {
        return mvc.perform(get("/admin/backup/download").with(user(IntegrationTest.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    ResultActions upload(byte[] file) throws Exception {
        return mvc.perform(multipart("/admin/backup/restore").file(new MockMultipartFile("file", "backup.zip", "application/zip", file))
                .with(user(IntegrationTest.ADMIN).roles("ADMIN")).with(csrf()));
    }

    long rows(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void theInstallationWithRegisterDataRefusesAValidBackupAndKeepsEverything() throws Exception {
        byte[] backup = backup();
        long arenas = rows("arena");
        long accounts = rows("app_user");
        long audit = rows("audit_entry");
        upload(backup).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Installationen är inte tom")))
                .andExpect(content().string(containsString("id=\"file-error\"")))
                .andExpect(content().string(containsString("Ingenting har ändrats.")));
        assertThat(List.of(rows("arena"), rows("app_user"), rows("audit_entry"))).containsExactly(arenas, accounts, audit);
    }

    @Test
    void aFileThatIsNoZipIsRefused() throws Exception {
        upload("Namn;Typ\nEtt forum;Påverkan\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Filen är ingen ZIP-fil")));
    }

    @Test
    void aZipWithoutManifestIsRefused() throws Exception {
        byte[] withoutManifest = BackupFiles.rewrite(backup(), BackupManifest.ENTRY, content -> null);
        upload(withoutManifest).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("saknar innehållsförteckning")));
    }

    @Test
    void aBackupOfAnotherSchemaVersionIsRefused() throws Exception {
        byte[] older = BackupFiles.rewrite(backup(), BackupManifest.ENTRY, content -> {
            ObjectNode manifest = (ObjectNode) JSON.readTree(content);
            manifest.put("schemaVersion", "5");
            return JSON.writeValueAsBytes(manifest);
        });
        upload(older).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("schemaversion 5, men databasen har version")));
    }

    @Test
    void anUploadWithoutFileIsRefused() throws Exception {
        mvc.perform(multipart("/admin/backup/restore").with(user(IntegrationTest.ADMIN).roles("ADMIN")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Välj en säkerhetskopia")));
    }

    @Test
    void aChangedTableIsRefusedAndTheFreshInstallationStaysEmpty(@TempDir Path dir) throws Exception {
        byte[] backup = backup();
        // review is filled after area, arena and others: they are restored, then rolled back with the rest.
        byte[] changed = BackupFiles.rewrite(backup, "tables/review.copy", content -> {
            String text = new String(content, StandardCharsets.UTF_8);
            int at = text.indexOf('e');
            return (text.substring(0, at) + 'x' + text.substring(at + 1)).getBytes(StandardCharsets.UTF_8);
        });
        byte[] longer = BackupFiles.rewrite(backup, "tables/review.copy", content -> (new String(content, StandardCharsets.UTF_8)
                + "999999\t\\N\t\\N\t2030-01-01\tNONE\t\\N\tInsmugen\t\\N\t\\N\t\\N\t\\N\t0\n").getBytes(StandardCharsets.UTF_8));
        try (FreshDatabase fresh = new FreshDatabase(postgres)) {
            Restores restores = fresh.restores(event -> { });
            for (byte[] file : List.of(changed, longer)) {
                Path path = Files.write(dir.resolve("changed.zip"), file);
                assertThatThrownBy(() -> restores.restore(path)).isInstanceOfSatisfying(RestoreRefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("backup.refused.tampered");
                    assertThat(e.args()).containsExactly("review");
                });
                for (String table : TableContents.tables(fresh.dataSource())) {
                    assertThat(fresh.jdbc().sql("SELECT count(*) FROM \"" + table + "\"").query(Long.class).single())
                            .as("rows in %s after the refused restore", table).isZero();
                }
            }
            assertThat(restores.tablesWithRegisterData()).isEmpty();
            Path intact = Files.write(dir.resolve("intact.zip"), backup);
            assertThat(restores.restore(intact).rows()).as("the same backup unchanged is restored").isPositive();
            assertThat(restores.tablesWithRegisterData()).contains("arena", "person");
            assertThatThrownBy(() -> restores.restore(intact)).isInstanceOfSatisfying(RestoreRefusedException.class,
                    e -> assertThat(e.code()).isEqualTo("backup.refused.notEmpty"));
        }
    }

    @Test
    void anUploadOverTheServersLimitComesBackToThisPageWithItsMessage() throws Exception {
        byte[] body = new byte[23 * 1024 * 1024];
        mvc.perform(multipart("/admin/backup/restore").file(new MockMultipartFile("file", new byte[] {1}))
                        .with(user(IntegrationTest.ADMIN).roles("ADMIN")).with(csrf())
                        .with(request -> {
                            request.setContent(body);
                            return request;
                        }))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl("/admin/backup?refused=tooLarge"));
        mvc.perform(get("/admin/backup?refused=tooLarge").with(user(IntegrationTest.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Filen är för stor för en uppladdning (högst 21 MB)")));
    }

    @Test
    void theAdministratorsPageWarnsAboutPersonalData() throws Exception {
        mvc.perform(get("/admin/backup").with(user(IntegrationTest.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Filen innehåller personuppgifter och lösenordshashar.")))
                .andExpect(content().string(containsString("id=\"restore-not-empty\"")));
        mvc.perform(get("/admin/backup?lang=en").with(user(IntegrationTest.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The file holds personal data and password hashes.")));
    }

    @Test
    void anonymousUsersAreSentToTheLoginOrRefused() throws Exception {
        for (String path : List.of("/admin/backup", "/admin/backup/download")) {
            mvc.perform(get(path).accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection())
                    .andExpect(redirectedUrl("/login"));
            // A client that is no browser is asked for credentials (HTTP Basic) instead.
            mvc.perform(get(path)).andExpect(status().isUnauthorized());
        }
        mvc.perform(multipart("/admin/backup/restore").file(new MockMultipartFile("file", new byte[] {1})).with(csrf())
                        .accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void editorsMayNeitherDownloadNorRestore() throws Exception {
        long arenas = rows("arena");
        for (String path : List.of("/admin/backup", "/admin/backup/download")) {
            mvc.perform(get(path).with(user("redaktör").roles("COORDINATOR"))).andExpect(status().isForbidden());
        }
        mvc.perform(multipart("/admin/backup/restore").file(new MockMultipartFile("file", backup()))
                        .with(user("redaktör").roles("COORDINATOR")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/admin/backup/restore").file(new MockMultipartFile("file", new byte[] {1}))
                        .with(user(IntegrationTest.ADMIN).roles("ADMIN")))
                .andExpect(status().isForbidden());
        assertThat(rows("arena")).isEqualTo(arenas);
    }
}
