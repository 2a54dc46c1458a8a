package se.arenaregister.security.internal;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;

/**
 * HTTP Basic's answer to a request that is not (or could not be) logged in, as Spring Security's default one (401 with
 * a {@code WWW-Authenticate} challenge; 401 without it for {@code X-Requested-With: XMLHttpRequest}), except that a
 * login refused while locked ({@link LoginThrottledException}) is 429 Too Many Requests with {@code Retry-After}.
 */
final class BasicLoginEntryPoint implements AuthenticationEntryPoint {

    private final BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
    private final AuthenticationEntryPoint scripts = new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED);

    BasicLoginEntryPoint() {
        challenge.setRealmName("Realm");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException, ServletException {
        if (refusal instanceof LoginThrottledException locked) {
            response.setHeader("Retry-After", String.valueOf(Math.max(1, (locked.remaining().toMillis() + 999) / 1000)));
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value(), "Too many failed logins; try again later");
        } else if ("XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            scripts.commence(request, response, refusal);
        } else {
            challenge.commence(request, response, refusal);
        }
    }
}
