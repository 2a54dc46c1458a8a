package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** A session older than the absolute lifetime is ended, however recently it was used. */
class SessionLifetimeFilterTest {

    static final Duration LIFETIME = Duration.ofHours(10);

    MockHttpSession session = new MockHttpSession();
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dashboard");
    MockHttpServletResponse response = new MockHttpServletResponse();
    MockFilterChain chain = new MockFilterChain();

    SessionLifetimeFilter filterAt(Duration sinceCreation) {
        return new SessionLifetimeFilter(LIFETIME,
                Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(sinceCreation), ZoneOffset.UTC));
    }

    void loggedIn() {
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, new SecurityContextImpl());
    }

    @Test
    void aYoungerSessionGoesOn() throws Exception {
        loggedIn();
        request.setSession(session);
        filterAt(LIFETIME.minusMinutes(1)).doFilter(request, response, chain);
        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void aLoggedInSessionAtItsLifetimeIsEndedAndTheUserSentToLogIn() throws Exception {
        loggedIn();
        request.setSession(session);
        request.setContextPath("/register");
        filterAt(LIFETIME).doFilter(request, response, chain);
        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request goes no further").isNull();
        assertThat(response.getRedirectedUrl()).isEqualTo("/register/login?expired");
    }

    @Test
    void anAnonymousOldSessionIsEndedAndTheRequestGoesOnWithoutIt() throws Exception {
        request.setSession(session);
        filterAt(LIFETIME.plusHours(1)).doFilter(request, response, chain);
        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(response.getRedirectedUrl()).isNull();
    }

    @Test
    void aRequestWithoutASessionGetsNone() throws Exception {
        filterAt(LIFETIME.plusHours(1)).doFilter(request, response, chain);
        assertThat(request.getSession(false)).isNull();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void theLifetimeMustBePositive() {
        assertThatThrownBy(() -> new SessionLifetimeFilter(Duration.ZERO, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
