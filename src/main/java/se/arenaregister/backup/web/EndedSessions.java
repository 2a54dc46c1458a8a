package se.arenaregister.backup.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;

/**
 * After a restore the accounts are the backup's: a session logged in with an account of the replaced installation
 * must not go on, the restoring administrator's included.
 */
@Component
class EndedSessions {

    private final SessionRegistry registry;

    EndedSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    void endAll(HttpServletRequest request, HttpServletResponse response) {
        for (Object principal : registry.getAllPrincipals()) {
            registry.getAllSessions(principal, false).forEach(session -> session.expireNow());
        }
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    }
}
