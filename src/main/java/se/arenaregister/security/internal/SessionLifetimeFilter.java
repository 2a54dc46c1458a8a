package se.arenaregister.security.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than the absolute lifetime ({@code arenaregister.session.absolute-lifetime}, 10 hours), however
 * active it was: the idle timeout alone would keep a session in daily use alive for ever. A logged-in user is sent to
 * the login page ({@code /login?expired}); an anonymous session (a CSRF token, say) is just replaced. Runs before the
 * security context is read from the session, so the request that finds the session too old is not authenticated by it.
 * Sessions are timed by the servlet container's clock (the system clock), so this filter's clock is that one too.
 */
class SessionLifetimeFilter extends OncePerRequestFilter {

    static final String EXPIRED_URL = "/login?expired";

    private final Duration lifetime;
    private final Clock clock;

    SessionLifetimeFilter(Duration lifetime, Clock clock) {
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("arenaregister.session.absolute-lifetime must be positive, not " + lifetime);
        }
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && tooOld(session)) {
            boolean loggedIn = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) != null;
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // Ended meanwhile by another request: nothing left to end.
            }
            if (loggedIn) {
                response.sendRedirect(request.getContextPath() + EXPIRED_URL);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean tooOld(HttpSession session) {
        try {
            return clock.millis() - session.getCreationTime() >= lifetime.toMillis();
        } catch (IllegalStateException invalidated) {
            return false;
        }
    }
}
