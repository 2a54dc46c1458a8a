package se.arenaregister.reminder.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.arenaregister.reminder.ReminderKind;
import se.arenaregister.security.UserNames;

/**
 * Who can be mailed, and how: a person's own address ({@code person_contact_overview}), else the address of the
 * account linked to them (asked of the security module), with their language and opt-outs. Two statements and one
 * call, whatever the number of people.
 */
@Component
@Transactional(readOnly = true)
public class Recipients {

    /** A person with an address; {@code optedOut} and {@code language} are the defaults until they choose. */
    public record Recipient(long personId, String name, String address, String language, Set<ReminderKind> optedOut) {

        public boolean wants(ReminderKind kind) {
            return !optedOut.contains(kind);
        }
    }

    private final JdbcClient jdbc;
    private final UserNames accounts;

    Recipients(JdbcClient jdbc, UserNames accounts) {
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The people among {@code personIds} who have an address, by id. */
    public Map<Long, Recipient> of(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        record Row(long id, String name, String email, Long accountId, String language, Set<ReminderKind> optedOut) {
        }
        var rows = jdbc.sql("""
                        SELECT c.id, p.name, c.email, c.account_id, coalesce(rp.language, 'sv') AS language, rp.opted_out
                        FROM person_contact_overview c
                        JOIN person_overview p ON p.id = c.id
                        LEFT JOIN reminder_preference rp ON rp.person_id = c.id
                        WHERE c.id = ANY(:ids)""")
                .param("ids", new HashSet<>(personIds).toArray(Long[]::new))
                .query((rs, n) -> {
                    long account = rs.getLong("account_id");
                    Long accountId = rs.wasNull() ? null : account;
                    return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("email"), accountId,
                            rs.getString("language"), Preferences.optedOut(rs.getArray("opted_out")));
                })
                .list();
        Set<Long> needAccount = new HashSet<>();
        rows.stream().filter(r -> blank(r.email()) && r.accountId() != null).forEach(r -> needAccount.add(r.accountId()));
        Map<Long, String> accountEmails = accounts.emailsOf(needAccount);
        Map<Long, Recipient> recipients = new HashMap<>();
        for (Row row : rows) {
            String address = !blank(row.email()) ? row.email().strip()
                    : row.accountId() == null ? null : accountEmails.get(row.accountId());
            if (!blank(address)) {
                recipients.put(row.id(), new Recipient(row.id(), row.name(), address, row.language(), row.optedOut()));
            }
        }
        return recipients;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
