package se.arenaregister.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;

import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.security.SpringSessionBackedSessionRegistry;
import org.springframework.web.servlet.LocaleResolver;
import se.arenaregister.security.AreaDirectory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the register is public (offentlighetsprincipen); every change needs a logged-in user. Two ways in, two chains
 * with the same access rules: a browser logs in with the form and gets a session (idle timeout
 * {@code server.servlet.session.timeout}, absolute lifetime {@code arenaregister.session.absolute-lifetime}; kept in
 * PostgreSQL by Spring Session, so that every node serves it); a client
 * sending HTTP Basic credentials (an API script, a Prometheus scraper) or a personal API token is authenticated on
 * every request and gets no session. A session cookie is an ambient credential a cross-site page can make the browser
 * send, so every change made with one needs the CSRF token, the API's included; a request without a session cookie
 * has nothing to forge.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(OidcProperties.class)
class SecurityConfiguration {

    /**
     * Who is logged in where, so that disabling an account or setting its password ends its sessions at once: Spring
     * Session's registry over the sessions in PostgreSQL (their principal name index), so it sees every node's sessions,
     * and an ended session is ended on every node (its next request goes to {@code /login?ended}). Only where a test
     * slices the web layer off the database (no session repository) is it the in-memory registry.
     */
    @Bean
    SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        return repository == null ? new SessionRegistryImpl() : backedBy(repository);
    }

    private static <S extends Session> SessionRegistry backedBy(FindByIndexNameSessionRepository<S> repository) {
        return new SpringSessionBackedSessionRegistry<>(repository);
    }

    /**
     * Spring Security observes nothing of its own: with an observation registry present it would wrap each of the
     * chain's filters, the authentication and every authorization decision in an observation of its own (a timer per
     * filter and request), which took 7 % of a signed-in page's CPU in the scale benchmark. Requests are still
     * observed whole ({@code http.server.requests} per endpoint in {@code /actuator/prometheus}).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * Requests with HTTP Basic credentials or a personal API token ({@code Authorization: Bearer}, see
     * {@link ApiTokenFilter}): stateless (no session is created, none is read, no request is saved), and no CSRF
     * token, since the credentials are in the request itself. Pages that draw a form still get a token (one that is
     * never stored), so they render.
     */
    @Bean
    @Order(1)
    SecurityFilterChain basicAuthenticationChain(HttpSecurity http, ObjectProvider<ApiTokens> apiTokens, MessageSource messages,
                                                 LocaleResolver locales, JsonMapper json) throws Exception {
        http.securityMatcher(request -> hasBasicCredentials(request) || ApiTokenFilter.hasBearerToken(request))
                .authorizeHttpRequests(AccessRules::apply)
                .addFilterBefore(new ApiTokenFilter(apiTokens, messages, locales, json), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.authenticationEntryPoint(new BasicLoginEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.csrfTokenRepository(new UnsavedCsrfTokens()).ignoringRequestMatchers(request -> true))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions,
                                            @Value("${arenaregister.session.absolute-lifetime:10h}") Duration absoluteLifetime,
                                            ObjectProvider<ClientRegistrationRepository> identityProviders,
                                            ObjectProvider<OidcAccounts> oidcAccounts, OidcProperties oidc,
                                            ObjectProvider<AreaDirectory> areas, ObjectProvider<javax.sql.DataSource> database)
            throws Exception {
        http.authorizeHttpRequests(AccessRules::apply)
                .exceptionHandling(denied -> denied.accessDeniedHandler(new LoginWithoutDatabase(database)))
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard").failureHandler(loginFailures()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/arenas?loggedOut"))
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?ended"))
                .addFilterBefore(new SessionLifetimeFilter(absoluteLifetime, Clock.systemUTC()), SecurityContextHolderFilter.class)
                // Requests with Basic credentials are the other chain's; this one's entry point still answers an API
                // client without credentials with 401 and WWW-Authenticate: Basic instead of the login page.
                .httpBasic(basic -> basic.authenticationEntryPoint(new BasicLoginEntryPoint()))
                .csrf(csrf -> csrf.ignoringRequestMatchers(apiWithoutSession()))
                .headers(SecurityConfiguration::headers);
        ClientRegistrationRepository providers = identityProviders.getIfAvailable();
        if (providers != null) {
            // Sign-in through the organisation's identity provider: authorization code with PKCE, then the same session
            // as a password login. Configured by spring.security.oauth2.client.* (see README).
            DefaultOAuth2AuthorizationRequestResolver withPkce = new DefaultOAuth2AuthorizationRequestResolver(providers,
                    OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
            withPkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(login -> login.loginPage("/login")
                    .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(withPkce))
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new OidcSignIn(oidcAccounts.getObject(), oidc, areas)))
                    .defaultSuccessUrl("/dashboard", true)
                    .failureHandler(signInFailures()));
        }
        return http.build();
    }

    /** HSTS is Spring Security's default, sent on secure requests (behind a TLS proxy too: forwarded headers). */
    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'"))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }

    static boolean hasBasicCredentials(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /**
     * An API request that presents no session (no cookie, no session id in the URL): it carries no ambient credential,
     * so there is nothing for a cross-site page to forge, and an unauthenticated client gets 401 rather than a CSRF 403.
     */
    private static RequestMatcher apiWithoutSession() {
        RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
        return request -> api.matches(request) && request.getRequestedSessionId() == null;
    }

    /** Tokens for the forms of pages asked for with Basic credentials: never stored, never needed. */
    private static final class UnsavedCsrfTokens implements CsrfTokenRepository {

        @Override
        public CsrfToken generateToken(HttpServletRequest request) {
            return new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", UUID.randomUUID().toString());
        }

        @Override
        public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
            // Not stored: a stateless chain keeps nothing between requests.
        }

        @Override
        public CsrfToken loadToken(HttpServletRequest request) {
            return null;
        }
    }

    /**
     * A login that fails because the accounts could not be read (the database does not answer) says so, instead of
     * telling the user their password is wrong; one refused while locked after too many failures says that.
     */
    private static AuthenticationFailureHandler loginFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(InternalAuthenticationServiceException.class.getName(), "/login?unavailable",
                LoginThrottledException.class.getName(), "/login?locked"));
        return failures;
    }

    /** Why a sign-in through the identity provider did not lead in, as the login page says it. */
    private static AuthenticationFailureHandler signInFailures() {
        return (request, response, exception) -> {
            String code = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
            String reason = switch (code) {
                case OidcSignIn.NO_ROLE -> "noRole";
                case OidcSignIn.DISABLED -> "disabled";
                default -> "providerFailed";
            };
            response.sendRedirect(request.getContextPath() + "/login?" + reason);
        };
    }

    /**
     * What a role implies: an administrator may do all a coordinator may; every role reads internally. Spring Security
     * applies it to the access rules and the templates' {@code sec:authorize}; {@code Permissions} to the services'.
     */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("ADMIN").implies("COORDINATOR")
                .role("COORDINATOR").implies("READER")
                .role("AREA_EDITOR").implies("READER")
                .role("REPRESENTATIVE").implies("READER")
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }
}
