package se.arenaregister.shared.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Who is looking: the public (anonymous visitors) or someone internal (logged in). The public sees public fields and
 * elected representatives; officials appear by role, never by name; internal users see everything they may.
 */
public final class Viewers {

    private Viewers() {
    }

    public static boolean isInternal(Authentication user) {
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }
}
