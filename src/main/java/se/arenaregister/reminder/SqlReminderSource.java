package se.arenaregister.reminder;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A source that is one named query. The query takes {@code :from} and {@code :until} (dates) and returns the columns
 * {@code subject_id}, {@code person_id}, {@code due_on} and {@code what}, one row per reminder, over published views
 * only (e.g. {@code agreement_overview} for agreement ends).
 */
public abstract class SqlReminderSource implements ReminderSource {

    private final JdbcClient jdbc;
    private final ReminderKind kind;
    private final String sql;

    protected SqlReminderSource(JdbcClient jdbc, ReminderKind kind, String sql) {
        this.jdbc = jdbc;
        this.kind = kind;
        this.sql = sql;
    }

    @Override
    public ReminderKind kind() {
        return kind;
    }

    @Override
    public List<DueReminder> dueBetween(LocalDate from, LocalDate until) {
        return jdbc.sql(sql).param("from", from).param("until", until)
                .query((rs, n) -> new DueReminder(kind, rs.getLong("subject_id"), rs.getLong("person_id"),
                        rs.getObject("due_on", LocalDate.class), rs.getString("what")))
                .list();
    }
}
