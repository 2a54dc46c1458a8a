package se.arenaregister.person;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.arena.TimeCost;
import se.arenaregister.security.UserNames;

/**
 * Read queries about people and appointments. Hours per year per participant are computed in SQL
 * the same way everywhere: meetings per year × hours per meeting × preparation factor. Also which person a user
 * account belongs to ({@link #personOfAccount}), for "Min sida", the dashboard's "mine" and rules about one's own
 * entries.
 */
@Component
@Transactional(readOnly = true)
public class PersonQueries {

    private final JdbcClient jdbc;
    private final UserNames accounts;

    PersonQueries(JdbcClient jdbc, UserNames accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The person linked to the account of {@code username} (whatever its case), if the account is linked to one. */
    public Optional<Long> personOfAccount(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return accounts.account(username).flatMap(account -> jdbc.sql("SELECT id FROM person WHERE account_id = :account")
                .param("account", account.id()).query(Long.class).optional());
    }

    /** The user name of the account linked to the person, if any. */
    public Optional<String> accountOfPerson(long personId) {
        return jdbc.sql("SELECT account_id FROM person WHERE id = :id AND account_id IS NOT NULL").param("id", personId)
                .query(Long.class).optional().flatMap(accounts::account).map(UserNames.Account::username);
    }

    /** A person linked to an account: who holds which account. */
    public record AccountLink(long accountId, long personId, String personName) {
    }

    /** Every link between an account and a person, by the person's name. */
    public List<AccountLink> accountLinks() {
        return jdbc.sql("SELECT account_id, id, name FROM person WHERE account_id IS NOT NULL ORDER BY lower(name)")
                .query((rs, n) -> new AccountLink(rs.getLong("account_id"), rs.getLong("id"), rs.getString("name"))).list();
    }

    public record PersonRow(long id, String name, PersonKind kind, String party, String title, String areaName, String email,
                            String phone, boolean example, boolean erased, List<String> committees, int activeAppointments,
                            BigDecimal hoursPerYear, long version) {
    }

    public record AppointmentRow(long id, long personId, String personName, boolean elected, String party, long arenaId,
                                 String arenaName, Role role, LocalDate startDate, LocalDate endDate, Long decisionId,
                                 String decisionReference, Long termId, String termName, String note, BigDecimal hoursPerYear,
                                 boolean archivedArena, long version) {

        public boolean activeOn(LocalDate date) {
            return !date.isBefore(startDate) && (endDate == null || !date.isAfter(endDate));
        }
    }

    private static final String PEOPLE = """
            SELECT p.id, p.name, p.kind, p.party, p.title, ar.name AS area_name, p.email, p.phone, p.example, p.erased, p.version,
                   (SELECT array_agg(c.short_name ORDER BY c.short_name) FROM person_committee pc JOIN committee_overview c ON c.id = pc.committee_id
                     WHERE pc.person_id = p.id) AS committees,
                   (SELECT count(*) FROM appointment x JOIN arena_overview a ON a.id = x.arena_id
                     WHERE x.person_id = p.id AND NOT a.archived AND x.start_date <= :date AND (x.end_date IS NULL OR x.end_date >= :date)) AS active,
                   (SELECT coalesce(sum(%s), 0) FROM appointment x JOIN arena_overview a ON a.id = x.arena_id
                     WHERE x.person_id = p.id AND NOT a.archived AND x.start_date <= :date AND (x.end_date IS NULL OR x.end_date >= :date)) AS hours
            FROM person p LEFT JOIN area_overview ar ON ar.id = p.area_id
            """.formatted(TimeCost.HOURS_PER_PARTICIPANT);

    /** Everyone (or, for the public, elected representatives only), by name. */
    public List<PersonRow> people(LocalDate date, boolean internal) {
        return jdbc.sql(PEOPLE + (internal ? "" : " WHERE p.kind = 'ELECTED'") + " ORDER BY p.erased, lower(p.name)")
                .param("date", date).query(PersonQueries::person).list();
    }

    public Optional<PersonRow> person(long id, LocalDate date) {
        return jdbc.sql(PEOPLE + " WHERE p.id = :id").param("id", id).param("date", date).query(PersonQueries::person).optional();
    }

    private static final String APPOINTMENTS = """
            SELECT x.id, x.person_id, p.name AS person_name, p.kind, p.party, x.arena_id, a.name AS arena_name, x.role,
                   x.start_date, x.end_date, x.decision_id, d.reference, x.term_id, t.name AS term_name, x.note, x.version,
                   a.archived, %s AS hours
            FROM appointment x
            JOIN person p ON p.id = x.person_id
            JOIN arena_overview a ON a.id = x.arena_id
            LEFT JOIN decision_overview d ON d.id = x.decision_id
            LEFT JOIN term_overview t ON t.id = x.term_id
            """.formatted(TimeCost.HOURS_PER_PARTICIPANT);

    public List<AppointmentRow> appointmentsOfPerson(long personId) {
        return jdbc.sql(APPOINTMENTS + " WHERE x.person_id = :id ORDER BY x.end_date DESC NULLS FIRST, x.start_date DESC, lower(a.name)")
                .param("id", personId).query(PersonQueries::appointment).list();
    }

    public List<AppointmentRow> appointmentsOfArena(long arenaId) {
        return jdbc.sql(APPOINTMENTS + " WHERE x.arena_id = :id ORDER BY x.role, x.start_date DESC, lower(p.name)")
                .param("id", arenaId).query(PersonQueries::appointment).list();
    }

    public List<AppointmentRow> appointmentsByDecision(long decisionId) {
        return jdbc.sql(APPOINTMENTS + " WHERE x.decision_id = :id ORDER BY lower(a.name), lower(p.name)")
                .param("id", decisionId).query(PersonQueries::appointment).list();
    }

    public List<AppointmentRow> appointmentsByIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(APPOINTMENTS + " WHERE x.id IN (:ids) ORDER BY lower(a.name), x.role, lower(p.name)")
                .param("ids", ids).query(PersonQueries::appointment).list();
    }

    public Optional<AppointmentRow> appointment(long id) {
        return jdbc.sql(APPOINTMENTS + " WHERE x.id = :id").param("id", id).query(PersonQueries::appointment).optional();
    }

    /**
     * Who sits where on a date, for the register's exports and imports: one row per appointment active on {@code date} in
     * a live arena, erased people left out; per arena by role (in {@link Role}'s order), then name. {@code title} is an
     * official's role as the public may read it. One statement for the whole register.
     */
    public record Seated(long arenaId, long personId, String name, boolean elected, String party, String title, Role role) {
    }

    public List<Seated> seatedOn(LocalDate date) {
        return jdbc.sql("""
                        SELECT x.arena_id, p.id, p.name, p.kind, p.party, p.title, x.role
                        FROM appointment x
                        JOIN person p ON p.id = x.person_id
                        JOIN arena_overview a ON a.id = x.arena_id
                        WHERE NOT p.erased AND NOT a.archived AND x.start_date <= :date AND (x.end_date IS NULL OR x.end_date >= :date)""")
                .param("date", date)
                .query((rs, n) -> new Seated(rs.getLong("arena_id"), rs.getLong("id"), rs.getString("name"),
                        "ELECTED".equals(rs.getString("kind")), rs.getString("party"), rs.getString("title"), Role.valueOf(rs.getString("role"))))
                .list().stream()
                .sorted(java.util.Comparator.comparingLong(Seated::arenaId).thenComparing(Seated::role)
                        .thenComparing(s -> s.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();
    }

    private static PersonRow person(ResultSet rs, int n) throws SQLException {
        return new PersonRow(rs.getLong("id"), rs.getString("name"), PersonKind.valueOf(rs.getString("kind")), rs.getString("party"),
                rs.getString("title"), rs.getString("area_name"), rs.getString("email"), rs.getString("phone"),
                rs.getBoolean("example"), rs.getBoolean("erased"), strings(rs.getArray("committees")), rs.getInt("active"),
                rs.getBigDecimal("hours"), rs.getLong("version"));
    }

    private static AppointmentRow appointment(ResultSet rs, int n) throws SQLException {
        long decision = rs.getLong("decision_id");
        Long decisionId = rs.wasNull() ? null : decision;
        long term = rs.getLong("term_id");
        Long termId = rs.wasNull() ? null : term;
        return new AppointmentRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("person_name"),
                "ELECTED".equals(rs.getString("kind")), rs.getString("party"), rs.getLong("arena_id"), rs.getString("arena_name"),
                Role.valueOf(rs.getString("role")), rs.getObject("start_date", LocalDate.class), rs.getObject("end_date", LocalDate.class),
                decisionId, rs.getString("reference"), termId, rs.getString("term_name"), rs.getString("note"), rs.getBigDecimal("hours"),
                rs.getBoolean("archived"), rs.getLong("version"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
