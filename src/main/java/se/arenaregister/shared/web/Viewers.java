package se.arenaregister.shared.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is looking: the public (anonymous visitors) or someone internal (logged in). The public sees public fields and
 * elected representatives; officials appear by role, never by name; internal users see everything they may.
 */
public final class Viewers {

    private Viewers() {
    }

    /**
     * @param user the request's authentication; when absent (a handler argument without the servlet API integration, as
     *             in a web slice), the security context's
     */
    public static boolean isInternal(Authentication user) {
        Authentication who = user != null ? user : SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
    }
}
