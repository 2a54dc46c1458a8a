package se.arenaregister.security.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import se.arenaregister.support.WebSliceConfiguration;

/**
 * Who may reach what: the real {@link SecurityConfiguration} in front of a controller that answers every path, so
 * the table below is checked exactly, without the application. Each row is one endpoint of the application as its
 * controller declares it, and what an anonymous visitor, an editor and an administrator get. A new endpoint fails
 * {@link #everyEndpointOfTheApplicationIsInTheTable()} until its row says who may use it.
 *
 * <p>Outcomes: {@code open} (the request reaches the controller), {@code login} (a browser is redirected to the login
 * page), {@code forbidden} (403), {@code unauthorized} (401: an API client is asked for its credentials, not sent to a
 * page). Pages are requested as a browser does (Accept: text/html), the API as a client does (Accept: application/json).
 */
@WebMvcTest(controllers = AccessRulesTest.AnswersEveryPath.class)
@Import({SecurityConfiguration.class, WebSliceConfiguration.class, AccessRulesTest.AnswersEveryPath.class})
class AccessRulesTest {

    /** endpoint | anonymous | reader | representative | area editor | coordinator | administrator. Endpoints as their controllers write them. */
    static final String TABLE = """
            GET /                                  | open         | open         | open         | open         | open         | open
            GET /login                             | open         | open         | open         | open         | open         | open
            GET /arenas                            | open         | open         | open         | open         | open         | open
            GET /arenas/conveners                  | open         | open         | open         | open         | open         | open
            GET /arenas/organisations              | open         | open         | open         | open         | open         | open
            GET /arenas/{id}                       | open         | open         | open         | open         | open         | open
            GET /arenas/new                        | login        | forbidden    | forbidden    | open         | open         | open
            POST /arenas                           | login        | forbidden    | forbidden    | open         | open         | open
            GET /arenas/{id}/edit                  | login        | forbidden    | forbidden    | open         | open         | open
            POST /arenas/{id}                      | login        | forbidden    | forbidden    | open         | open         | open
            POST /arenas/{id}/archive              | login        | forbidden    | forbidden    | open         | open         | open
            POST /arenas/{id}/restore              | login        | forbidden    | forbidden    | open         | open         | open
            GET /arenas/{id}/relations             | login        | forbidden    | forbidden    | open         | open         | open
            POST /arenas/{id}/relations            | login        | forbidden    | forbidden    | open         | open         | open
            POST /arenas/{id}/relations/{relationId}/delete | login | forbidden  | forbidden    | open         | open         | open
            GET /arenas/{id}/end                   | login        | forbidden    | forbidden    | open         | open         | open
            POST /arenas/{id}/end/confirm          | login        | forbidden    | forbidden    | open         | open         | open
            POST /arenas/{id}/end/extend           | login        | forbidden    | forbidden    | open         | open         | open
            GET /areas                             | open         | open         | open         | open         | open         | open
            GET /areas/new                         | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /areas                            | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /areas/{id}/edit                   | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /areas/{id}                       | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /organisations                     | open         | open         | open         | open         | open         | open
            GET /organisations/{id}                | open         | open         | open         | open         | open         | open
            GET /organisations/new                 | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /organisations                    | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /organisations/{id}/edit           | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /organisations/{id}               | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /topics                            | open         | open         | open         | open         | open         | open
            GET /topics/{id}                       | open         | open         | open         | open         | open         | open
            GET /topics/new                        | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /topics                           | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /topics/{id}/edit                  | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /topics/{id}                      | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /people                            | open         | open         | open         | open         | open         | open
            GET /people/{id}                       | open         | open         | open         | open         | open         | open
            GET /people/new                        | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /people                           | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /people/{id}/edit                  | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /people/{id}                      | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /people/{id}/export                | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /people/{id}/erase                 | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /people/{id}/erase                | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /people/{id}/account                | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /companies                         | open         | open         | open         | open         | open         | open
            GET /workload                          | login        | open         | open         | open         | open         | open
            GET /terms                             | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /terms/{id}/change                 | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /terms/{id}/change                | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /arenas/{arenaId}/appointments/new | login        | forbidden    | forbidden    | open         | open         | open
            POST /appointments                     | login        | forbidden    | forbidden    | open         | open         | open
            GET /appointments/{id}/edit            | login        | forbidden    | forbidden    | open         | open         | open
            POST /appointments/{id}                | login        | forbidden    | forbidden    | open         | open         | open
            POST /appointments/{id}/end            | login        | forbidden    | forbidden    | open         | open         | open
            GET /decisions                         | open         | open         | open         | open         | open         | open
            GET /decisions/{id}                    | open         | open         | open         | open         | open         | open
            GET /decisions/new                     | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /decisions                        | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /decisions/{id}/edit               | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /decisions/{id}                   | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /dashboard                         | login        | open         | open         | open         | open         | open
            GET /meetings                          | open         | open         | open         | open         | open         | open
            GET /meetings/new                      | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /meetings                         | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /meetings/{id}                     | open         | open         | open         | open         | open         | open
            POST /meetings/{id}/report-backs       | login        | forbidden    | open         | open         | open         | open
            GET /arenas/{id}/assessments/new       | login        | forbidden    | forbidden    | open         | open         | open
            POST /arenas/{id}/assessments          | login        | forbidden    | forbidden    | open         | open         | open
            GET /notes/{id}                        | open         | open         | open         | open         | open         | open
            GET /arenas/{id}/notes/new             | login        | open         | open         | open         | open         | open
            POST /arenas/{id}/notes                | login        | open         | open         | open         | open         | open
            GET /notes/{id}/edit                   | login        | open         | open         | open         | open         | open
            POST /notes/{id}                       | login        | open         | open         | open         | open         | open
            GET /notes/{id}/delete                 | login        | open         | open         | open         | open         | open
            POST /notes/{id}/delete                | login        | open         | open         | open         | open         | open
            POST /notes/{id}/public                | login        | open         | open         | open         | open         | open
            GET /reviews                           | open         | open         | open         | open         | open         | open
            GET /reviews/new                       | login        | forbidden    | forbidden    | open         | open         | open
            POST /reviews                          | login        | forbidden    | forbidden    | open         | open         | open
            GET /reviews/{id}/outcome              | login        | forbidden    | forbidden    | open         | open         | open
            POST /reviews/{id}/outcome             | login        | forbidden    | forbidden    | open         | open         | open
            GET /assignments                       | open         | open         | open         | open         | open         | open
            GET /assignments/new                   | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /assignments                      | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /assignments/{id}/close           | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /calendar                          | login        | open         | open         | open         | open         | open
            GET /calendar/meetings.ics             | open         | open         | open         | open         | open         | open
            GET /calendar/{token}.ics              | open         | open         | open         | open         | open         | open
            POST /calendar/token                   | login        | open         | open         | open         | open         | open
            GET /analysis                          | open         | open         | open         | open         | open         | open
            GET /analysis/areas/{id}               | open         | open         | open         | open         | open         | open
            GET /coverage                          | open         | open         | open         | open         | open         | open
            GET /network                           | open         | open         | open         | open         | open         | open
            GET /changes                           | open         | open         | open         | open         | open         | open
            GET /search                            | open         | open         | open         | open         | open         | open
            GET /search/suggestions                | open         | open         | open         | open         | open         | open
            GET /analysis/intro                    | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /analysis/intro                   | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /analysis/areas/{id}/text          | login        | forbidden    | forbidden    | open         | open         | open
            POST /analysis/areas/{id}/text         | login        | forbidden    | forbidden    | open         | open         | open
            GET /reports                           | open         | open         | open         | open         | open         | open
            GET /reports/memo.docx                 | open         | open         | open         | open         | open         | open
            GET /reports/memo.pdf                  | open         | open         | open         | open         | open         | open
            GET /memos                             | open         | open         | open         | open         | open         | open
            GET /memos/{id}                        | open         | open         | open         | open         | open         | open
            GET /memos/{id}/memo.docx              | open         | open         | open         | open         | open         | open
            GET /memos/{id}/memo.pdf               | open         | open         | open         | open         | open         | open
            GET /memos/new                         | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /memos                            | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /memos/{id}/edit                   | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /memos/{id}                       | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /memos/{id}/delete                | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /memos/{id}/sections              | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /memos/{id}/proposals             | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /memos/{id}/send                  | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /memos/{id}/decision              | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /memos/sections/{id}/move         | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /memos/sections/{id}/delete       | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /memos/proposals/{id}/edit         | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /memos/proposals/{id}             | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /memos/proposals/{id}/delete      | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /memos/sections/{id}/edit          | login        | forbidden    | forbidden    | open         | open         | open
            POST /memos/sections/{id}              | login        | forbidden    | forbidden    | open         | open         | open
            POST /memos/sections/{id}/preview      | login        | forbidden    | forbidden    | open         | open         | open
            POST /memos/sections/{id}/flags        | login        | forbidden    | forbidden    | open         | open         | open
            POST /memos/sections/{id}/flags/reopen | login        | forbidden    | forbidden    | open         | open         | open
            GET /api/v1/memos                      | open         | open         | open         | open         | open         | open
            GET /api/v1/memos/{id}                 | open         | open         | open         | open         | open         | open
            GET /import                            | login        | forbidden    | forbidden    | open         | open         | open
            POST /import                           | login        | forbidden    | forbidden    | open         | open         | open
            POST /import/confirm                   | login        | forbidden    | forbidden    | open         | open         | open
            GET /export/arenas.xlsx                | open         | open         | open         | open         | open         | open
            GET /export/arenas.csv                 | open         | open         | open         | open         | open         | open
            GET /export/open-data.json             | open         | open         | open         | open         | open         | open
            GET /users                             | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            GET /users/new                         | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            POST /users                            | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            GET /users/{id}/edit                   | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            POST /users/{id}                       | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            GET /users/{id}/password               | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            POST /users/{id}/password              | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            GET /account/password                  | login        | open         | open         | open         | open         | open
            POST /account/password                 | login        | open         | open         | open         | open         | open
            GET /me                                  | login        | open         | open         | open         | open         | open
            GET /me/tokens                           | login        | open         | open         | open         | open         | open
            POST /me/tokens                          | login        | open         | open         | open         | open         | open
            POST /me/tokens/{id}/revoke              | login        | open         | open         | open         | open         | open
            GET /users/{id}/tokens                   | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            POST /users/{id}/tokens/{tokenId}/revoke | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            GET /admin/backup                      | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            GET /admin/backup/download             | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            POST /admin/backup/restore             | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            GET /admin/memo-template               | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            POST /admin/memo-template              | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            POST /admin/memo-template/remove       | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            GET /admin/memo-template/download      | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            GET /admin/reminders                   | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            POST /admin/reminders/{id}/retry       | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            GET /me/reminders                      | login        | open         | open         | open         | open         | open
            POST /me/reminders                     | login        | open         | open         | open         | open         | open
            GET /reminders/unsubscribe/{token}     | open         | open         | open         | open         | open         | open
            POST /reminders/unsubscribe/{token}    | open         | open         | open         | open         | open         | open
            POST /reminders/unsubscribe/{token}/undo | open       | open         | open         | open         | open         | open
            GET /api/v1/arenas                     | open         | open         | open         | open         | open         | open
            GET /api/v1/arenas/{id}                | open         | open         | open         | open         | open         | open
            GET /api/v1/areas                      | open         | open         | open         | open         | open         | open
            GET /api/v1/organisations              | open         | open         | open         | open         | open         | open
            GET /api/v1/topics                     | open         | open         | open         | open         | open         | open
            GET /api/v1/people                     | open         | open         | open         | open         | open         | open
            GET /api/v1/people/{id}                | open         | open         | open         | open         | open         | open
            GET /api/v1/arenas/{id}/memberships    | open         | open         | open         | open         | open         | open
            GET /api/v1/companies                  | open         | open         | open         | open         | open         | open
            GET /api/v1/decisions                  | open         | open         | open         | open         | open         | open
            GET /api/v1/arenas/{id}/follow-up      | open         | open         | open         | open         | open         | open
            GET /api/v1/arenas/{id}/notes          | open         | open         | open         | open         | open         | open
            GET /api/v1/notes/{id}                 | open         | open         | open         | open         | open         | open
            GET /api/v1/reviews                    | open         | open         | open         | open         | open         | open
            GET /api/v1/assignments                | open         | open         | open         | open         | open         | open
            GET /api/v1/meetings                   | open         | open         | open         | open         | open         | open
            GET /api/v1/meetings/{id}              | open         | open         | open         | open         | open         | open
            GET /api/v1/agenda                     | open         | open         | open         | open         | open         | open
            GET /api/v1/changes                    | open         | open         | open         | open         | open         | open
            GET /api/v1/network                    | open         | open         | open         | open         | open         | open
            GET /api/v1/search                     | open         | open         | open         | open         | open         | open
            GET /api/v1/analysis/areas             | open         | open         | open         | open         | open         | open
            GET /api/v1/coverage                   | open         | open         | open         | open         | open         | open
            GET /api/v1/coverage/scope             | open         | open         | open         | open         | open         | open
            GET /agreements                        | open         | open         | open         | open         | open         | open
            GET /agreements/{id}                   | open         | open         | open         | open         | open         | open
            GET /agreements/new                    | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /agreements                       | login        | forbidden    | forbidden    | forbidden    | open         | open
            GET /agreements/{id}/edit              | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /agreements/{id}                  | login        | forbidden    | forbidden    | forbidden    | open         | open
            POST /arenas/{id}/documents            | login        | forbidden    | forbidden    | open         | open         | open
            POST /decisions/{id}/documents         | login        | forbidden    | forbidden    | open         | open         | open
            POST /meetings/{id}/documents          | login        | forbidden    | forbidden    | open         | open         | open
            POST /agreements/{id}/documents        | login        | forbidden    | forbidden    | open         | open         | open
            POST /notes/{id}/documents             | login        | forbidden    | forbidden    | open         | open         | open
            POST /documents/{id}                   | login        | forbidden    | forbidden    | open         | open         | open
            POST /documents/{id}/delete            | login        | forbidden    | forbidden    | open         | open         | open
            GET /documents/{id}/content            | open         | open         | open         | open         | open         | open
            GET /api/v1/agreements                 | open         | open         | open         | open         | open         | open
            GET /api/v1/arenas/{id}/documents      | open         | open         | open         | open         | open         | open
            POST /api/v1/arenas/{id}/documents     | unauthorized | forbidden    | forbidden    | open         | open         | open
            GET /api/v1/decisions/{id}/documents   | open         | open         | open         | open         | open         | open
            POST /api/v1/decisions/{id}/documents  | unauthorized | forbidden    | forbidden    | open         | open         | open
            GET /api/v1/meetings/{id}/documents    | open         | open         | open         | open         | open         | open
            POST /api/v1/meetings/{id}/documents   | unauthorized | forbidden    | forbidden    | open         | open         | open
            GET /api/v1/agreements/{id}/documents  | open         | open         | open         | open         | open         | open
            POST /api/v1/agreements/{id}/documents | unauthorized | forbidden    | forbidden    | open         | open         | open
            GET /api/v1/notes/{id}/documents       | open         | open         | open         | open         | open         | open
            POST /api/v1/notes/{id}/documents      | unauthorized | forbidden    | forbidden    | open         | open         | open
            GET /api/v1/documents/{id}             | open         | open         | open         | open         | open         | open
            GET /api/v1/documents/{id}/content     | open         | open         | open         | open         | open         | open
            POST /api/v1/imports                   | unauthorized | forbidden    | forbidden    | open         | open         | open
            POST /api/v1/imports/{id}/confirm      | unauthorized | forbidden    | forbidden    | open         | open         | open
            GET /actuator/health                   | open         | open         | open         | open         | open         | open
            GET /actuator/health/readiness         | open         | open         | open         | open         | open         | open
            GET /actuator/prometheus               | login        | forbidden    | forbidden    | forbidden    | forbidden    | open
            GET /v3/api-docs                       | open         | open         | open         | open         | open         | open
            GET /swagger-ui.html                   | open         | open         | open         | open         | open         | open
            GET /webjars/htmx.org/dist/htmx.min.js | open         | open         | open         | open         | open         | open
            GET /css/app.css                       | open         | open         | open         | open         | open         | open
            """;

    /** Endpoints that are not the application's controllers (Actuator, springdoc, static files): their rows stay. */
    static final List<String> NOT_CONTROLLERS = List.of("/actuator/", "/v3/", "/swagger-ui", "/webjars/", "/css/");

    @Autowired
    MockMvc mvc;

    /** Stands in for every controller: a request that gets here was let through. */
    @RestController
    static class AnswersEveryPath {
        static final String REACHED = "reached the controller";

        @RequestMapping("/**")
        String reached() {
            return REACHED;
        }
    }

    enum Who { ANONYMOUS, READER, REPRESENTATIVE, AREA_EDITOR, COORDINATOR, ADMINISTRATOR }

    static Stream<Arguments> rows() {
        return table().entrySet().stream().flatMap(row -> Stream.of(Who.values()).map(who -> {
            String[] endpoint = row.getKey().split(" ");
            return Arguments.of(endpoint[0], endpoint[1], who, row.getValue()[who.ordinal()]);
        }));
    }

    @ParameterizedTest(name = "{0} {1} as {2}: {3}")
    @MethodSource("rows")
    void eachEndpointLetsInWhomTheTableSays(String method, String endpoint, Who who, String expected) throws Exception {
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), concrete(endpoint))
                .accept(endpoint.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
        request = switch (who) {
            case ANONYMOUS -> request.with(anonymous());
            case READER -> request.with(user("läsare").roles("READER"));
            case REPRESENTATIVE -> request.with(user("representant").roles("REPRESENTATIVE"));
            case AREA_EDITOR -> request.with(user("områdesredaktör").authorities(
                    new SimpleGrantedAuthority("ROLE_AREA_EDITOR"), new SimpleGrantedAuthority("AREA_7")));
            case COORDINATOR -> request.with(user("samordnare").roles("COORDINATOR"));
            case ADMINISTRATOR -> request.with(user("administratör").roles("ADMIN"));
        };
        if (method.equals("POST")) {
            request = request.with(csrf());
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        String what = method + " " + endpoint + " as " + who;
        switch (expected) {
            case "open" -> {
                assertThat(response.getStatus()).as(what).isEqualTo(200);
                assertThat(response.getContentAsString()).as(what).isEqualTo(AnswersEveryPath.REACHED);
            }
            case "login" -> {
                assertThat(response.getStatus()).as(what).isEqualTo(302);
                assertThat(response.getRedirectedUrl()).as(what).endsWith("/login");
            }
            case "forbidden" -> assertThat(response.getStatus()).as(what).isEqualTo(403);
            case "unauthorized" -> assertThat(response.getStatus()).as(what).isEqualTo(401);
            default -> throw new IllegalArgumentException("Unknown outcome '" + expected + "' for " + what);
        }
    }

    /**
     * A change without the CSRF token is refused, whoever sends it, when the request presents a session (a browser's
     * cookie: an ambient credential a cross-site page can make it send), the API's changes included.
     */
    @ParameterizedTest(name = "{0} {1} without a CSRF token")
    @MethodSource("posts")
    void noChangeWithASessionIsAcceptedWithoutItsCsrfToken(String method, String endpoint) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(HttpMethod.valueOf(method), concrete(endpoint))
                .with(user("administratör").roles("ADMIN")).with(withSessionCookie())).andReturn().getResponse();
        assertThat(response.getStatus()).as(endpoint).isEqualTo(403);
    }

    /** An API request with no session has nothing to forge: no token needed, and without credentials it gets 401. */
    @Test
    void anApiChangeWithoutASessionNeedsNoCsrfToken() throws Exception {
        MockHttpServletResponse anonymous = mvc.perform(request(HttpMethod.POST, "/api/v1/imports/1/confirm")
                .accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
        assertThat(anonymous.getStatus()).isEqualTo(401);
        assertThat(anonymous.getHeader("WWW-Authenticate")).startsWith("Basic");
        MockHttpServletResponse page = mvc.perform(request(HttpMethod.POST, "/arenas")
                .with(user("administratör").roles("ADMIN"))).andReturn().getResponse();
        assertThat(page.getStatus()).as("a page's form always needs its token").isEqualTo(403);
    }

    /**
     * A personal API token goes to the stateless chain, which checks it before anything else: this slice has no
     * tokens, so every one is refused, on a public read too, and no session is made.
     */
    @Test
    void aBearerTokenIsCheckedBeforeAnythingElse() throws Exception {
        for (String authorization : List.of("Bearer ar_unknown", "bearer ar_unknown", "Bearer")) {
            MockHttpServletResponse response = mvc.perform(request(HttpMethod.GET, "/api/v1/arenas")
                    .header("Authorization", authorization).accept(MediaType.APPLICATION_JSON)).andReturn().getResponse();
            assertThat(response.getStatus()).as(authorization).isEqualTo(401);
            assertThat(response.getHeader("WWW-Authenticate")).as(authorization).isEqualTo("Bearer error=\"invalid_token\"");
            assertThat(response.getContentType()).as(authorization).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat(response.getCookie("JSESSIONID")).as(authorization).isNull();
        }
    }

    private static RequestPostProcessor withSessionCookie() {
        return request -> {
            request.setRequestedSessionId("a-session");
            request.setRequestedSessionIdFromCookie(true);
            return request;
        };
    }

    static Stream<Arguments> posts() {
        return table().keySet().stream().filter(key -> key.startsWith("POST ")).map(key -> Arguments.of((Object[]) key.split(" ")));
    }

    /** The table is complete: every handler method of every controller of the application has its row. */
    @Test
    void everyEndpointOfTheApplicationIsInTheTable() {
        TreeSet<String> declared = new TreeSet<>(declaredEndpoints());
        assertThat(declared).as("endpoints found in the application's controllers").hasSizeGreaterThan(100);
        TreeSet<String> inTable = new TreeSet<>(table().keySet());
        assertThat(inTable).as("rows of the access table; missing endpoints need a row saying who may use them")
                .containsAll(declared);
        List<String> stale = inTable.stream().filter(row -> !declared.contains(row))
                .filter(row -> NOT_CONTROLLERS.stream().noneMatch(row.split(" ")[1]::startsWith)).toList();
        assertThat(stale).as("rows for endpoints that no controller has any more").isEmpty();
    }

    static Map<String, String[]> table() {
        Map<String, String[]> rows = new LinkedHashMap<>();
        TABLE.lines().filter(line -> !line.isBlank()).forEach(line -> {
            String[] cells = line.split("\\|");
            String endpoint = cells[0].strip().replaceAll("\\s+", " ");
            if (cells.length != Who.values().length + 1) {
                throw new IllegalStateException("A row needs an outcome for each of " + List.of(Who.values()) + ": " + line);
            }
            String[] outcomes = java.util.Arrays.stream(cells, 1, cells.length).map(String::strip).toArray(String[]::new);
            if (rows.put(endpoint, outcomes) != null) {
                throw new IllegalStateException("Two rows for " + endpoint);
            }
        });
        return rows;
    }

    /** A path to request for an endpoint: every path variable filled. */
    static String concrete(String endpoint) {
        return endpoint.replace("{token}", "abcdef").replaceAll("\\{[^}]+}", "1");
    }

    /** "METHOD /path" for every handler method of the application's controllers, read from their annotations. */
    static List<String> declaredEndpoints() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<String> endpoints = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("se.arenaregister")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), AccessRulesTest.class.getClassLoader());
            if (type == AnswersEveryPath.class) {
                continue;
            }
            RequestMapping onType = AnnotatedElementUtils.findMergedAnnotation(type, RequestMapping.class);
            String prefix = onType == null || onType.path().length == 0 ? "" : onType.path()[0];
            for (Method method : type.getDeclaredMethods()) {
                RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
                if (mapping == null) {
                    continue;
                }
                String[] paths = mapping.path().length == 0 ? new String[] {""} : mapping.path();
                RequestMethod[] methods = mapping.method().length == 0 ? RequestMethod.values() : mapping.method();
                for (String path : paths) {
                    for (RequestMethod requestMethod : methods) {
                        String full = prefix + path;
                        endpoints.add(requestMethod.name() + " " + (full.isEmpty() ? "/" : full));
                    }
                }
            }
        }
        return endpoints;
    }
}
