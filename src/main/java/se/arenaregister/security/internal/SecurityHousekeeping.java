package se.arenaregister.security.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import se.arenaregister.shared.OnceAcrossNodes;

/**
 * Every minute ({@code arenaregister.security.cleanup-cron}), on one node at a time: expired sessions are deleted (Spring
 * Session's own clean-up, whose schedule on every node is switched off with {@code spring.session.jdbc.cleanup-cron=-})
 * and the login throttle's rows that no longer matter are pruned.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SecurityHousekeeping {

    /** The session store as {@link SessionStore} wraps it (a provider: the wrapper's type is known only once it is made). */
    private final ObjectProvider<SessionStore.OutageTolerant<?>> sessions;
    private final LoginThrottle throttle;
    private final OnceAcrossNodes once;

    SecurityHousekeeping(ObjectProvider<SessionStore.OutageTolerant<?>> sessions, LoginThrottle throttle, OnceAcrossNodes once) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.once = once;
    }

    @Scheduled(cron = "${arenaregister.security.cleanup-cron:0 * * * * *}")
    void cleanUp() {
        once.run("security.cleanup", () -> {
            sessions.getObject().cleanUpExpiredSessions();
            throttle.prune();
        });
    }
}
