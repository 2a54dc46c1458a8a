package se.arenaregister.security.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.transaction.TransactionException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests with {@code Authorization: Bearer <secret>}, a personal API token (in the stateless chain, with HTTP
 * Basic): the token's account is logged in for this request only, with the roles {@link UserAccounts} gives it. A
 * token that is unknown, revoked or expired, or whose account is disabled, gets 401 with
 * {@code WWW-Authenticate: Bearer error="invalid_token"}; a valid one is refused with 403 outside the API
 * ({@code /api/**}: pages, account settings and backups need a login of their own) and, for a read-only token,
 * for anything but GET, HEAD and OPTIONS. Refusals are problem details (RFC 9457) in the caller's language.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenFilter.class);
    private static final String BEARER = "Bearer";
    private static final String PROBLEM = "urn:arenaregister:problem:";

    private final ObjectProvider<ApiTokens> tokens;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;
    private final RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    /** The tokens are absent only where a test slices the web layer off the database: every token is refused there. */
    ApiTokenFilter(ObjectProvider<ApiTokens> tokens, MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.tokens = tokens;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** {@code Authorization: Bearer …}, an empty one included (refused, rather than taken for an anonymous request). */
    static boolean hasBearerToken(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && (authorization.length() == BEARER.length() || authorization.charAt(BEARER.length()) == ' ');
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!hasBearerToken(request)) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
        String address = request.getRemoteAddr();
        ApiTokens store = tokens.getIfAvailable();
        Optional<ApiTokens.Bearer> bearer;
        try {
            bearer = store == null ? Optional.empty() : store.bearer(secret, address);
            if (bearer.isPresent()) {
                logIn(bearer.get(), request, response);
                store.recordUse(bearer.get(), address);
            }
        } catch (DataAccessException | TransactionException unavailable) {
            log.warn("An API token from {} could not be checked: {}", address, unavailable.getMessage());
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            problem(request, response, HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", "unavailable");
            return;
        }
        if (bearer.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problem(request, response, HttpStatus.UNAUTHORIZED, "apiToken.problem.invalid", "api-token-invalid");
        } else if (!api.matches(request)) {
            problem(request, response, HttpStatus.FORBIDDEN, "apiToken.problem.apiOnly", "api-token-outside-api");
        } else if (!bearer.get().scope().allows(request.getMethod())) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\", scope=\"" + ApiTokenScope.WRITE + "\"");
            problem(request, response, HttpStatus.FORBIDDEN, "apiToken.problem.readOnly", "api-token-read-only");
        } else {
            chain.doFilter(request, response);
        }
    }

    /** For this request only (the chain is stateless): the account as form login would have it, without the password hash. */
    private void logIn(ApiTokens.Bearer bearer, HttpServletRequest request, HttpServletResponse response) {
        if (bearer.account() instanceof CredentialsContainer credentials) {
            credentials.eraseCredentials();
        }
        UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(bearer.account(), null,
                bearer.account().getAuthorities());
        authentication.setDetails(details.buildDetails(request));
        SecurityContext context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Problem details with the title and detail of {@code key}{@code .title} and {@code .detail}. */
    private void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key, String type)
            throws IOException {
        Locale locale = locales.resolveLocale(request);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(key + ".detail", null, locale));
        problem.setTitle(messages.getMessage(key + ".title", null, locale));
        problem.setType(URI.create(PROBLEM + type));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
