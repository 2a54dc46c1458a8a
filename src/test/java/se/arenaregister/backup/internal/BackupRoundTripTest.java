package se.arenaregister.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import se.arenaregister.audit.Audited;
import se.arenaregister.catalog.CatalogService;
import se.arenaregister.catalog.internal.AreaRepository;
import se.arenaregister.support.IntegrationTest;
import se.arenaregister.support.PeopleFixtures;
import se.arenaregister.support.Register;

/**
 * The demo data and some awkward rows of our own, backed up through the real download and restored into a fresh
 * installation: every table the same row by row, every identity continuing after the restored rows.
 */
@IntegrationTest
class BackupRoundTripTest {

    /** Tabs, newlines, backslashes, quotes, COPY's own markers, Swedish letters and emoji. */
    static final String AWKWARD = "tab\there\nnew line\r\nback\\slash \\N \\. \"double\" 'single' åäöÅÄÖ é ß 😀🧪 end";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    CatalogService catalog;
    @Autowired
    AreaRepository areas;

    @Test
    void aBackupRestoredIntoAFreshInstallationHoldsExactlyTheSameData(@TempDir Path dir) throws Exception {
        addAwkwardRows();
        long document = addDocument();
        long started = System.nanoTime();
        Path backup = download(dir);
        long downloadMillis = (System.nanoTime() - started) / 1_000_000;
        Map<String, String> source = TableContents.of(dataSource);

        try (FreshDatabase fresh = new FreshDatabase(dataSource)) {
            List<Object> events = new ArrayList<>();
            var outcome = fresh.restores(events::add).restore(backup);
            System.out.printf("Backup of the demo data: %d bytes in %d ms; restore: %d rows in %d ms%n",
                    Files.size(backup), downloadMillis, outcome.rows(), outcome.took().toMillis());

            Map<String, String> restored = TableContents.of(fresh.dataSource());
            assertThat(restored.keySet()).containsExactlyElementsOf(source.keySet());
            source.forEach((table, rows) -> assertThat(restored.get(table)).as("table %s", table).isEqualTo(rows));
            assertThat(source.get("arena")).contains("😀🧪");
            assertThat(source.get("app_user")).as("accounts with their password hashes").contains(jdbc.sql(
                    "SELECT password_hash FROM app_user WHERE username = :u").param("u", IntegrationTest.ADMIN).query(String.class).single());
            assertThat(outcome.rows()).isEqualTo(source.values().stream().mapToLong(BackupRoundTripTest::lines).sum());
            assertThat(events).singleElement().isInstanceOfSatisfying(Audited.class,
                    event -> assertThat(event.action()).isEqualTo(Audited.Action.RESTORED));

            everyIdentityContinuesAfterTheRestoredRows(fresh.jdbc());
            String sql = "SELECT d.sha256, c.content FROM document d JOIN document_content c ON c.document_id = d.id WHERE d.id = :id";
            var stored = jdbc.sql(sql).param("id", document).query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2))).single();
            var back = fresh.jdbc().sql(sql).param("id", document).query((rs, n) -> Map.entry(rs.getString(1), rs.getBytes(2))).single();
            assertThat(back.getValue()).as("a document's bytes survive backup and restore").isEqualTo(DOCUMENT_BYTES);
            assertThat(back.getKey()).isEqualTo(stored.getKey()).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(back.getValue())));
        }
    }

    /** Every byte value, NUL and 0xFF included, so that no text encoding of bytea gets away with it. */
    static final byte[] DOCUMENT_BYTES = documentBytes();

    private static byte[] documentBytes() {
        byte[] bytes = new byte[1024];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        return bytes;
    }

    /** A document of an arena, with bytes that are no text. */
    long addDocument() throws Exception {
        long arena = jdbc.sql("SELECT min(id) FROM arena").query(Long.class).single();
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(DOCUMENT_BYTES));
        long id = jdbc.sql("""
                        INSERT INTO document (owner_kind, owner_id, title, kind, file_name, content_type, size_bytes, sha256, uploaded_by, public)
                        VALUES ('ARENA', :arena, 'Rundtur åäö', 'OTHER', 'rundtur åäö.bin', 'application/octet-stream', :size, :sha, 'rundtur', TRUE)
                        RETURNING id""")
                .param("arena", arena).param("size", DOCUMENT_BYTES.length).param("sha", sha).query(Long.class).single();
        jdbc.sql("INSERT INTO document_content (document_id, content) VALUES (:id, :content)").param("id", id).param("content", DOCUMENT_BYTES)
                .update();
        return id;
    }

    @Test
    void theManifestDescribesEveryTableButFlywaysHistory(@TempDir Path dir) throws Exception {
        Path backup = download(dir);
        try (ZipFile zip = new ZipFile(backup.toFile()); InputStream in = zip.getInputStream(zip.getEntry(BackupManifest.ENTRY))) {
            BackupManifest manifest = BackupManifest.read(in);
            assertThat(manifest.schemaVersion()).isEqualTo(jdbc.sql(
                    "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1").query(String.class).single());
            assertThat(manifest.organisation().name()).isEqualTo("Region Jämtland Härjedalen");
            assertThat(manifest.takenBy()).isEqualTo(IntegrationTest.ADMIN);
            assertThat(manifest.tables()).extracting(BackupManifest.Table::name)
                    .containsExactlyInAnyOrderElementsOf(TableContents.tables(dataSource))
                    .doesNotContain("flyway_schema_history", "form_submission");
            var arena = manifest.tables().stream().filter(t -> t.name().equals("arena")).findFirst().orElseThrow();
            assertThat(arena.columns()).contains("id", "name", "purpose").doesNotContain("search");
            assertThat(arena.rows()).isEqualTo(jdbc.sql("SELECT count(*) FROM arena").query(Long.class).single());
            assertThat(zip.getEntry(arena.entry())).isNotNull();
            // Referenced tables come before the tables that refer to them.
            List<String> order = manifest.tables().stream().map(BackupManifest.Table::name).toList();
            assertThat(order.indexOf("area")).isLessThan(order.indexOf("arena"));
            assertThat(order.indexOf("arena")).isLessThan(order.indexOf("appointment"));
            assertThat(order.indexOf("person")).isLessThan(order.indexOf("appointment"));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE entity_type = 'backup' AND action = 'EXPORTED' AND actor = :a")
                .param("a", IntegrationTest.ADMIN).query(Long.class).single()).as("the download is audited").isPositive();
    }

    Path download(Path dir) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/backup/download"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (IntegrationTest.ADMIN + ":" + IntegrationTest.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpResponse<Path> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofFile(dir.resolve("backup.zip")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/zip");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains(".zip");
        return response.body();
    }

    /**
     * An arena with awkward text, numbers, old timestamps and nulls; two reviews of which the earlier refers to the
     * later (a self-reference pointing forward); an audit entry with awkward JSON.
     */
    void addAwkwardRows() {
        long subArea = Register.testSubArea(catalog, areas);
        long area = jdbc.sql("SELECT parent_id FROM area WHERE id = :id").param("id", subArea).query(Long.class).single();
        long arena = jdbc.sql("""
                        INSERT INTO arena (name, short_name, area_id, sub_area_id, scope, status, purpose, other_info, start_date,
                                           hours_per_meeting, preparation_factor, meetings_per_year, created_at, updated_at)
                        VALUES (:name, NULL, :area, :subArea, 'REGIONAL', 'ACTIVE', :text, NULL, DATE '1901-01-01',
                                2.25, 1.33, 7, TIMESTAMPTZ '1999-12-31 23:59:59.123456+00', TIMESTAMPTZ '2038-01-19 03:14:08.000001+00')
                        RETURNING id""")
                .param("name", PeopleFixtures.unique("Rundtur 😀")).param("area", area).param("subArea", subArea).param("text", AWKWARD)
                .query(Long.class).single();
        long earlier = jdbc.sql("INSERT INTO review (arena_id, due_on, reason) VALUES (:a, DATE '2030-01-01', :r) RETURNING id")
                .param("a", arena).param("r", AWKWARD).query(Long.class).single();
        long later = jdbc.sql("INSERT INTO review (arena_id, due_on, reason, responsible) VALUES (:a, DATE '2031-01-01', 'Nästa', NULL) RETURNING id")
                .param("a", arena).query(Long.class).single();
        jdbc.sql("UPDATE review SET previous_id = :later WHERE id = :earlier").param("later", later).param("earlier", earlier).update();
        jdbc.sql("""
                        INSERT INTO audit_entry (actor, entity_type, entity_id, action, changes)
                        VALUES ('rundtur', 'arena', :id, 'UPDATED', CAST(:changes AS jsonb))""")
                .param("id", arena)
                .param("changes", "[{\"field\": \"purpose\", \"before\": null, \"after\": \"" + AWKWARD.replace("\\", "\\\\")
                        .replace("\"", "\\\"").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r") + "\"}]")
                .update();
    }

    static void everyIdentityContinuesAfterTheRestoredRows(JdbcClient restored) {
        var identities = restored.sql("""
                        SELECT table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) AS sequence
                        FROM information_schema.columns
                        WHERE table_schema = current_schema() AND is_identity = 'YES'""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).list();
        assertThat(identities).hasSizeGreaterThan(10);
        for (String[] identity : identities) {
            long max = restored.sql("SELECT coalesce(max(\"" + identity[1] + "\"), 0) FROM \"" + identity[0] + "\"").query(Long.class).single();
            long next = restored.sql("SELECT nextval(:s)").param("s", identity[2]).query(Long.class).single();
            assertThat(next).as("next %s.%s", identity[0], identity[1]).isEqualTo(max + 1);
        }
    }

    private static long lines(String copyText) {
        return copyText.chars().filter(c -> c == '\n').count();
    }
}
