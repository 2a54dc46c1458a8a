package se.arenaregister.backup.internal;

import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every table of a database as text, for comparing two databases row by row: all columns (generated ones too),
 * rows ordered by all columns, in COPY text under UTC. Its table list comes from information_schema, not from the
 * backup's own catalog queries, so that a table those queries missed would show up as a difference.
 */
final class TableContents {

    private TableContents() {
    }

    static List<String> tables(DataSource dataSource) {
        return JdbcClient.create(dataSource).sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> 'flyway_schema_history'
                          AND coalesce(obj_description(quote_ident(table_name)::regclass, 'pg_class'), '') NOT LIKE 'transient:%'
                        ORDER BY table_name""")
                .query(String.class).list();
    }

    static Map<String, String> of(DataSource dataSource) throws SQLException {
        Map<String, String> contents = new LinkedHashMap<>();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET TimeZone = 'UTC'");
                statement.execute("SET DateStyle = 'ISO, YMD'");
            }
            for (String table : tables(dataSource)) {
                int columns = jdbc.sql("SELECT count(*) FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = :t")
                        .param("t", table).query(Integer.class).single();
                String orderBy = IntStream.rangeClosed(1, columns).mapToObj(String::valueOf).collect(Collectors.joining(", "));
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    connection.unwrap(PGConnection.class).getCopyAPI()
                            .copyOut("COPY (SELECT * FROM \"" + table + "\" ORDER BY " + orderBy + ") TO STDOUT", out);
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                contents.put(table, out.toString(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return contents;
    }
}
