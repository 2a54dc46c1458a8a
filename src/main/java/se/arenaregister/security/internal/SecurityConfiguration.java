package se.arenaregister.security.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import java.util.Map;

import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.session.HttpSessionEventPublisher;

/** Reading the register is public (offentlighetsprincipen); every change needs a logged-in user. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

    private static final String[] EDIT_PAGES = {
            "/arenas/new", "/arenas/*/edit", "/areas/new", "/areas/*/edit",
            "/organisations/new", "/organisations/*/edit", "/topics/new", "/topics/*/edit",
            "/people/new", "/people/*/edit", "/decisions/new", "/decisions/*/edit", "/arenas/*/appointments/new",
            "/appointments/*/edit", "/terms", "/terms/**", "/workload", "/dashboard", "/arenas/*/assessments/new",
            "/reviews/new", "/reviews/*/outcome", "/meetings/new", "/assignments/new", "/calendar",
            "/analysis/intro", "/analysis/areas/*/text", "/import", "/import/**"};

    /** Personal data beyond what is public (GDPR export and erasure) and the user accounts: administrators only. */
    private static final String[] ADMIN_ONLY = {"/people/*/export", "/people/*/erase", "/users", "/users/**",
            "/admin/**", "/actuator/**"};

    /** Health (status only) for load balancers and orchestrators: no login. */
    private static final String[] HEALTH = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"};

    private static final String[] PUBLIC_READS = {
            "/", "/arenas", "/arenas/**", "/areas", "/areas/**", "/organisations", "/organisations/**", "/topics", "/topics/**",
            "/people", "/people/*", "/decisions", "/decisions/*", "/companies",
            "/reviews", "/meetings", "/meetings/*", "/assignments", "/calendar/*.ics",
            "/analysis", "/analysis/areas/*", "/coverage", "/network", "/changes", "/reports", "/reports/**", "/export/**",
            "/api/v1/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/login"};

    /** Who is logged in where, so that disabling an account or setting its password ends its sessions at once. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    static HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, SessionRegistry sessions) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/error", "/error/**").permitAll()
                        .requestMatchers(HttpMethod.GET, HEALTH).permitAll()
                        .requestMatchers(ADMIN_ONLY).hasRole("ADMIN")
                        .requestMatchers(HttpMethod.GET, EDIT_PAGES).authenticated()
                        .requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                        .requestMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/dashboard").failureHandler(loginFailures()).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/arenas?loggedOut"))
                .sessionManagement(session -> session.maximumSessions(-1).sessionRegistry(sessions).expiredUrl("/login?ended"))
                .httpBasic(basic -> basic.authenticationEntryPoint(new BasicLoginEntryPoint()))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; frame-ancestors 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
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

    @Bean
    PasswordEncoder passwordEncoder() {
        return Passwords.encoder();
    }
}
