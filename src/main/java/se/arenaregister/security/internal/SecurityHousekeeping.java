package se.arenaregister.security.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.FindByIndexNameSessionRepository;
import se.arenaregister.shared.OnceAcrossNodes;

/**
 * Every minute ({@code arenaregister.security.cleanup-cron}), on one node at a time: expired sessions are deleted (Spring
 * Session's own clean-up, whose schedule on every node is switched off with {@code spring.session.jdbc.cleanup-cron=-})
 * and the login throttle's rows that no longer matter are pruned.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SecurityHousekeeping {

    /**
     * The session store, as {@link SessionStore} wraps it. Asked for by the type its bean definition declares (Spring
     * Session's repository): asked for as the wrapper, it was not found, and the job failed on every run.
     */
    private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;
    private final LoginThrottle throttle;
    private final OnceAcrossNodes once;

    SecurityHousekeeping(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions, LoginThrottle throttle, OnceAcrossNodes once) {
        this.sessions = sessions;
        this.throttle = throttle;
        this.once = once;
    }

    @Scheduled(cron = "${arenaregister.security.cleanup-cron:0 * * * * *}")
    void cleanUp() {
        once.run("security.cleanup", () -> {
            try {
                if (sessions.getObject() instanceof SessionStore.OutageTolerant<?> store) {
                    store.cleanUpExpiredSessions();
                }
            } finally {
                throttle.prune();
            }
        });
    }
}
