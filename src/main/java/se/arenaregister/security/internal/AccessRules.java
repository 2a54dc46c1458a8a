package se.arenaregister.security.internal;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * Who may ask for what, by address: the rules both filter chains of {@link SecurityConfiguration} apply. The first
 * that matches decides; what no rule names needs a logged-in user. The services check again (roles per area, whose
 * report-back), so these are the outer wall, and {@code AccessRulesTest} holds the table of every endpoint.
 */
final class AccessRules {

    /** Accounts, backup, the memo's Word template ({@code /admin/memo-template}) and the application's metrics: administrators. */
    private static final String[] ADMIN_ONLY = {"/users", "/users/**", "/admin/**", "/actuator/**"};

    /**
     * The coordination office's work, pages and changes alike: the catalog, people (and GDPR requests), decisions,
     * terms and term change, the committee's meetings and assignments, the memo's introduction.
     */
    private static final String[] COORDINATOR_WORK = {
            "/areas/new", "/areas/*/edit", "/organisations/new", "/organisations/*/edit", "/topics/new", "/topics/*/edit",
            "/people/new", "/people/*/edit", "/people/*/export", "/people/*/erase", "/people/*/account", "/decisions/new", "/decisions/*/edit",
            "/terms", "/terms/**", "/meetings/new", "/assignments/new", "/assignments/*/close", "/analysis/intro",
            "/memos/new", "/memos/*/edit", "/memos/proposals/*/edit", "/agreements/new", "/agreements/*/edit"};

    /** The same, where only the change is the coordinator's (the page at the address is public). */
    private static final String[] COORDINATOR_CHANGES = {
            "/areas", "/areas/*", "/organisations", "/organisations/*", "/topics", "/topics/*", "/people", "/people/*",
            "/decisions", "/decisions/*", "/meetings", "/assignments", "/memos", "/memos/*", "/memos/*/delete", "/memos/*/sections",
            "/memos/*/proposals", "/memos/*/send", "/memos/*/decision", "/memos/sections/*/move", "/memos/sections/*/delete",
            "/memos/proposals/*", "/memos/proposals/*/delete", "/agreements", "/agreements/*"};

    /**
     * Work on arenas and what belongs to them: a coordinator, or an area editor, whose areas the services check
     * (an arena of another area is refused there, on every way in).
     */
    private static final String[] AREA_WORK = {
            "/arenas/new", "/arenas/*/edit", "/arenas/*/archive", "/arenas/*/restore", "/arenas/*/appointments/new",
            "/appointments", "/appointments/**", "/arenas/*/assessments/new", "/arenas/*/assessments", "/reviews/new",
            "/reviews/*/outcome", "/arenas/*/relations", "/arenas/*/relations/*/delete", "/arenas/*/end", "/arenas/*/end/confirm",
            "/arenas/*/end/extend", "/analysis/areas/*/text", "/memos/sections/*/edit", "/import", "/import/**", "/api/v1/imports", "/api/v1/imports/**"};

    private static final String[] AREA_CHANGES = {"/arenas", "/arenas/*", "/reviews", "/memos/sections/*", "/memos/sections/*/preview",
        "/memos/sections/*/flags", "/memos/sections/*/flags/reopen"};

    /**
     * Documents: attaching to an owner, changing and deleting one. A coordinator or an area editor; the document service
     * asks the owner's module whether this user may attach to this owner (an arena of the editor's areas, a decision,
     * meeting or agreement only for the coordination office).
     */
    private static final String[] DOCUMENT_CHANGES = {
            "/arenas/*/documents", "/decisions/*/documents", "/meetings/*/documents", "/agreements/*/documents", "/notes/*/documents",
            "/documents/*", "/documents/*/delete", "/api/v1/arenas/*/documents", "/api/v1/decisions/*/documents",
            "/api/v1/meetings/*/documents", "/api/v1/agreements/*/documents", "/api/v1/notes/*/documents"};

    /** A report-back: also a representative's own (the service checks whose). */
    private static final String[] REPORT_BACKS = {"/meetings/*/report-backs"};

    /**
     * Notes from the arenas: anyone signed in records one, pages and changes alike (the service decides who edits,
     * deletes and publishes which note). A note's page itself is public: the public sees public notes only.
     */
    private static final String[] NOTE_WORK = {"/arenas/*/notes/new", "/arenas/*/notes", "/notes/*/edit", "/notes/*/delete", "/notes/*/public"};

    private static final String[] NOTE_CHANGES = {"/notes/*"};

    /** Internal reading: officials by name, workload, the agenda and its calendar. */
    private static final String[] INTERNAL_PAGES = {"/workload", "/dashboard", "/calendar"};

    /** The unsubscribe link of the reminder mails: its random token is the credential, so it works without login. */
    private static final String[] UNSUBSCRIBE = {"/reminders/unsubscribe/*", "/reminders/unsubscribe/*/undo"};

    /** Health (status only) for load balancers and orchestrators: no login. */
    private static final String[] HEALTH = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"};

    private static final String[] PUBLIC_READS = {
            "/", "/arenas", "/arenas/**", "/areas", "/areas/**", "/organisations", "/organisations/**", "/topics", "/topics/**",
            "/people", "/people/*", "/decisions", "/decisions/*", "/companies",
            "/reviews", "/meetings", "/meetings/*", "/assignments", "/calendar/*.ics", "/notes/*",
            "/agreements", "/agreements/*", "/documents/*/content",
            "/analysis", "/analysis/areas/*", "/coverage", "/network", "/changes", "/reports", "/reports/**", "/export/**",
            "/memos", "/memos/*", "/memos/*/memo.docx", "/memos/*/memo.pdf",
            "/search", "/search/suggestions",
            "/api/v1/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
            "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/login"};

    private AccessRules() {
    }

    static void apply(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers("/error", "/error/**").permitAll()
                .requestMatchers(HttpMethod.GET, HEALTH).permitAll()
                .requestMatchers(UNSUBSCRIBE).permitAll()
                .requestMatchers(ADMIN_ONLY).hasRole("ADMIN")
                .requestMatchers(COORDINATOR_WORK).hasRole("COORDINATOR")
                .requestMatchers(AREA_WORK).hasAnyRole("COORDINATOR", "AREA_EDITOR")
                .requestMatchers(HttpMethod.POST, DOCUMENT_CHANGES).hasAnyRole("COORDINATOR", "AREA_EDITOR")
                .requestMatchers(HttpMethod.POST, COORDINATOR_CHANGES).hasRole("COORDINATOR")
                .requestMatchers(HttpMethod.POST, AREA_CHANGES).hasAnyRole("COORDINATOR", "AREA_EDITOR")
                .requestMatchers(HttpMethod.POST, REPORT_BACKS).hasAnyRole("COORDINATOR", "AREA_EDITOR", "REPRESENTATIVE")
                .requestMatchers(NOTE_WORK).hasRole("READER")
                .requestMatchers(HttpMethod.POST, NOTE_CHANGES).hasRole("READER")
                .requestMatchers(HttpMethod.GET, INTERNAL_PAGES).hasRole("READER")
                .requestMatchers(HttpMethod.GET, PUBLIC_READS).permitAll()
                .requestMatchers(HttpMethod.HEAD, PUBLIC_READS).permitAll()
                .anyRequest().authenticated();
    }
}
