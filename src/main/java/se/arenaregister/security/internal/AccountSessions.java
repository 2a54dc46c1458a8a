package se.arenaregister.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.stereotype.Component;
import se.arenaregister.audit.Audited;
import se.arenaregister.audit.EntityType;

/**
 * Ending sessions, on every node: the sessions are in PostgreSQL ({@code security_session}, Spring Session JDBC), found
 * by the user name they were signed in with (the principal name index, written at form and OpenID Connect sign-in
 * alike: both sign the user in under the account's user name).
 */
@Component
class AccountSessions {

    private static final Logger log = LoggerFactory.getLogger(AccountSessions.class);

    private final SessionRegistry registry;
    private final JdbcClient jdbc;

    AccountSessions(SessionRegistry registry, JdbcClient jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /**
     * Marks every session of {@code username} ended: its next request, on whichever node, is logged out and sent to
     * the login page ({@code /login?ended}).
     */
    void endFor(String username) {
        registry.getAllSessions(username, false).forEach(SessionInformation::expireNow);
    }

    /**
     * A restored backup brings its own accounts: every session ends, on every node, in the restore's transaction (so a
     * refused restore ends none). At start ({@code ARENAREGISTER_RESTORE_FROM}) too, since sessions now outlive a restart.
     */
    @EventListener
    void restored(Audited event) {
        if (EntityType.BACKUP.key().equals(event.entityType()) && event.action() == Audited.Action.RESTORED) {
            int ended = jdbc.sql("DELETE FROM security_session").update();
            log.info("Backup restored: {} session(s) ended", ended);
        }
    }
}
