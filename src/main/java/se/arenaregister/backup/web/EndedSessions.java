package se.arenaregister.backup.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Component;

/**
 * After a restore the accounts are the backup's: a session logged in with an account of the replaced installation
 * must not go on, the restoring administrator's included. Every other session, on every node, was ended by the security
 * module in the restore's own transaction (it hears the restore's audit event); this logs out the request at hand.
 */
@Component
class EndedSessions {

    void endAll(HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
    }
}
